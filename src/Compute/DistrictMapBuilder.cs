using System.Globalization;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Draws the districts as SVG paths: an equirectangular projection around the city's centre (fine at city scale),
/// simplified with NetTopologySuite, coloured by the latest meritvärde gap to the city in classes of a diverging scale.
/// </summary>
public static class DistrictMapBuilder
{
    public const double Width = 640;

    /// <summary>The width of a character of a district's name on the map (15 units bold, in map units).</summary>
    private const double NameCharWidth = 8.6;

    // Blue above the city's mean, orange below; the middle class is neutral. Each class also prints its number on the
    // map.
    private static readonly (decimal Upper, string Fill)[] Classes =
    [
        (-20m, "#a34f00"),
        (-10m, "#d9863d"),
        (-3m, "#f2c89b"),
        (3m, "#eeeeee"),
        (10m, "#a9c8e6"),
        (20m, "#5b93c7"),
        (decimal.MaxValue, "#0b4f8a"),
    ];

    private static string ClassLabel(Texts.Texts t, int i) =>
        i == 0 ? t.Pick("under ", "below ") + t.Signed(Classes[0].Upper, 0)
        : i == Classes.Length - 1 ? t.Pick("över ", "above ") + t.Signed(Classes[i - 1].Upper, 0)
        : $"{t.Signed(Classes[i - 1].Upper, 0)} {t.Pick("till", "to")} {t.Signed(Classes[i].Upper, 0)}";

    private const string NoData = "#ffffff";

    /// <summary>
    /// A name is printed only where it fits inside its area's width and covers no other area's name or number, the
    /// widest areas first; every name is in the list beside the map anyway.
    /// </summary>
    private static List<MapAreaView> WithNamesThatFit(List<MapAreaView> areas)
    {
        static (double X0, double Y0, double X1, double Y1) Box(
            double x,
            double y,
            int chars,
            double charWidth,
            double height) =>
            (x - (chars * charWidth / 2), y - (height / 2), x + (chars * charWidth / 2), y + (height / 2));
        static bool Overlap(
            (double X0, double Y0, double X1, double Y1) a,
            (double X0, double Y0, double X1, double Y1) b) =>
            a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1;

        var placed = areas.Select(a => Box(a.LabelX, a.LabelY, a.Label.Length, 11, 20)).ToList();
        var named = new HashSet<int>();
        foreach (var i in Enumerable.Range(0, areas.Count)
            .Where(i => areas[i].NameFits)
            .OrderByDescending(i => areas[i].Name.Length))
        {
            var name = Box(areas[i].LabelX, areas[i].LabelY - 10, areas[i].Name.Length, NameCharWidth, 17);
            var number = Box(areas[i].LabelX, areas[i].LabelY + 9, areas[i].Label.Length, 11, 20);
            if (Enumerable.Range(0, areas.Count)
                .Where(j => j != i)
                .All(j => !Overlap(name, placed[j]) && !Overlap(number, placed[j])))
            {
                placed[i] = (Math.Min(name.X0, number.X0), name.Y0, Math.Max(name.X1, number.X1), number.Y1);
                named.Add(i);
            }
        }

        return areas.Select((a, i) => a with { NameFits = named.Contains(i) }).ToList();
    }

    /// <param name="highlight">The district a district's page marks on the map; null for the city's map.</param>
    public static DistrictMapView? Build(
        Dataset dataset, AnalysisIndex index, Texts.Texts t, District? highlight = null)
    {
        if (!Drawn(dataset))
        {
            return null;
        }

        var latest = dataset.Years[^1];
        var (height, shapes) = (index.Shapes!.Height, index.Shapes.Areas);

        var areas = dataset.Districts.Select((d, i) =>
        {
            var gap = index.Aggregate(dataset.AreaOf(d), latest, Measure.MeritValue).GapToCity;
            var (path, point, width) = shapes[i];
            var label = gap is { } g ? t.Signed(g, 0) : "–";
            var marked = ReferenceEquals(d, highlight);
            var fill = highlight is null ? Fill(gap) : marked ? "#0b4f8a" : "#e4e6ea";
            var title = gap is { } v
                ? t.Pick(
                    $"{d.Name}: {t.Signed(v)} poäng mot staden",
                    $"{d.Name}: {t.Signed(v)} points compared with the city")
                : t.Pick($"{d.Name}: inget värde", $"{d.Name}: no value");
            var shown = highlight is null ? label : "";
            return new MapAreaView(
                d.Name, Routes.District(t, d), path, fill, shown, title,
                Math.Round(point.X, 1), Math.Round(point.Y, 1), marked)
            {
                NameFits = highlight is null && d.Name.Length * NameCharWidth <= width * 0.85,
                GapLabel = label,
            };
        }).ToList();
        areas = WithNamesThatFit(areas);

        var table = new TableView(
            t.Pick(
                $"Meritvärde {latest.Label}: skillnad mot hela {dataset.Settings.AreaName}",
                $"Merit value {latest.Label}: difference from all of {dataset.Settings.AreaName}"),
            [t.Pick("Stadsdelsområde", "District"), t.Pick("Skillnad, poäng", "Difference, points")],
            dataset.Districts.Select(d => new TableRowView(
                    d.Name,
                    Routes.District(t, d),
                    [FigureCell.Gap(index.Aggregate(dataset.AreaOf(d), latest, Measure.MeritValue).GapToCity)]))
                .ToList());
        var legend = highlight is null
            ? Classes.Select((c, i) => new MapLegendItem(c.Fill, ClassLabel(t, i))).ToList()
            : [];
        var description = highlight is null
            ? t.Pick(
                $"Karta över stadens {dataset.Districts.Count} stadsdelsområden, färgade efter hur mycket meritvärdet "
                + $"läsåret {latest.Label} låg över (blått) eller under (orange) stadens genomsnitt. Talet i varje "
                + $"område är skillnaden i poäng; samma tal står i tabellen.",
                $"Map of the city's {dataset.Districts.Count} districts, coloured by how far the merit value in "
                + $"{latest.Label} was above (blue) or below (orange) the city's mean. The number in each area is the "
                + $"difference in points; the same numbers are in the table.")
            : t.Pick(
                $"Karta över stadens stadsdelsområden där {highlight.Name} är markerat.",
                $"Map of the city's districts with {highlight.Name} highlighted.");
        return new DistrictMapView(
            t.Pick($"Stadsdelsområdena läsåret {latest.Label}", $"The districts in {latest.Label}"),
            description,
            Width,
            height,
            areas,
            legend,
            table);
    }

    /// <summary>Whether the map is drawn: municipalities standing as districts have no outlines to draw (their table on
    /// the page says the same).</summary>
    public static bool Drawn(Dataset dataset) =>
        dataset.Districts.Count > 0 && dataset.Districts.All(d => d.Boundary is not null);

    private static string Fill(decimal? gap) => gap is { } g ? Classes.First(c => g < c.Upper).Fill : NoData;
}
