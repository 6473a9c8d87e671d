using System.Diagnostics;

namespace Site.Import.Api;

/// <summary>The progress line: school units done of total, failures, and the time left at the rate so far. Printed at
/// most once per interval (and at the end), so that a log of a long run stays readable.</summary>
public sealed class FetchProgress(int total, TextWriter log, TimeSpan interval)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private int done;
    private int failed;
    private TimeSpan? printed;

    public void SchoolDone(bool ok)
    {
        lock (gate)
        {
            done++;
            failed += ok ? 0 : 1;
            if (done == total || printed is not { } last || clock.Elapsed - last >= interval)
            {
                printed = clock.Elapsed;
                log.WriteLine(Line());
            }
        }
    }

    public string Line()
    {
        var left = done == 0 ? "unknown" : $"{(clock.Elapsed * ((double)(total - done) / done)).TotalSeconds:0} s";
        return $"import: {done} of {total} school units fetched, {failed} failed, time left about {left}";
    }
}
