namespace Site.Compute.Views;

/// <summary>A school in the A–Ö list, with its district for orientation.</summary>
public sealed record SchoolIndexEntry(LinkView Link, string? DistrictName);
