using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// The chart of Skolverket's official meritvärde for one municipality over every school year its report gives, one line
/// per organizer split; its numbers are the official history table beside it (<see cref="OfficialViewBuilder"/>).
/// </summary>
public static class OfficialChartBuilder
{
    public static ChartView? Build(Dataset dataset, string municipalityCode, string name, Texts.Texts t)
    {
        var years = dataset.Official.Where(f => f.MunicipalityCode == municipalityCode
            && f.Organizer is null
            && f.Indicator == OfficialIndicator.MeritValue17)
            .Select(f => f.Year).Distinct().Order().ToList();
        if (years.Count < 2)
        {
            return null;
        }

        var labels = years.Select(y => y.Label).ToList();
        List<decimal?> Series(OrganizerType? organizer) =>
            years
                .Select(y => dataset.OfficialOf(
                    municipalityCode,
                    organizer,
                    y,
                    OfficialIndicator.MeritValue17)?.Value.Number)
                .ToList();
        var all = Series(null);
        var first = all.FindIndex(v => v is not null);
        var last = all.FindLastIndex(v => v is not null);
        var summary = t.Pick(
            $"Enligt Skolverket var meritvärdet i {name} {t.Number(all[first]!.Value, 1)} läsåret {labels[first]} och "
            + $"{t.Number(all[last]!.Value, 1)} läsåret {labels[last]} (alla skolor); tabellen visar varje läsår och "
            + $"huvudman.",
            $"According to Skolverket the merit value in {name} was {t.Number(all[first]!.Value, 1)} in "
            + $"{labels[first]} and {t.Number(all[last]!.Value, 1)} in {labels[last]} (all schools); the table shows "
            + $"every school year and organizer.");
        return new ChartView(
            Kind: ChartKind.Years,
            Title: t.Pick($"Meritvärde enligt Skolverket, {name}", $"Merit value according to Skolverket, {name}"),
            Summary: summary,
            XTitle: null,
            YTitle: t.MeasureLabel(Measure.MeritValue),
            Series:
            [
                new(t.Pick("Alla skolor", "All schools"), ChartSeriesRole.Primary, labels, null, all),
                new(
                    t.Pick("Kommunala", "Municipal"),
                    ChartSeriesRole.Secondary,
                    labels,
                    null,
                    Series(OrganizerType.Municipal)),
                new(
                    t.Pick("Fristående", "Independent"),
                    ChartSeriesRole.Reference,
                    labels,
                    null,
                    Series(OrganizerType.Independent)),
            ])
        {
            Key = "official",
            // The workbook's own years and dates, not the school results': its history reaches further back.
            Source = FrameBuilder.OfficialSource(dataset, t),
            Citation = FrameBuilder.OfficialCitation(dataset, t),
        };
    }
}
