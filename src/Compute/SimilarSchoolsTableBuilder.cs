using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>A school page's list of the schools with the most alike intake, with their latest results and expected vs
/// actual.</summary>
public static class SimilarSchoolsTableBuilder
{
    public static TableView? Build(Dataset dataset, School school, AnalysisIndex index, Texts.Texts t)
    {
        var similar = index.SimilarTo(school.Code);
        if (similar.Count == 0)
        {
            return null;
        }

        var latest = dataset.Years[^1];
        var rows = similar.Select(s =>
        {
            var other = dataset.SchoolOf(s.SimilarCode)!;
            var expected = index.Expected(other.Code, latest, Measure.MeritValue);
            return new TableRowView(other.Name, Routes.School(t, other.Code),
            [
                FigureCell.Words(other.District?.Name ?? "–"),
                FigureCell.Of(NeedIndex.Of(dataset.BackgroundOf(other.Code))),
                FigureCell.From(dataset.ResultOf(other.Code, latest, Measure.MeritValue)?.Value),
                expected is null ? FigureCell.Empty : FigureCell.Words(t.Expected(expected.Label)),
                FigureCell.Of(s.Distance),
            ]);
        }).ToList();
        return new TableView(
            t.Pick(
                $"Skolor vars elever liknar {Texts.AreaWords.Genitive(school.Name)}, läsåret {latest.Label}",
                $"Schools whose pupils are like {school.Name}'s, {latest.Label}"),
            [
                t.Pick("Skola", "School"),
                Texts.AreaWords.Capital(t.Areas.One),
                t.Pick("Behovsindex", "Need index"),
                t.MeasureLabel(Measure.MeritValue),
                t.Pick("Jämfört med förväntat", "Against expected"),
                t.Pick("Avstånd", "Distance")],
            rows,
            t.Pick(
                $"Likhet mäts med elevernas bakgrund: avståndet mellan skolornas andelar elever med föräldrar med "
                + $"eftergymnasial utbildning och med utländsk bakgrund, i procentenheter (√(skillnad² + skillnad²)), "
                + $"över {t.Areas.OfWhole} skolor. Lika bakgrund betyder inte lika förutsättningar i övrigt.",
                $"Likeness is measured by the pupils' background: the distance between the schools' shares of pupils "
                + $"with parents with post-secondary education and with foreign background, in percentage points "
                + $"(√(difference² + difference²)), across {t.Areas.OfWhole} schools. A like background does not mean "
                + $"like conditions otherwise."));
    }

    // Swedish adds no s to a name that already ends in s, x or z: "Rinkebyskolan" → "Rinkebyskolans", "Engelbrekts"
    // stays.
}
