using System.Globalization;
using System.Runtime.CompilerServices;
using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute.Texts;

/// <summary>
/// One language of the site: its code, URL prefix, number format, and the words shared by many pages. Page-specific
/// words are written where they are used, both languages side by side, with <see cref="Pick"/>.
/// </summary>
public sealed class Texts
{
    public static readonly Texts Swedish = new(Language.Swedish, "sv", "sv_SE", "", new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NumberGroupSizes = [3],
        NegativeSign = "\u2212",
    });

    public static readonly Texts English = new(Language.English, "en", "en_GB", "/en", new NumberFormatInfo
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "\u2212",
    });

    private readonly NumberFormatInfo format;

    private Texts(
        Language language,
        string code,
        string locale,
        string prefix,
        NumberFormatInfo format,
        AreaWords? areas = null)
    {
        Language = language;
        Code = code;
        Locale = locale;
        Prefix = prefix;
        this.format = format;
        Areas = areas ?? AreaWords.Districts(language);
    }

    public static IReadOnlyList<Texts> All { get; } = [Swedish, English];

    /// <summary>Both languages, with the words for the site's kind of area.</summary>
    public static IReadOnlyList<Texts> For(SiteSettings settings) => settings.MunicipalitiesAsDistricts
        ? All.Select(t => new Texts(
            t.Language,
            t.Code,
            t.Locale,
            t.Prefix,
            t.format,
            AreaWords.Municipalities(t.Language, settings.For(t.Language).AreaName))).ToList()
        : All;

    /// <summary>"läsåret 2024/25" or "läsåren 2020/21–2024/25".</summary>
    public string YearSpan(string first, string last) => first == last
        ? Pick($"läsåret {last}", $"school year {last}")
        : Pick($"läsåren {first}–{last}", $"school years {first}–{last}");

    /// <summary>What the site's areas are called in this language.</summary>
    public AreaWords Areas { get; }

    public Language Language { get; }

    public string Code { get; }

    public string Locale { get; }

    /// <summary>"" for Swedish, "/en" for English: goes before every site path.</summary>
    public string Prefix { get; }

    public Texts Other => Language == Language.Swedish ? English : Swedish;

    public bool IsSwedish => Language == Language.Swedish;

    /// <summary>plotly.js's "separators": the decimal mark, then the thousands separator.</summary>
    public string ChartSeparators => IsSwedish ? ", " : ".,";

    public string Pick(string swedish, string english) => IsSwedish ? swedish : english;

    // Interpolated texts are formatted only in the language picked (PickedText); a constant text is a string.
    public string Pick(
        [InterpolatedStringHandlerArgument("")] PickedText<InSwedish> swedish,
        [InterpolatedStringHandlerArgument("")] PickedText<InEnglish> english) =>
        IsSwedish ? swedish.ToStringAndClear() : english.ToStringAndClear();

    public string Pick([InterpolatedStringHandlerArgument("")] PickedText<InSwedish> swedish, string english) =>
        IsSwedish ? swedish.ToStringAndClear() : english;

    public string Pick(string swedish, [InterpolatedStringHandlerArgument("")] PickedText<InEnglish> english) =>
        IsSwedish ? swedish : english.ToStringAndClear();

    /// <summary>A name's genitive: "Stockholms", "Stockholm's".</summary>
    public string Genitive(string name) => IsSwedish ? AreaWords.Genitive(name) : name + "'s";

    public string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(FormatStrings.Grouped(decimals), format);

    public string Integer(int value) => value.ToString("N0", format);

    public string Signed(decimal value, int decimals = 1) => (value > 0 ? "+" : "") + Number(value, decimals);

    public string MeasureLabel(Measure measure) => measure switch
    {
        Model.Measure.MeritValue => Pick("Meritvärde", "Merit value"),
        Model.Measure.AllSubjectsPassedPct => Pick("Klarat alla ämnen, %", "Passed all subjects, %"),
        _ => Pick("Behöriga till yrkesprogram, %", "Eligible for vocational programmes, %"),
    };

    public IReadOnlyList<string> MeasureLabels => MeasureInfo.All.Select(m => MeasureLabel(m.Measure)).ToList();

    /// <summary>The measure as a sentence's subject: "Meritvärdet", "The merit value".</summary>
    public string MeasureSubject(Measure measure) => measure switch
    {
        Model.Measure.MeritValue => Pick("Meritvärdet", "The merit value"),
        Model.Measure.AllSubjectsPassedPct => Pick(
            "Andelen som klarat alla ämnen",
            "The share who passed all subjects"),
        _ => Pick("Andelen behöriga till yrkesprogram", "The share eligible for vocational programmes"),
    };

    public string Points => Pick(" poäng", " points");

    public string Organizer(OrganizerType type) =>
        type == OrganizerType.Municipal ? Pick("Kommunal", "Municipal") : Pick("Fristående", "Independent");

    public string MarkerExplanation(string marker) => marker switch
    {
        ".." => Pick("färre än 10 elever – uppgiften redovisas inte", "fewer than 10 pupils – not published"),
        "." => Pick("uppgift saknas", "no data"),
        "~100" => Pick(
            "nära 100 procent – det exakta värdet redovisas inte eftersom 1–4 elever saknade det",
            "close to 100 per cent – the exact value is withheld because 1–4 pupils lacked it"),
        "*" => MetricWords.TeachersExcluded(this),
        _ => throw new ArgumentOutOfRangeException(nameof(marker), marker, null),
    };

    public string Verdict(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Increasing => Pick("ökar", "increasing"),
        TrendVerdict.Decreasing => Pick("minskar", "decreasing"),
        TrendVerdict.TooFewYears => TooFewYears,
        _ => Pick("ingen tydlig trend", "no clear trend"),
    };

    public string Expected(ExpectedLabel label) => label switch
    {
        ExpectedLabel.ClearlyAbove => Pick("klart över förväntat", "clearly above expected"),
        ExpectedLabel.ClearlyBelow => Pick("klart under förväntat", "clearly below expected"),
        // Not "within expected": with intervals this wide it is most schools, and it says nothing of the school.
        _ => Pick("kan inte skiljas från förväntat", "cannot be told apart from expected"),
    };

    /// <summary>Appended to every caption of an allocation figure while its amounts are illustrative.</summary>
    public string Illustrative(bool illustrative) =>
        illustrative ? Pick(" (illustrativa belopp)", " (illustrative amounts)") : "";

    public string Schools(int included, int total) =>
        Pick($"{included} av {total} skolor", $"{included} of {total} schools");

    public string Whole(string area) => Pick($"Hela {area}", $"All of {area}");

    public string GapNote => Pick(
        "Skillnad = områdets medelvärde minus stadens medelvärde (samma läsår och mått), båda oviktade alla år så att "
        + "åren går att jämföra; de elevviktade värdena för det senaste läsåret står överst på sidan. ”Skillnaden "
        + "minskar” eller ”ökar” skrivs bara när lutningen i en linjär regression över åren har ett 95-procentigt "
        + "konfidensintervall som inte innehåller noll.",
        "Difference = the area's mean minus the city's mean (same school year and measure), both unweighted in every "
        + "year so that the years compare; the pupil-weighted figures for the latest year are at the top of the page. "
        + "“The gap is narrowing” or “widening” is written only when the slope of a linear regression over the years "
        + "has a 95 % confidence interval that excludes zero.");

    /// <summary>A gap's verdict, saying what narrows or widens.</summary>
    public string GapVerdict(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Increasing => Pick("skillnaden ökar", "the gap is widening"),
        TrendVerdict.Decreasing => Pick("skillnaden minskar", "the gap is narrowing"),
        TrendVerdict.TooFewYears => TooFewYears,
        _ => Pick("ingen tydlig förändring av skillnaden", "no clear change in the gap"),
    };

    /// <summary>The verdict of a series with fewer than three years: a trend that cannot be computed, never "no
    /// change".</summary>
    public string TooFewYears => Pick("kan inte beräknas (för få läsår)", "cannot be computed (too few school years)");

    public string TrendNote => Pick(
        "Det senaste läsårets värde är elevviktat där skolorna har elevantal. Förändringen sedan föregående år räknas "
        + "bara på skolor med värde båda åren (antalet står i parentes). Lutningen är den genomsnittliga förändringen "
        + "per år enligt en linjär regression över de oviktade medelvärdena alla år, eftersom elevantal saknas för "
        + "tidigare år. ”Ökar” eller ”minskar” skrivs bara när lutningens 95-procentiga konfidensintervall inte "
        + "innehåller noll.",
        "The latest school year's value is pupil-weighted where the schools have pupil counts. The change since the "
        + "previous year uses only the schools with a value in both years (their number in brackets). The slope is the "
        + "average change per year from a linear regression over the unweighted means of all years, since earlier "
        + "years have no pupil counts. “Increasing” or “decreasing” is written only when the slope's 95 % confidence "
        + "interval excludes zero.");
}
