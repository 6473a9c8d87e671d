namespace Site.Compute.Views;

/// <summary>A school in the comparison page's list: its page and its district's name.</summary>
public sealed record CompareSchoolLink(LinkView Link, string? District);
