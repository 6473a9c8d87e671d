namespace Site.Import.Api;

/// <summary>One GET of the API: its address, the file its body is saved as (relative to the responses folder), what the
/// body must look like, and whom it is about (a municipality code for a listing page, a school-unit code
/// otherwise).</summary>
public sealed record ApiRequest(string Url, string File, ApiBodyKind Kind, string Subject);
