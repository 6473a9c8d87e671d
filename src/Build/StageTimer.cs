using System.Diagnostics;

namespace Site.Build;

/// <summary>Reports which stage is running and how long each took, so staff see progress and developers see where time
/// goes.</summary>
public sealed class StageTimer(TextWriter log)
{
    private readonly Stopwatch total = Stopwatch.StartNew();

    public T Run<T>(string stage, Func<T> work, Func<T, string> summary)
    {
        log.Write($"{stage}… ");
        var watch = Stopwatch.StartNew();
        var result = work();
        log.WriteLine($"{summary(result)} ({watch.ElapsedMilliseconds} ms)");
        return result;
    }

    public async Task<T> RunAsync<T>(string stage, Func<Task<T>> work, Func<T, string> summary)
    {
        log.Write($"{stage}… ");
        var watch = Stopwatch.StartNew();
        var result = await work();
        log.WriteLine($"{summary(result)} ({watch.ElapsedMilliseconds} ms)");
        return result;
    }

    public TimeSpan Elapsed => total.Elapsed;
}
