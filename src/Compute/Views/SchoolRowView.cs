namespace Site.Compute.Views;

/// <summary>A school's line in a district table: its link, organizer, latest pupils and values.</summary>
public sealed record SchoolRowView(LinkView Link, string OrganizerLabel, CellView Pupils, IReadOnlyList<CellView> Cells)
{
    /// <summary>The organizer's code (municipal, independent), which the table's filter reads.</summary>
    public string OrganizerCode { get; init; } = "";
}
