using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Every page's frame, with the dates of the data it is built from (never a clock time: the build is
/// deterministic).</summary>
public static class FrameBuilder
{
    public static FrameView Build(Dataset dataset, Texts.Texts t) =>
        new(
            t.IsSwedish ? dataset.Settings.Title : dataset.Settings.EnglishTitle ?? dataset.Settings.Title,
            dataset.Settings.AreaName,
            dataset.Settings.BaseUrl,
            dataset.Years[0].Label,
            dataset.Years[^1].Label,
            t,
            DataDates(dataset.Sources, t),
            ChartSource(dataset, t))
        {
            Retrieved = dataset.Sources.Where(s => s.Kind is SourceKind.Api or SourceKind.Export
                && s.Retrieved is not null)
                .Select(s => s.Retrieved!).Order(StringComparer.Ordinal).LastOrDefault() is { } date
                    ? t.Pick($"hämtad {date}", $"retrieved {date}")
                    : t.Pick("hämtningsdag inte registrerad", "retrieval date not recorded"),
            StaffSource = StaffSource(dataset, t),
            MunicipalSource = MunicipalSource(dataset, t),
        };

    /// <summary>The source line of the municipality reports, for their sections and charts.</summary>
    /// <param name="report">Only this report (its name's start), for a chart that uses one.</param>
    public static string MunicipalSource(Dataset dataset, Texts.Texts t, string? report = null) =>
        SourceLine(MunicipalCredit(dataset, t, report), t);

    /// <summary>A chart's citation of the municipality reports: "data från Skolverket, Kostnader per kommun,
    /// …".</summary>
    public static string MunicipalCitation(Dataset dataset, Texts.Texts t, string? report = null) =>
        CitationOf(MunicipalCredit(dataset, t, report), t);

    /// <summary>The source line of the teacher, test and eligibility figures, for their sections and charts.</summary>
    /// <param name="year">The one school year a chart shows, where it shows one.</param>
    public static string StaffSource(Dataset dataset, Texts.Texts t, SchoolYear? year = null) =>
        SourceLine(StaffCredit(dataset, t, year), t);

    /// <summary>A chart's citation of the teacher figures: "data från Skolverkets API (statistics/gr), …".</summary>
    public static string StaffCitation(Dataset dataset, Texts.Texts t, SchoolYear? year = null) =>
        CitationOf(StaffCredit(dataset, t, year), t);

    /// <summary>The source line of Skolverket's official municipality figures (the workbook), for their
    /// chart.</summary>
    public static string OfficialSource(Dataset dataset, Texts.Texts t) => SourceLine(OfficialCredit(dataset, t), t);

    /// <summary>The official chart's citation: "data från Skolverkets kommunrapport, läsåren …, (dates)".</summary>
    public static string OfficialCitation(Dataset dataset, Texts.Texts t) => CitationOf(OfficialCredit(dataset, t), t);

    // What a source line and a citation both name: the reports, their periods and dates; empty when there are none.
    private static string MunicipalCredit(Dataset dataset, Texts.Texts t, string? report)
    {
        var sources = dataset.Sources
            .Where(s => report is null || s.ReportName.StartsWith(report, StringComparison.Ordinal))
            .ToList();
        return MunicipalDates(sources, t).ToList() is { Count: > 0 } reports
            ? "Skolverket, " + string.Join("; ", reports)
            : "";
    }

    private static string OfficialCredit(Dataset dataset, Texts.Texts t) =>
        string.Join("; ", dataset.Sources.Where(s => s.Kind == SourceKind.Official).Select(s => Entry(s, t)));

    private static string StaffCredit(Dataset dataset, Texts.Texts t, SchoolYear? year) =>
        dataset.Sources.Where(s => s.Kind == SourceKind.Staff).ToList() is { Count: > 0 } staff
            ? t.Pick("Skolverkets API (statistics/gr), ", "Skolverket's API (statistics/gr), ")
                + string.Join(
                    "; ",
                    staff.Select(s =>
                        $"{(year is { } y ? t.YearSpan(y.Label, y.Label) : YearSpan(s.Years, t))} ({Dates(s, t)})"))
            : "";

    private static string SourceLine(string credit, Texts.Texts t) =>
        credit.Length == 0 ? "" : t.Pick("Källa: ", "Source: ") + credit + ".";

    private static string CitationOf(string credit, Texts.Texts t) => t.Pick("data från ", "data from ") + credit;

    public static string Label(SourceKind kind, Texts.Texts t) => kind switch
    {
        SourceKind.Api => t.Pick("Skolverkets API", "Skolverket's API"),
        SourceKind.Background => t.Pick(
            "Skolverkets export om elevernas bakgrund",
            "Skolverket's export of the pupils' background"),
        SourceKind.Official => t.Pick("Skolverkets kommunrapport", "Skolverket's municipality report"),
        SourceKind.Staff => t.Pick(
            "Skolverkets API (lärare, nationella prov)",
            "Skolverket's API (teachers, national tests)"),
        SourceKind.Municipal => t.Pick("Skolverkets kommunstatistik", "Skolverket's municipality statistics"),
        _ => t.Pick("Skolverkets export av slutbetygen", "Skolverket's export of the final grades"),
    };

    /// <summary>What a source file is, exactly: Skolverket's own file, or the site's conversion of Skolverket's
    /// responses.</summary>
    public static string What(SourceKind kind, Texts.Texts t) => kind switch
    {
        SourceKind.Api => t.Pick(
            "Webbplatsens egen omvandling (med kommandot import) av svaren från Skolverkets API, "
            + "https://api.skolverket.se/planned-educations/v4/school-units/{kod}/statistics/gr; svaren och deras "
            + "adresser finns i data/sources/skolverket-api/.",
            "The site's own conversion (with the import command) of the responses of Skolverket's API, "
            + "https://api.skolverket.se/planned-educations/v4/school-units/{code}/statistics/gr; the responses and "
            + "their addresses are in data/sources/skolverket-api/."),
        SourceKind.Staff => t.Pick(
            "Webbplatsens egen omvandling (med kommandot import) av lärar-, prov- och behörighetsserierna i samma "
            + "API-svar (statistics/gr); svaren finns i data/sources/skolverket-api/.",
            "The site's own conversion (with the import command) of the teacher, test and eligibility series of the "
            + "same API responses (statistics/gr); the responses are in data/sources/skolverket-api/."),
        SourceKind.Municipal => t.Pick(
            "Skolverkets export från Sök statistik på kommunnivå, oförändrad.",
            "Skolverket's municipality-level export from Sök statistik, unchanged."),
        SourceKind.Background => t.Pick(
            "Skolverkets export ”Antal elever per årskurs” från Sök statistik, oförändrad.",
            "Skolverket's export “Antal elever per årskurs” from Sök statistik, unchanged."),
        SourceKind.Official => t.Pick(
            "Skolverkets rapport ”Jämförelse av betygsresultat över tid” på kommunnivå (Excel), oförändrad.",
            "Skolverket's report “Jämförelse av betygsresultat över tid” at municipality level (Excel), unchanged."),
        _ => t.Pick(
            "Skolverkets export från Sök statistik, oförändrad; kan laddas ned från Skolverket.",
            "Skolverket's export from Sök statistik, unchanged; can be downloaded from Skolverket."),
    };

    /// <summary>"publicerad 2025-09-30, hämtad 2026-01-11", saying plainly which date is not recorded.</summary>
    public static string Dates(SourceFile source, Texts.Texts t)
    {
        var retrieved = source.Retrieved is { } r
            ? t.Pick($"hämtad {r}", $"retrieved {r}")
            : t.Pick("hämtningsdag inte registrerad", "retrieval date not recorded");
        if (source.Kind is SourceKind.Api or SourceKind.Staff)
        {
            return retrieved;
        }

        var published = source.Published is { } p
            ? t.Pick($"publicerad {p}", $"published {p}")
            : t.Pick("publiceringsdag inte registrerad", "publication date not recorded");
        return $"{published}, {retrieved}";
    }

    private static string DataDates(IReadOnlyList<SourceFile> sources, Texts.Texts t) =>
        t.Pick("Data: ", "Data: ") + string.Join("; ", sources
            .Where(s => s.Kind != SourceKind.Municipal)
            .OrderBy(s => s.Kind)
            .Select(s => Entry(s, t))
            .Concat(MunicipalDates(sources, t))) + ".";

    /// <summary>"Skolverkets kommunrapport, läsåren 2015/16–2024/25 (publicerad …, hämtad …)": one source
    /// file.</summary>
    private static string Entry(SourceFile source, Texts.Texts t) =>
        $"{Label(source.Kind, t)}, {YearSpan(source.Years, t)} ({Dates(source, t)})";

    /// <summary>The municipality reports, one entry per report with its periods: a file a year would fill the
    /// footer.</summary>
    private static IEnumerable<string> MunicipalDates(IReadOnlyList<SourceFile> sources, Texts.Texts t) =>
        sources.Where(s => s.Kind == SourceKind.Municipal)
            .GroupBy(s => s.ReportName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key.Replace("Grundskola - ", "", StringComparison.Ordinal)}, "
                + $"{Periods(g.ToList(), t)} ({string.Join(", ", g.Select(s => Dates(s, t)).Distinct())})");

    private static string Periods(IReadOnlyList<SourceFile> files, Texts.Texts t)
    {
        var years = files.SelectMany(f => f.Years).Order().ToList();
        return years.Count > 0
            ? YearSpan(years, t)
            : t.Pick(
                "kalenderåret",
                "the calendar year") + " " + string.Join(
                    ", ",
                    files.Select(f => Path.GetFileNameWithoutExtension(
                        f.Path).Split(' ').Reverse().Skip(1).FirstOrDefault()
                        ?? ""));
    }

    private static string ChartSource(Dataset dataset, Texts.Texts t)
    {
        var results = dataset.Sources
            .Where(s => s.Kind is SourceKind.Export or SourceKind.Api)
            .OrderBy(s => s.Kind)
            .ToList();
        return t.Pick(
            "Källa: Skolverket, ",
            "Source: Skolverket, ") + t.YearSpan(dataset.Years[0].Label, dataset.Years[^1].Label)
            + (results.Count == 0
                ? ""
                : " (" + string.Join(
                    "; ",
                    results.Select(s =>
                        $"{(s.Kind == SourceKind.Api ? "API" : "export")} {YearSpan(s.Years, t)}: {Dates(s, t)}"))
                    + ")")
            + ".";
    }

    private static string YearSpan(IReadOnlyList<SchoolYear> years, Texts.Texts t) =>
        years.Count == 0 ? "" : t.YearSpan(years[0].Label, years[^1].Label);
}
