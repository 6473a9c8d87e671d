namespace Site.Compute.Views;

/// <summary>A school on the comparison page: its link, district, organizer, each measure's values by year and trend
/// verdict.</summary>
/// <param name="Values">Per measure (in the order of the page's measures), one cell per school year.</param>
/// <param name="Verdicts">Per measure, the published trend's verdict in words.</param>
public sealed record CompareSchoolView(
    string Code,
    LinkView Link,
    string? District,
    string Organizer,
    IReadOnlyList<IReadOnlyList<CellView>> Values,
    IReadOnlyList<string> Verdicts);
