namespace Site.Import.Api;

/// <summary>A 200 response whose body is not whole JSON (cut off in transit): worth another attempt.</summary>
public sealed class InvalidBodyException(string message) : Exception(message);
