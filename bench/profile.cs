// Where a published build's processor time goes (bench/profile runs it): reads `perf script` of a build recorded with
// call stacks, names the composite image's methods from crossgen2's map (--mapcsv; perf cannot: the image is a PE file
// with no symbols it reads), and prints the samples three ways: what ran (the site's and the libraries' compiled code,
// the runtime's stubs, the collector, the kernel, zlib…), in which part of the build (the innermost stage's method on
// the stack), and the methods that ran most, each with the method of the site's or the framework's code that called
// it when it was a stub or the runtime.
//
//   dotnet run --file bench/profile.cs -- PERF_SCRIPT_TXT MAP_CSV COMPOSITE_IMAGE [TOP] [FOCUS]
//   dotnet run --file bench/profile.cs -- PERF_SCRIPT_TXT - NATIVE_PROGRAM [TOP] [FOCUS]
//
// The natively compiled program (bench/publish's default) has its symbols in the executable, which perf reads: MAP_CSV
// "-" names its methods as perf does, and counts the runtime's code in it (the collector, the helpers, unnamed code)
// as the runtime.
//
// FOCUS: also the call stacks of the samples with a frame whose name has it in it ("PRead", "LinkIfSame"), by their
// innermost named methods of the image: who calls what the tables above name.
//
// PERF_SCRIPT_TXT: `perf script -F comm,tid,ip,sym,dso`; the image is Site.r2r.dll as published beside the map.
using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

var top = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 25;
var image = args[2];
var native = args[1] == "-";
var methods = native ? [] : ReadMap(args[1]);
var byStart = Comparer<(long Start, long Length, string Name)>.Create((a, b) => a.Start.CompareTo(b.Start));
// perf gives an address in the image as its offset in the file; the map gives it relative to the image's base.
var fileToRva = native ? 0 : TextSectionShift(image);
var samples = ReadSamples(args[0], native ? image : null);
Console.WriteLine(native
    ? $"{samples.Count} samples of {Path.GetFileName(image)} (natively compiled)"
    : $"{samples.Count} samples of {Path.GetFileName(image)} (offset to RVA: +0x{fileToRva:X})");

Print("What ran", samples.GroupBy(KindOf));
Print("In which part of the build (the innermost part on the stack)", samples.GroupBy(StageOf));
Print(
    "The methods that ran most (a stub or the runtime: the method that called it)",
    samples.Where(s => s.Frames.Count > 0).GroupBy(MethodOf),
    top);
if (args.Length > 4)
{
    var focus = args[4];
    Print(
        $"The samples through {focus}, by the image's innermost methods on their stacks (innermost first)",
        samples.Where(s => s.Frames.Any(f => Name(f).Contains(focus, StringComparison.Ordinal))).GroupBy(Stack),
        top);
    Print(
        $"The samples through {focus}, by the method it called (the frame inside its outermost frame on the stack)",
        samples.Where(s => s.Frames.Any(f => Name(f).Contains(focus, StringComparison.Ordinal))).GroupBy(Callee),
        top);
}

return;

string Callee(Sample s)
{
    var named = s.Frames.Where(f => f.Dso is Dso.Image or Dso.RunTime or Dso.Kernel).Select(Name).ToList();
    var outer = named.FindLastIndex(n => n.Contains(args[4], StringComparison.Ordinal));
    return outer > 0 ? named[outer - 1] : "(itself)";
}

string Stack(Sample s) => string.Join(
    " < ", s.Frames.Where(f => f.Dso == Dso.Image).Select(Name).Take(4).Select(n => n.Replace("Site_Site_", "")));

string Name(Frame f) => f.Dso == Dso.Image && !native ? Method(f.Address + fileToRva) : f.Symbol;

string Method(long rva)
{
    var i = methods.BinarySearch((rva, 0, ""), byStart);
    i = i >= 0 ? i : ~i - 1;
    return i >= 0 && rva < methods[i].Start + methods[i].Length ? methods[i].Name : "(not in the map)";
}

string KindOf(Sample s)
{
    if (s.Thread.Contains("GC", StringComparison.Ordinal))
    {
        return "the collector's threads";
    }

    if (s.Frames.Count == 0)
    {
        return "no stack";
    }

    return s.Frames[0].Dso switch
    {
        Dso.Image => $"compiled ahead of time ({(native ? "the native program" : "the composite image")})",
        Dso.RunTime => "stubs and methods compiled at run time",
        Dso.Kernel when s.Frames.Any(f => f.Symbol.Contains("page_fault", StringComparison.Ordinal))
            => "the kernel: page faults",
        Dso.Kernel => "the kernel: system calls",
        Dso.Runtime => "the runtime (libcoreclr, or the native program's own) on the build's threads",
        Dso.Zlib => "deflate (zlib, the package zip)",
        Dso.Libc => "libc (memset, memmove)",
        Dso.Jit => "the just-in-time compiler",
        _ => "other libraries (libSystem.Native, libcrypto, the loader…)",
    };
}

string StageOf(Sample s)
{
    if (s.Thread.Contains("GC", StringComparison.Ordinal))
    {
        return "the collector's threads";
    }

    // The innermost frame of a part: a table's rows written from inside the staging folder's file count for the
    // data files, a page's bytes written into it for the write. The catch-alls only when no part is on the stack.
    var names = s.Frames.Where(f => f.Dso == Dso.Image).Select(Name).ToList();
    foreach (var parts in new[] { Stages, OtherCode })
    {
        foreach (var name in names)
        {
            foreach (var (stage, key) in parts)
            {
                if (name.Contains(key, StringComparison.Ordinal))
                {
                    return stage;
                }
            }
        }
    }

    return "none of these (the runtime's start, thread pool)";
}

string MethodOf(Sample s)
{
    var leaf = s.Frames[0];
    if (leaf.Dso == Dso.Image)
    {
        return Name(leaf);
    }

    var caller = s.Frames.Skip(1).FirstOrDefault(f => f.Dso == Dso.Image);
    var what = leaf.Dso switch
    {
        Dso.RunTime => leaf.Symbol.StartsWith("stub ", StringComparison.Ordinal) ? "stub" : "run-time code",
        Dso.Runtime => "runtime",
        Dso.Kernel => "kernel",
        Dso.Zlib => "zlib",
        Dso.Libc => "libc",
        _ => leaf.Symbol,
    };
    return caller is null ? $"{what} (no managed caller)" : $"{what} <- {Name(caller)}";
}

void Print(string title, IEnumerable<IGrouping<string, Sample>> groups, int count = int.MaxValue)
{
    Console.WriteLine();
    Console.WriteLine(title);
    foreach (var g in groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count))
    {
        var share = 100.0 * g.Count() / samples.Count;
        var name = g.Key.Length > 110 && title.StartsWith("The methods", StringComparison.Ordinal)
            ? g.Key[..110] + "…"
            : g.Key;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {share,5:F1} %  {g.Count(),6}  {name}"));
    }
}

static List<(long Start, long Length, string Name)> ReadMap(string path) =>
    File.ReadLines(path)
        .Skip(1)
        .Select(line => line.Split(','))
        .Where(f => f.Length >= 5 && f[3] == ".text")
        .Select(f => (
            Start: long.Parse(f[0].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            Length: long.Parse(f[1], CultureInfo.InvariantCulture),
            Name: f[4]))
        .OrderBy(m => m.Start)
        .ToList();

// The .text section's RVA less its offset in the file, from the PE headers.
static long TextSectionShift(string path)
{
    var headers = new byte[4096];
    using (var file = File.OpenRead(path))
    {
        file.ReadExactly(headers);
    }

    var pe = BinaryPrimitives.ReadInt32LittleEndian(headers.AsSpan(0x3C));
    var sections = BinaryPrimitives.ReadUInt16LittleEndian(headers.AsSpan(pe + 6));
    var optional = BinaryPrimitives.ReadUInt16LittleEndian(headers.AsSpan(pe + 20));
    for (var i = 0; i < sections; i++)
    {
        var section = headers.AsSpan(pe + 24 + optional + (40 * i), 40);
        if (System.Text.Encoding.ASCII.GetString(section[..8]).TrimEnd('\0') == ".text")
        {
            return BinaryPrimitives.ReadUInt32LittleEndian(section[12..])
                - (long)BinaryPrimitives.ReadUInt32LittleEndian(section[20..]);
        }
    }

    throw new InvalidDataException($"{path} has no .text section.");
}

// A managed method's symbol is its assembly's, namespace's and type's names, then "__" and its own
// ("Site_Site_Render_DataFileWriter__Build"); the runtime's code in the executable is C++ and C ("SVR::gc_heap::…",
// "RhpNewFast", "EnumGcRefs", unnamed).
static bool RuntimeName(string name) => !name.Contains("__", StringComparison.Ordinal);

// nativeProgram: the natively compiled executable, whose frames are the image's, or the runtime's when their names are
// its (C++ names, the helpers named Rhp…).
static List<Sample> ReadSamples(string path, string? nativeProgram)
{
    var frame = new Regex(@"^\s*([0-9a-f]+) (.*) \(([^()]*)\)$", RegexOptions.CultureInvariant);
    var samples = new List<Sample>();
    Sample? current = null;
    foreach (var line in File.ReadLines(path))
    {
        if (line.Length == 0)
        {
            current = null;
        }
        else if (line[0] is not ('\t' or ' '))
        {
            // "comm tid": the thread's name may have spaces in it (".NET TP Worker").
            current = new Sample(line.TrimEnd()[..Math.Max(0, line.TrimEnd().LastIndexOf(' '))], []);
            samples.Add(current);
        }
        else if (current is not null && frame.Match(line) is { Success: true } m)
        {
            var dso = m.Groups[3].Value;
            current.Frames.Add(new Frame(
                long.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                m.Groups[2].Value,
                dso switch
                {
                    _ when nativeProgram is not null && dso == nativeProgram => RuntimeName(m.Groups[2].Value)
                        ? Dso.Runtime
                        : Dso.Image,
                    _ when dso.EndsWith(".r2r.dll", StringComparison.Ordinal) => Dso.Image,
                    _ when dso.StartsWith("/tmp/perf-", StringComparison.Ordinal) || dso.Contains("[JIT]")
                        || dso == "[unknown]" => Dso.RunTime,
                    "[kernel.kallsyms]" => Dso.Kernel,
                    _ when dso.EndsWith("libcoreclr.so", StringComparison.Ordinal) => Dso.Runtime,
                    _ when dso.EndsWith("libclrjit.so", StringComparison.Ordinal) => Dso.Jit,
                    _ when dso.Contains("Compression.Native", StringComparison.Ordinal) => Dso.Zlib,
                    _ when dso.Contains("libc.so", StringComparison.Ordinal) => Dso.Libc,
                    _ => Dso.Other,
                }));
        }
    }

    return samples;
}

internal enum Dso { Image, RunTime, Kernel, Runtime, Jit, Zlib, Libc, Other }

internal sealed record Frame(long Address, string Symbol, Dso Dso);

internal sealed record Sample(string Thread, List<Frame> Frames);

internal static partial class Program
{
    // The build's parts, by the types (or namespaces) of the methods that do them; a frame's first match counts. The
    // model's and the analysis index's look-ups are the catch-alls' (OtherCode): the views call them too.
    private static readonly (string Stage, string Method)[] Stages =
    [
        ("write: files into the staging folder, links, swap", "Site_Site_Write_StagedSite__Write"),
        ("write: files into the staging folder, links, swap", "Site_Site_Write_StagedSite__LinkIfSame"),
        ("write: files into the staging folder, links, swap", "Site_Site_Write_StagedSite__MakeFolder"),
        ("write: files into the staging folder, links, swap", "Site_Site_Write_StagedSite__Commit"),
        ("write: files into the staging folder, links, swap", "Site_Site_Write_StagedSite__Keep"),
        ("write: files into the staging folder, links, swap", "Site_Site_Write_"),
        ("data files: tables, slices, zip", "Site_Site_Render_DataFileWriter"),
        ("data files: tables, slices, zip", "Site_Site_Render_StagedTable"),
        ("data files: tables, slices, zip", "Site_Site_Render_CsvTableWriter"),
        ("data files: tables, slices, zip", "Site_Site_Render_DeterministicZip"),
        ("data files: tables, slices, zip", "Site_Site_Render_DataPackage"),
        ("data files: tables, slices, zip", "Site_Site_Render_PreviousZip"),
        ("data files: tables, slices, zip", "Site_Site_Compute_Data_"),
        ("data files: feeds, redirects, changes", "Site_Site_Render_RenderData"),
        ("pages: fingerprints of the views", "Site_Site_Render_ViewFingerprints"),
        ("pages: fingerprints of the views", "Site_Site_Render_ViewRecordWriters"),
        ("pages: Razor render", "Site_Site_Render_ComponentHtmlWriter"),
        ("pages: Razor render", "Site_Site_Render_RazorPages"),
        ("pages: Razor render", "Site_Site_Theme_"),
        ("pages: views built", "Site_Site_Render_RenderSite___c__DisplayClass3_"),
        ("pages: search index, compare data, sitemap", "Site_Site_Render_SearchIndex"),
        ("pages: search index, compare data, sitemap", "Site_Site_Render_CompareData"),
        ("pages: search index, compare data, sitemap", "Site_Site_Render_Sitemap"),
        ("pages: the rest of the render", "Site_Site_Render_RenderSite"),
        ("pages: the charts' data (traces, layouts, templates)", "Site_Site_Render_Chart"),
        ("changes since the last build (manifest)", "Site_Site_Compute_Changes"),
        ("changes since the last build (manifest)", "Site_Site_Load_PreviousBuild"),
        ("changes since the last build (manifest)", "Site_Site_Render_ChangeFiles"),
        ("changes since the last build (manifest)", "Site_Site_Build_PrepareSite___c__DisplayClass4_0___Changes"),
        ("the last build's stamps, read and written", "Site_Site_Render_OutputStamps"),
        ("analyse", "Site_Site_Compute_Analysis_"),
        ("analyse", "Site_Site_Build_KeptAnalysis"),
        ("entries", "Site_Site_Compute_MeanEntries"),
        ("validate: the model", "Site_Site_Model_DatasetBuilder"),
        ("load", "Site_Site_Load_"),
        ("compute: the views", "Site_Site_Compute_ComputeViews"),
    ];

    private static readonly (string Stage, string Method)[] OtherCode =
    [
        ("the model's look-ups and the rest of compute", "Site_Site_Model_"),
        ("the model's look-ups and the rest of compute", "Site_Site_Compute_"),
        ("the build's other code", "Site_Site_"),
    ];
}
