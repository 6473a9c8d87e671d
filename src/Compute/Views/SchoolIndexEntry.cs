namespace Site.Compute.Views;

/// <summary>A school in the A–Ö list, with its district for orientation.</summary>
public sealed record SchoolIndexEntry(LinkView Link, string? DistrictName)
{
    /// <summary>The organizer's code, which the list's filter reads.</summary>
    public string OrganizerCode { get; init; } = "";

    /// <summary>The latest school year's value per measure (a number, a marker or nothing), which the list can be
    /// sorted by.</summary>
    public IReadOnlyList<CellView> Latest { get; init; } = [];
}
