using Site.Compute.Analysis;
using Site.Compute.Data;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// The methodology's reconciliation table: Skolverket's figure and ours per school year, organizer and measure, from
/// the analysis' reconciliation. With several municipalities the page shows the count beyond the tolerance per year and
/// measure, and reconciliation.csv has every row.
/// </summary>
public static class ReconciliationTableBuilder
{
    public static TableView? Build(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var rows = index.Result.Reconciliations;
        if (rows.Count == 0)
        {
            return null;
        }

        var note = t.Pick(
            $"Vår beräkning är elevviktad där skolorna har elevantal, annars oviktad; bara de elevviktade som räknar "
            + $"minst 95 procent av Skolverkets elever jämförs med toleransen "
            + $"({t.Number(Reconciliations.MeritTolerance, 1)} poäng, "
            + $"{t.Number(Reconciliations.ShareTolerance, 1)} procentenheter utanför våra gränser). Alla rader finns i "
            + $"reconciliation.csv.",
            $"Our computation is pupil-weighted where the schools have pupil counts, otherwise unweighted; only the "
            + $"pupil-weighted ones that count at least 95 per cent of Skolverket's pupils are held to the tolerance "
            + $"({t.Number(Reconciliations.MeritTolerance, 1)} points, "
            + $"{t.Number(Reconciliations.ShareTolerance, 1)} percentage points outside our bounds). Every row is in "
            + $"reconciliation.csv.");
        if (dataset.Settings.MunicipalitiesAsDistricts)
        {
            return new TableView(
                t.Pick(
                    "Skolverkets kommunsiffror och våra beräkningar",
                    "Skolverket's municipality figures and our computations"),
                [
                    t.Pick("Läsår", "School year"),
                    t.Pick("Mått", "Measure"),
                    t.Pick("Jämförda kommuner", "Municipalities compared"),
                    t.Pick("Utanför toleransen", "Beyond the tolerance")],
                rows.Where(r => r.Organizer == OrganizerSplit.All && r.Exceeds is not null)
                    .GroupBy(r => (r.Year, r.Measure))
                    .OrderBy(g => g.Key.Year)
                    .ThenBy(g => g.Key.Measure)
                    .Select(g => new TableRowView(
                        g.Key.Year.Label,
                        null,
                        [
                            FigureCell.Words(t.MeasureLabel(g.Key.Measure)),
                            FigureCell.Of(g.Count(), 0),
                            FigureCell.Of(g.Count(r => r.Exceeds == true), 0)]))
                    .ToList(),
                note);
        }

        return new TableView(
            t.Pick(
                $"Skolverkets siffror för {dataset.Settings.AreaName} och vår beräkning från skolornas värden",
                $"Skolverket's figures for {dataset.Settings.AreaName} and our computation from the schools' values"),
            [
                t.Pick("Läsår", "School year"),
                t.Pick("Huvudman", "Organizer"),
                t.Pick("Mått", "Measure"),
                "Skolverket",
                t.Pick("Vår beräkning", "Ours"),
                t.Pick("Metod", "Method"),
                t.Pick("Skillnad", "Difference"),
                t.Pick("Elever (vår / Skolverkets)", "Pupils (ours / Skolverket's)"),
                t.Pick("Utanför toleransen", "Beyond the tolerance")],
            rows.OrderByDescending(r => r.Year)
                .ThenBy(r => r.Organizer)
                .ThenBy(r => r.Measure)
                .Select(r => new TableRowView(r.Year.Label, null,
            [
                FigureCell.Words(Organizer(r.Organizer, t)),
                FigureCell.Words(t.MeasureLabel(r.Measure)),
                FigureCell.From(r.Official.Value),
                OfficialViewBuilder.Recomputed(r.Recomputed, t),
                FigureCell.Words(
                    r.Recomputed.Method == MeanMethod.PupilWeighted
                        ? t.Pick("elevviktad", "pupil-weighted")
                        : t.Pick("oviktad", "unweighted")),
                FigureCell.Gap(r.Difference),
                FigureCell.Words(
                    r.Recomputed.PupilsIncluded is { } p
                        ? $"{t.Integer(p)} / {(r.OfficialPupils is { } o ? t.Integer(o) : "–")}"
                        : $"– / {(r.OfficialPupils is { } o2 ? t.Integer(o2) : "–")}"),
                FigureCell.Words(
                    r.Exceeds switch
                    {
                        true => t.Pick("ja", "yes"),
                        false => t.Pick("nej", "no"),
                        _ => t.Pick("jämförs inte", "not compared"),
                    }),
            ])).ToList(),
            note);
    }

    private static string Organizer(OrganizerSplit split, Texts.Texts t) => split switch
    {
        OrganizerSplit.Municipal => t.Pick("kommunala", "municipal"),
        OrganizerSplit.Independent => t.Pick("fristående", "independent"),
        _ => t.Pick("alla", "all"),
    };
}
