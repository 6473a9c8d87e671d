namespace Site.Compute.Views;

/// <summary>What every page's frame shows: the site's title, its area, the data's school years, in one
/// language.</summary>
/// <param name="DataDates">Every source's school years and its publication and retrieval dates, in a sentence.</param>
/// <param name="ChartSource">The source line inside every chart and table: the same dates, shorter.</param>
public sealed record FrameView(
    string SiteTitle,
    string AreaName,
    string BaseUrl,
    string FirstYear,
    string LatestYear,
    Texts.Texts T,
    string DataDates = "",
    string ChartSource = "")
{
    /// <summary>The retrieval date a citation gives ("hämtad 2026-04-21"), or words saying none is recorded.</summary>
    public string Retrieved { get; init; } = "";

    /// <summary>The source line of the teacher, test and eligibility figures (their own school years and
    /// date).</summary>
    public string StaffSource { get; init; } = "";

    /// <summary>The source line of the municipality reports on spending and teachers.</summary>
    public string MunicipalSource { get; init; } = "";
}
