namespace Site.Import.Api;

/// <summary>How <c>import --from-api</c> fetches: from where, for which municipalities, into which folder, and how
/// patiently. The defaults are a polite client of a public API; tests shorten the waits.</summary>
public sealed record ApiFetchOptions
{
    public required string BaseUrl { get; init; }

    public required IReadOnlyList<string> Municipalities { get; init; }

    /// <summary>The responses folder (data/sources/skolverket-api): bodies and manifest.json go here.</summary>
    public required string Folder { get; init; }

    /// <summary>Fetch every body again, even those a previous run saved.</summary>
    public bool Refresh { get; init; }

    /// <summary>Requests under way at once: a small fixed number, to be gentle with Skolverket's server.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>How long one attempt may take before it is abandoned and retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for timeouts, resets, 429 and 5xx (never for another 4xx).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first retry's median wait; each later one doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the progress line is printed at most.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(2);
}
