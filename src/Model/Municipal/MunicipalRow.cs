namespace Site.Model.Municipal;

/// <summary>
/// One row of a municipality report: the municipality, the period (a calendar year's "2024" or a school year's
/// "2024/25"), the organizer type as the report names it in the site's code (all, municipal, independent, …) and its
/// values in the report's column order, each a number or one of Skolverket's markers.
/// </summary>
public sealed record MunicipalRow(
    MunicipalReportKind Kind,
    string MunicipalityCode,
    string MunicipalityName,
    string Period,
    string Organizer,
    IReadOnlyList<ResultValue> Values,
    SourceRef Source)
{
    public ResultValue Value(string code) => Values[MunicipalReport.All[(int)Kind].IndexOf(code)];
}
