using System.Diagnostics;
using System.Globalization;

namespace Site.Build;

/// <summary>Reports which stage is running and how long each took, so staff see progress and developers see where time
/// goes: the wall time, and how many cores the stage kept busy on average (the process's processor time over the wall
/// time), which tells a stage that waits on one core from one that has both.</summary>
public sealed class StageTimer(TextWriter log)
{
    private readonly Stopwatch total = Stopwatch.StartNew();

    public T Run<T>(string stage, Func<T> work, Func<T, string> summary)
    {
        log.Write($"{stage}… ");
        var start = Start();
        var result = work();
        log.WriteLine($"{summary(result)} ({Since(start)})");
        return result;
    }

    public async Task<T> RunAsync<T>(string stage, Func<Task<T>> work, Func<T, string> summary)
    {
        log.Write($"{stage}… ");
        var start = Start();
        var result = await work();
        log.WriteLine($"{summary(result)} ({Since(start)})");
        return result;
    }

    public TimeSpan Elapsed => total.Elapsed;

    private static (long Ticks, TimeSpan Processor) Start() =>
        (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);

    private static string Since((long Ticks, TimeSpan Processor) start)
    {
        var wall = Stopwatch.GetElapsedTime(start.Ticks);
        var processor = Environment.CpuUsage.TotalTime - start.Processor;
        var cores = wall.TotalMilliseconds > 0 ? processor.TotalMilliseconds / wall.TotalMilliseconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{(long)wall.TotalMilliseconds} ms, {cores:0.0} cores");
    }
}
