namespace Site.Compute.Analysis.Municipal;

/// <summary>
/// One municipality's published value of a report column in one period, beside every municipality's distribution in the
/// same column, period and organizer: the median and quartiles (type 7, each rounded once to the column's published
/// decimals), and how many municipalities have a lower and a higher value (the rank, for spending and staff, never for
/// results).
/// </summary>
public sealed record MunicipalFigure(
    Model.Municipal.MunicipalReportKind Kind,
    string Column,
    string MunicipalityCode,
    string Period,
    string Organizer,
    Model.ResultValue Value,
    decimal? Median,
    decimal? LowerQuartile,
    decimal? UpperQuartile,
    int Below,
    int Above,
    int Of);
