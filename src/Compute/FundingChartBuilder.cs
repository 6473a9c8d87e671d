using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// The city page's chart of what the money follows: each district's allocation per pupil against its merit value, in
/// the allocation's latest school year; an illustrative allocation is said to be one in the sentence and on the chart.
/// </summary>
public static class FundingChartBuilder
{
    public static ChartView? Build(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        if (index.FundingYears.Count == 0)
        {
            return null;
        }

        var year = index.FundingYears[^1];
        var points = dataset.Districts
            .Select(d => (
                d.Name,
                Funding: index.Funding(dataset.AreaOf(d), year)?.MeanSekPerPupil,
                Merit: dataset.Years.Contains(year)
                    ? index.Aggregate(dataset.AreaOf(d), year, Measure.MeritValue).Mean.Value
                    : null))
            .Where(p => p.Funding is not null && p.Merit is not null)
            .ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var most = points.MaxBy(p => p.Funding)!;
        var least = points.MinBy(p => p.Funding)!;
        // An illustrative amount is never stated as what a district received.
        var illustrative = dataset.Allocation is { Illustrative: true };
        var summary = illustrative
            ? t.Pick(
                $"Med de illustrativa beloppen läsåret {year.Label} skulle {most.Name} få mest tilläggsanslag per elev "
                + $"(illustrativt {t.Number(most.Funding!.Value, 0)} kr) och hade meritvärdet "
                + $"{t.Number(most.Merit!.Value, 1)}; {least.Name} skulle få minst (illustrativt "
                + $"{t.Number(least.Funding!.Value, 0)} kr) och hade {t.Number(least.Merit!.Value, 1)}. Beloppen är "
                + $"inte stadens verkliga.",
                $"With the illustrative amounts for {year.Label}, {most.Name} would receive the most allocation per "
                + $"pupil (illustrative SEK {t.Number(most.Funding!.Value, 0)}) and had a merit value of "
                + $"{t.Number(most.Merit!.Value, 1)}; {least.Name} would receive the least (illustrative SEK "
                + $"{t.Number(least.Funding!.Value, 0)}) and had {t.Number(least.Merit!.Value, 1)}. The amounts are "
                + $"not the city's real ones.")
            : t.Pick(
                $"Läsåret {year.Label} fick {most.Name} mest tilläggsanslag per elev "
                + $"({t.Number(most.Funding!.Value, 0)} kr) och hade meritvärdet {t.Number(most.Merit!.Value, 1)}; "
                + $"{least.Name} fick minst ({t.Number(least.Funding!.Value, 0)} kr) och hade "
                + $"{t.Number(least.Merit!.Value, 1)}.",
                $"In {year.Label} {most.Name} received the most allocation per pupil (SEK "
                + $"{t.Number(most.Funding!.Value, 0)}) and had a merit value of {t.Number(most.Merit!.Value, 1)}; "
                + $"{least.Name} received the least (SEK {t.Number(least.Funding!.Value, 0)}) and had "
                + $"{t.Number(least.Merit!.Value, 1)}.");
        return new ChartView(
            ChartKind.Scatter,
            t.Pick(
                $"Tilläggsanslag per elev och meritvärde per stadsdelsområde, {year.Label}",
                $"Allocation per pupil and merit value by district, {year.Label}"),
            summary,
            t.Pick("Tilläggsanslag, kr per elev", "Allocation, SEK per pupil"),
            t.MeasureLabel(Measure.MeritValue),
            [new(
                t.Pick("Stadsdelsområden", "Districts"),
                ChartSeriesRole.Points,
                null,
                points.Select(p => p.Funding!.Value).ToList(),
                points.Select(p => p.Merit).ToList(),
                points.Select(p => p.Name).ToList())])
        {
            Key = "allocation",
            Mark = illustrative ? t.Pick("Illustrativa belopp", "Illustrative amounts") : null,
        };
    }
}
