using Site.Compute.Analysis.Staff;
using Site.Model;
using Site.Model.Municipal;

namespace Site.Compute.Analysis.Municipal;

/// <summary>
/// The site's municipalities' spending and teachers beside every municipality's, and, on a site of many municipalities,
/// spending against need and against results: each computed once from Skolverket's published values.
/// </summary>
public sealed record MunicipalAnalysis(IReadOnlyList<MunicipalFigure> Figures, IReadOnlyList<Association> Lines)
{
    public static readonly MunicipalAnalysis Empty = new([], []);

    public const string NeedKey = "need_index~total_per_pupil";
    public const string MeritKey = "total_per_pupil_ksek~merit_value";

    public static MunicipalAnalysis Compute(Dataset dataset)
    {
        if (dataset.MunicipalRows.Count == 0)
        {
            return Empty;
        }

        var figures = new List<MunicipalFigure>();
        foreach (var group in dataset.MunicipalRows
            .Where(r => r.Kind != MunicipalReportKind.Pupils)
            .GroupBy(r => (r.Kind, r.Period, r.Organizer)))
        {
            var report = MunicipalReport.All[(int)group.Key.Kind];
            for (var c = 0; c < report.Columns.Count; c++)
            {
                var values = group.Select(r => r.Values[c].Number).OfType<decimal>().Order().ToList();
                var decimals = report.Columns[c].Decimals;
                decimal? Quartile(decimal p) =>
                    values.Count > 0
                        ? Math.Round(Quantiles.Of(values, p), decimals, MidpointRounding.AwayFromZero)
                        : null;
                foreach (var row in group.Where(r => dataset.Settings.Publishes(r.MunicipalityCode)))
                {
                    var own = row.Values[c];
                    figures.Add(new MunicipalFigure(
                        Kind: group.Key.Kind,
                        Column: report.Columns[c].Code,
                        MunicipalityCode: row.MunicipalityCode,
                        Period: group.Key.Period,
                        Organizer: group.Key.Organizer,
                        Value: own,
                        Median: Quartile(0.5m),
                        LowerQuartile: Quartile(0.25m),
                        UpperQuartile: Quartile(0.75m),
                        Below: own.Number is { } n ? values.Count(v => v < n) : 0,
                        Above: own.Number is { } m ? values.Count(v => v > m) : 0,
                        Of: values.Count));
                }
            }
        }

        return new MunicipalAnalysis(figures, Comparisons(dataset));
    }

    /// <summary>Spending per pupil against the municipalities' need and their merit value: only where the site has
    /// many.</summary>
    private static IReadOnlyList<Association> Comparisons(Dataset dataset)
    {
        var costs = dataset.MunicipalRows
            .Where(r => r.Kind == MunicipalReportKind.Costs && dataset.Settings.Publishes(r.MunicipalityCode))
            .ToList();
        if (!dataset.Settings.MunicipalitiesAsDistricts || costs.Count == 0)
        {
            return [];
        }

        // A calendar year's spending is set beside the school year that starts in it (2024 → 2024/25), which the autumn
        // term of that year belongs to; the method page says so.
        var period = costs.Select(r => r.Period).Max(StringComparer.Ordinal)!;
        var year = new SchoolYear(int.Parse(period, System.Globalization.CultureInfo.InvariantCulture));
        var total = MunicipalReport.Costs.IndexOf("total_per_pupil");
        var spending = costs
            .Where(r => r.Period == period && r.Values[total].Number is not null)
            .ToDictionary(r => r.MunicipalityCode, r => r.Values[total].Number!.Value, StringComparer.Ordinal);
        decimal? Official(string code, OfficialIndicator indicator) =>
            dataset.OfficialOf(code, null, year, indicator)?.Value.Number;
        var need = spending.Keys
            .Select(code => (
                Code: code,
                Index: Official(code, OfficialIndicator.ParentsPostSecondaryPct) is { } parents
                    && Official(code, OfficialIndicator.ForeignBackgroundPct) is { } foreign
                    ? ((100m - parents) + foreign) / 2m
                    : (decimal?)null))
            .Where(n => n.Index is not null)
            .Select(n => (n.Index!.Value, spending[n.Code]))
            .ToList();
        var merit = spending.Keys
            .Select(code => (Spend: spending[code], Merit: Official(code, OfficialIndicator.MeritValue17)))
            .Where(p => p.Merit is not null)
            // In thousand kronor, so that the slope (points per 1 000 kr) survives its three published decimals.
            .Select(p => (p.Spend / 1000m, p.Merit!.Value))
            .ToList();
        return [Associations.Of(NeedKey, year, need), Associations.Of(MeritKey, year, merit)];
    }
}
