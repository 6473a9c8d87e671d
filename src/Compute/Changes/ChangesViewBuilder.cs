using System.Globalization;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>Builds the changes page from a change set, in one language.</summary>
public static class ChangesViewBuilder
{
    public static ChangesPageView Build(Dataset dataset, ChangeSet changes, FrameView frame)
    {
        var t = frame.T;
        var names = dataset.Schools.ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
        string Name(string code) => names.TryGetValue(code, out var n) ? n : code;
        string Value(ManifestValue v) =>
            v.Value is { } n ? t.Number(n, 1) : v.Status switch
            {
                "suppressed" => "..",
                "missing" => ".",
                "rounded_100" => "~100",
                _ => v.Status,
            };
        string Measure(string code) => MeasureInfo.FromCode(code) is { } m ? t.MeasureLabel(m.Measure) : code;
        TableRowView SchoolRow(ManifestSchool s, string text) =>
            new(
                s.Name,
                names.ContainsKey(s.Code) ? Routes.School(t, s.Code) : null,
                [FigureCell.Words(s.Code), FigureCell.Words(text)]);
        TableRowView ValueRow(ValueChange c) =>
            new(
                Name(c.After.School),
                Routes.School(t, c.After.School),
                [
                    FigureCell.Words(c.After.Year),
                    FigureCell.Words(Measure(c.After.Measure)),
                    FigureCell.Words($"{Value(c.Before)} → {Value(c.After)}")]);

        var sections = new List<TableView>();
        void Add(string sv, string en, string[] columnsSv, string[] columnsEn, IReadOnlyList<TableRowView> rows)
        {
            if (rows.Count > 0)
            {
                sections.Add(new TableView(t.Pick(sv, en), t.IsSwedish ? columnsSv : columnsEn, rows));
            }
        }

        Add(
            "Nya läsår",
            "New school years",
            ["Läsår", ""],
            ["School year", ""],
            changes.NewYears
                .Select(y => new TableRowView(
                    y,
                    null,
                    [FigureCell.Words(t.Pick("nytt i underlaget", "new in the data"))]))
                .ToList());
        Add(
            "Värden som Skolverket har ändrat",
            "Values Skolverket revised",
            ["Skola", "Läsår", "Mått", "Före → efter"],
            ["School", "School year", "Measure", "Before → after"],
            changes.Revised.Select(ValueRow).ToList());
        Add(
            "Värden som inte längre redovisas",
            "Values newly suppressed",
            ["Skola", "Läsår", "Mått", "Före → efter"],
            ["School", "School year", "Measure", "Before → after"],
            changes.NewlySuppressed.Select(ValueRow).ToList());
        Add(
            "Nya skolor",
            "Schools that opened",
            ["Skola", "Skolenhetskod", ""],
            ["School", "School unit code", ""],
            changes.Opened.Select(s => SchoolRow(s, t.Pick("ny", "new"))).ToList());
        Add(
            "Skolor som inte längre finns med",
            "Schools that closed",
            ["Skola", "Skolenhetskod", ""],
            ["School", "School unit code", ""],
            changes.Closed.Select(s => SchoolRow(s, t.Pick("borta", "gone"))).ToList());
        Add(
            "Skolor som bytt namn",
            "Schools that changed name",
            ["Skola", "Skolenhetskod", "Tidigare namn"],
            ["School", "School unit code", "Earlier name"],
            changes.Renamed.Select(r => SchoolRow(r.After, r.Before.Name)).ToList());
        Add(
            "Sammanslagna skolor",
            "Merged schools",
            ["Skola", "Skolenhetskod", "Ersatt av"],
            ["School", "School unit code", "Replaced by"],
            changes.Merged.Select(s => SchoolRow(s, Name(s.Successor!))).ToList());
        string Official(ResultValue v) => v.Number is { } n ? t.Number(n, 1) : ValueStatusCodes.Marker(v.Status);
        Add(
            "Kommunsiffror som Skolverket har reviderat (den nyare rapporten gäller)",
            "Municipality figures Skolverket revised (the newer report is used)",
            ["Kommun", "Huvudman", "Läsår", "Uppgift", "Före → efter", "Rapporter"],
            ["Municipality", "Organizer", "School year", "Item", "Before → after", "Reports"],
            dataset.OfficialRevisions.Select(r => new TableRowView(r.Later.MunicipalityName, null,
            [
                FigureCell.Words(Data.Codes.Organizer(r.Later.Organizer)),
                FigureCell.Words(r.Later.Year.Label),
                FigureCell.Words(Load.OfficialIndicators.Code(r.Later.Indicator)),
                FigureCell.Words($"{Official(r.Earlier.Value)} → {Official(r.Later.Value)}"),
                FigureCell.Words($"{r.Earlier.Publication.Label} → {r.Later.Publication.Label}"),
            ])).ToList());
        Add(
            "Ändrade beräkningsmetoder",
            "Method changes",
            ["Serie", "Före → efter"],
            ["Series", "Before → after"],
            changes.MethodChanges
                .Select(m => new TableRowView(m.Series, null, [FigureCell.Words($"{m.Before} → {m.After}")]))
                .ToList());

        var summary = changes.FirstBuild
            ? t.Pick(
                "Det här är den första publiceringen, så det finns inget att jämföra med ännu.",
                "This is the first publication, so there is nothing to compare with yet.")
            : changes.IsEmpty
                ? t.Pick(
                    "Inget har ändrats sedan förra publiceringen.",
                    "Nothing has changed since the previous publication.")
                : t.Pick(
                    $"Jämfört med förra publiceringen: {changes.NewYears.Count} nya läsår, "
                    + $"{changes.Revised.Count} ändrade värden, {changes.NewlySuppressed.Count} värden som inte längre "
                    + $"redovisas, {changes.Opened.Count} nya och {changes.Closed.Count} borttagna skolor.",
                    $"Compared with the previous publication: {changes.NewYears.Count} new school years, "
                    + $"{changes.Revised.Count} revised values, {changes.NewlySuppressed.Count} newly suppressed "
                    + $"values, {changes.Opened.Count} new and {changes.Closed.Count} removed schools.");
        var meta = new PageMeta(
            Routes.Changes(t),
            t.Pick("Vad har ändrats", "What has changed"),
            t.Pick("Vad har ändrats", "What has changed"),
            summary,
            [new LinkView(dataset.Settings.AreaName, Routes.City(t))]);
        return new ChangesPageView(meta, frame, summary, sections);
    }

    /// <summary>The Atom feed's one date: the end of the latest school year in the data, since the build writes no
    /// clock time.</summary>
    public static string FeedDate(Dataset dataset) =>
        string.Create(CultureInfo.InvariantCulture, $"{dataset.Years[^1].StartYear + 1}-06-30T00:00:00Z");
}
