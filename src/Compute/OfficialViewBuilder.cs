using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Load;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Selects and formats Skolverket's official figures and the reconciliation for one municipality's page. Every number
/// comes from the dataset's official figures or the analysis' reconciliation; nothing is computed here but the choice.
/// </summary>
public static class OfficialViewBuilder
{
    private static readonly OfficialIndicator[] Results = [
        OfficialIndicator.MeritValue17,
        OfficialIndicator.AllSubjectsPassedPct,
        OfficialIndicator.EligibleVocationalPct];

    public static OfficialView? Build(Dataset dataset, AnalysisIndex index, Area area, Texts.Texts t)
    {
        var rows = index.Result.Reconciliations.Where(r => r.Area.Id == area.Id).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var code = rows[0].MunicipalityCode;
        var latest = rows.Max(r => r.Year);
        var name = rows[0].Official.MunicipalityName;
        var now = rows.Where(r => r.Year == latest && r.Organizer == OrganizerSplit.All).ToList();
        var table = new TableView(
            t.Pick(
                $"{name} läsåret {latest.Label}: Skolverkets siffror och vår beräkning",
                $"{name} in {latest.Label}: Skolverket's figures and our computation"),
            [
                t.Pick("Mått", "Measure"),
                t.Pick("Skolverket", "Skolverket"),
                t.Pick("Vår beräkning från skolornas värden", "Our computation from the schools' values"),
                t.Pick("Skillnad (Skolverket − vår)", "Difference (Skolverket − ours)"),
                t.Pick("Elever som ingår i vår beräkning", "Pupils in our computation")],
            now.Select(r => new TableRowView(t.MeasureLabel(r.Measure), null,
            [
                FigureCell.From(r.Official.Value),
                Recomputed(r.Recomputed, t),
                FigureCell.Gap(r.Difference),
                FigureCell.Words(Coverage(r.Recomputed.PupilsIncluded, r.OfficialPupils, t)),
            ])).ToList(),
            t.Pick(
                "Skolverkets siffror räknas på alla elever i kommunen, också i skolor vars egna värden döljs (..). Vår "
                + "beräkning är det elevviktade medelvärdet av skolornas publicerade värden; ~100 ingår som ett "
                + "intervall. Skillnaden förklaras på metodsidan.",
                "Skolverket's figures count every pupil in the municipality, also in schools whose own values are "
                + "withheld (..). Our computation is the pupil-weighted mean of the schools' published values; ~100 "
                + "enters as an interval. The difference is explained on the methodology page."));
        var merit = now.FirstOrDefault(r => r.Measure == Measure.MeritValue);
        var summary = merit is { Official.Value.Number: { } official, Recomputed.Value: { } ours }
            ? t.Pick(
                $"Skolverkets genomsnittliga meritvärde för {name} läsåret {latest.Label} är {t.Number(official, 1)}; "
                + $"vår beräkning från skolornas värden ger "
                + $"{t.Number(ours, 1)} ({Coverage(merit.Recomputed.PupilsIncluded, merit.OfficialPupils, t)}).",
                $"Skolverket's mean merit value for {name} in {latest.Label} is {t.Number(official, 1)}; our "
                + $"computation from the schools' values gives "
                + $"{t.Number(ours, 1)} ({Coverage(merit.Recomputed.PupilsIncluded, merit.OfficialPupils, t)}).")
            : t.Pick(
                $"Skolverkets siffror för {name} läsåret {latest.Label}.",
                $"Skolverket's figures for {name} in {latest.Label}.");
        var history = OrganizerSplits.All.Select(split => History(dataset, index, code, name, area, split, t)).ToList();
        return new OfficialView(summary, table, history, OfficialChartBuilder.Build(dataset, code, name, t));
    }

    private static TableView History(
        Dataset dataset, AnalysisIndex index, string code, string name, Area area, OrganizerSplit split, Texts.Texts t)
    {
        var organizer = OrganizerSplits.Type(split);
        var years = dataset.Official
            .Where(f => f.MunicipalityCode == code && f.Organizer == organizer)
            .Select(f => f.Year)
            .Distinct()
            .Order()
            .ToList();
        var which = split switch
        {
            OrganizerSplit.Municipal => t.Pick(
            "kommunala skolor",
            "municipal schools"),
            OrganizerSplit.Independent => t.Pick(
                "fristående skolor",
                "independent schools"),
            _ => t.Pick("alla skolor", "all schools")
        };
        return new TableView(
            t.Pick(
                $"{name}, {which}: Skolverkets siffror per läsår och vår beräkning",
                $"{name}, {which}: Skolverket's figures by school year and our computation"),
            [
                t.Pick("Läsår", "School year"),
                .. Results.SelectMany(i => new[] { $"{t.MeasureLabel(OfficialIndicators.MeasureOf(i)!.Value)}, "
                    + $"Skolverket", t.Pick("vår", "ours") }),
                t.Pick("Elever i årskurs 9", "Grade 9 pupils")],
            years.Select(y => new TableRowView(y.Label, null,
            [
                .. Results.SelectMany(i => new[]
                {
                    dataset.OfficialOf(code, organizer, y, i) is { } f ? FigureCell.From(f.Value) : FigureCell.Empty,
                    dataset.Years.Contains(y)
                        ? Recomputed(index.Aggregate(area, y, OfficialIndicators.MeasureOf(i)!.Value, split).Mean, t)
                        : FigureCell.Empty,
                }),
                dataset.OfficialOf(code, organizer, y, OfficialIndicator.Pupils) is { } p
                    ? FigureCell.From(p.Value, 0)
                    : FigureCell.Empty,
            ])).ToList(),
            t.Pick(
                $"Skolverkets siffror för alla läsår i rapporten. Vår beräkning finns för de läsår som har skolvärden "
                + $"({dataset.Years[0].Label}–{dataset.Years[^1].Label}); den är elevviktad där skolorna har elevantal "
                + $"({Weighted(dataset, index, area, split, t)}) och annars oviktad, eftersom Skolverkets API inte ger "
                + $"elevantal per år.",
                $"Skolverket's figures for every school year in the report. Our computation exists for the school "
                + $"years with school values ({dataset.Years[0].Label}–{dataset.Years[^1].Label}); it is "
                + $"pupil-weighted where the schools have pupil counts ({Weighted(dataset, index, area, split, t)}) "
                + $"and otherwise unweighted, since Skolverket's API gives no pupil counts per year."));
    }

    private static string Weighted(Dataset dataset, AnalysisIndex index, Area area, OrganizerSplit split, Texts.Texts t)
    {
        var years = dataset.Years
            .Where(y => index.Aggregate(area, y, Measure.MeritValue, split).Mean.Method == MeanMethod.PupilWeighted)
            .Select(y => y.Label)
            .ToList();
        return years.Count == 0 ? t.Pick("inget läsår", "no school year") : string.Join(", ", years);
    }

    /// <summary>Our mean, with its range where the bounds differ by more than the rounding.</summary>
    public static FigureCell Recomputed(AreaMean mean, Texts.Texts t) =>
        mean.Value is not { } value ? FigureCell.Empty
        : MeanView.From(mean).ShowsRange && mean.Low is { } low && mean.High is { } high
            ? FigureCell.Words($"{t.Number(value, 1)} ({t.Number(low, 1)}–{t.Number(high, 1)})")
            : FigureCell.Of(value);

    public static string Coverage(int? included, int? total, Texts.Texts t) =>
        included is { } i && total is { } n ? t.Pick(
            $"{t.Integer(i)} av {t.Integer(n)} elever",
            $"{t.Integer(i)} of {t.Integer(n)} pupils")
        : included is { } only ? t.Pick($"{t.Integer(only)} elever", $"{t.Integer(only)} pupils") : "";
}
