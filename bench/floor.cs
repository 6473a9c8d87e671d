// The floor of a full build on this machine: what the site's bytes cost with no generator at all (bench/run prints it).
// Reads a built site into memory first, then, timed, writes every file into an empty folder from two threads while a
// third deflates the data files as the build's download zip does (each file on its own, zlib level 5; the zip's headers
// are a few hundred kilobytes and cost nothing beside the deflate). No template engine, generator or static-site tool
// can write the same site faster than this, so the full build's time is read against it.
//
//   dotnet run bench/floor.cs -- SITE_FOLDER EMPTY_FOLDER [RUNS]
//
// Prints the median of RUNS (default 3) for the writes alone, the zip alone, and both side by side, in seconds.
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;

var site = args[0];
var target = args[1];
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
    .Select(f => Path.GetRelativePath(site, f).Replace(Path.DirectorySeparatorChar, '/'))
    .Order(StringComparer.Ordinal)
    .Select(f => (Path: f, Bytes: File.ReadAllBytes(Path.Combine(site, f))))
    .ToArray();
var data = files
    .Where(f => f.Path.StartsWith("data/", StringComparison.Ordinal)
        && !f.Path.EndsWith(".zip", StringComparison.Ordinal))
    .ToArray();

double Write()
{
    var clock = Stopwatch.StartNew();
    Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, f =>
    {
        var path = Path.Combine(target, f.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, f.Bytes);
    });
    return clock.Elapsed.TotalSeconds;
}

double Zip()
{
    var clock = Stopwatch.StartNew();
    using var bytes = new MemoryStream();
    var level = new ZLibCompressionOptions { CompressionLevel = 5 };
    foreach (var (_, content) in data)
    {
        using var deflate = new DeflateStream(bytes, level, leaveOpen: true);
        deflate.Write(content);
    }

    return clock.Elapsed.TotalSeconds;
}

void Empty()
{
    if (Directory.Exists(target))
    {
        Directory.Delete(target, recursive: true);
    }
}

var writes = new List<double>();
var zips = new List<double>();
var both = new List<double>();
for (var i = 0; i < runs; i++)
{
    Empty();
    writes.Add(Write());
    Empty();
    zips.Add(Zip());
    Empty();
    var clock = Stopwatch.StartNew();
    Task.WaitAll(Task.Run(Write), Task.Run(Zip));
    both.Add(clock.Elapsed.TotalSeconds);
}

Empty();
static string Median(List<double> values) =>
    values.Order().ElementAt(values.Count / 2).ToString("0.00", CultureInfo.InvariantCulture);
Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"{files.Length} files, {files.Sum(f => (long)f.Bytes.Length) / 1024 / 1024} MB; "
        + $"zip of {data.Length} data files"));
Console.WriteLine($"writes {Median(writes)} zip {Median(zips)} both {Median(both)}");
