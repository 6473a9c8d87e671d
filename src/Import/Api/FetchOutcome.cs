namespace Site.Import.Api;

/// <summary>What one request came to after its retries: the body to save, or why there is none.</summary>
public sealed record FetchOutcome(ApiRequest Request, byte[]? Body, int? Status, string? Failure, int Attempts)
{
    public bool Succeeded => Body is not null;
}
