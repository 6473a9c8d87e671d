namespace Site.Tests.Import;

/// <summary>What <see cref="FakeSkolverketApi"/> does to a request instead of (or before) answering it.</summary>
public abstract record Fault
{
    /// <summary>Answers with this status and no body (429 with a Retry-After in seconds).</summary>
    public sealed record Status(int Code, string? RetryAfter = null) : Fault;

    /// <summary>Drops the connection without an answer.</summary>
    public sealed record Reset : Fault;

    /// <summary>Answers only after this long (longer than the client's timeout: a timeout).</summary>
    public sealed record Delay(TimeSpan Time) : Fault;

    /// <summary>Announces the whole body's length, sends half of it and drops the connection.</summary>
    public sealed record Truncated : Fault;

    /// <summary>Answers 200 with this body instead of the saved one.</summary>
    public sealed record Replace(string Json) : Fault;
}
