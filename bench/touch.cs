// What first touching new memory costs on this machine (bench/run prints it beside the build's page faults): a build
// touches every page of its heap for the first time, and in this VM each page's first write is a fault that costs far
// more than the write. Allocates 256 MB outside the collector's heap, writes one byte per 4 KiB page, and prints the
// median over RUNS (default 3) in microseconds per page, then the same pages written again (no fault) for scale.
//
//   dotnet run bench/touch.cs -- [RUNS]
#:property AllowUnsafeBlocks=true
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

const int Page = 4096;
const nuint Size = 256u << 20;
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
var first = new List<double>();
var again = new List<double>();
for (var run = 0; run < runs; run++)
{
    unsafe
    {
        // Large enough that the C library maps it fresh from the kernel, and returns it on free.
        var memory = (byte*)NativeMemory.Alloc(Size);
        first.Add(Touch(memory, 1));
        again.Add(Touch(memory, 2));
        NativeMemory.Free(memory);
    }
}

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"first touch {Median(first):F2} us per page; again {Median(again):F3} us per page"));

static unsafe double Touch(byte* memory, byte value)
{
    var clock = Stopwatch.StartNew();
    for (nuint at = 0; at < Size; at += Page)
    {
        memory[at] = value;
    }

    return clock.Elapsed.TotalMicroseconds / (Size / Page);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
