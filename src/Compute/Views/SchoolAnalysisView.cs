namespace Site.Compute.Views;

/// <summary>A school page's analysis: its values beside its district's and the city's with trends, expected vs actual,
/// background and allocation.</summary>
public sealed record SchoolAnalysisView(
    IReadOnlyList<TableView> Comparisons,
    IReadOnlyList<ChartView> Charts,
    TableView? Expected,
    AnswerView ExpectedAnswer,
    TableView? Background,
    TableView? Allocation,
    AllocationNoticeView? AllocationNotice,
    IReadOnlyList<AnswerView> Answers,
    ChartView? Scatter)
{
    /// <summary>The schools with the most alike intake, or null when the school's background is not
    /// published.</summary>
    public TableView? Similar { get; init; }

    /// <summary>The comparison page with this school and its alike schools.</summary>
    public string? CompareHref { get; init; }

    /// <summary>The school's teachers, national tests and eligibility, a table per group (none without
    /// data/resources/).</summary>
    public IReadOnlyList<MetricTableView> Resources { get; init; } = [];
}
