using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// The three answers at the top of a school page, from the figures the page shows further down: this year against the
/// district and the city (the same unweighted means as the comparison chart), the trend (the same verdict as its table)
/// and what the intake predicts.
/// </summary>
public static class SchoolAnswersBuilder
{
    public static IReadOnlyList<AnswerView> Build(Dataset dataset, School school, AnalysisIndex index, Texts.Texts t)
    {
        var results = dataset.ResultsOf(school.Code);
        var years = dataset.YearsOf(school.Code);
        var merit = years
            .Select(y => (Year: y, Value: dataset.ResultOf(school.Code, y, Measure.MeritValue)?.Value.Number))
            .ToList();
        var verdict = index.SchoolTrend(school.Code, Measure.MeritValue)?.Trend.Verdict ?? TrendVerdict.TooFewYears;
        return
        [
            new AnswerView(t.Pick("I år", "This year"), ThisYear(dataset, school, index, t)),
            new AnswerView(
                t.Pick("Över tid", "Over time"),
                Summaries.Change(
                    t,
                    t.MeasureSubject(Measure.MeritValue),
                    merit,
                    verdict) + EarlierYearsMissing(dataset, years, results, t)),
            new AnswerView(
                t.Pick("Jämfört med elevernas bakgrund", "Against the pupils' background"),
                Expected(dataset, school, years, index, t),
                new LinkView(
                    t.Pick("Så räknar vi det förväntade", "How the expected value is computed"),
                    Routes.Content(t, "metod") + "#" + ExpectedAnchor(t))),
        ];
    }

    /// <summary>
    /// " Läsåren 2020/21–2023/24 saknas …" where the site has school years before the school's first: a reader must not
    /// take a short series for the school's whole history. Where the site has an API history and none of the school's
    /// values come from it, that is the reason, and the sentence says so.
    /// </summary>
    public static string EarlierYearsMissing(
        Dataset dataset,
        IReadOnlyList<SchoolYear> years,
        IReadOnlyList<SchoolResult> results,
        Texts.Texts t)
    {
        var missing = dataset.Years.Where(y => years.Count == 0 || y < years[0]).ToList();
        if (missing.Count == 0)
        {
            return "";
        }

        var span = t.YearSpan(missing[0].Label, missing[^1].Label);
        var api = dataset.Sources
            .Where(s => s.Kind == SourceKind.Api)
            .Select(s => s.Path)
            .ToHashSet(StringComparer.Ordinal);
        var noApi = api.Count > 0 && !results.Any(r => r.Sources.Any(s => api.Contains(s.File)));
        return noApi
            ? t.Pick(
                $" Tidigare läsår saknas: Skolverkets API-svar för skolan finns inte i underlaget, så inget visas för "
                + $"{span}.",
                $" Earlier years are missing: Skolverket's API response for the school is not in the data, so nothing "
                + $"is shown for {span}.")
            : t.Pick(
                $" Skolan har inga värden för {span} i underlaget.",
                $" The school has no values for {span} in the data.");
    }

    /// <summary>The anchor of the plain-language section of the method page (Markdig's id for its heading).</summary>
    public static string ExpectedAnchor(Texts.Texts t) => t.Pick("förväntat-i-klartext", "expected-in-plain-words");

    private static string ThisYear(Dataset dataset, School school, AnalysisIndex index, Texts.Texts t)
    {
        var latest = dataset.Years[^1];
        var area = dataset.Settings.AreaName;
        var value = dataset.ResultOf(school.Code, latest, Measure.MeritValue)?.Value;
        if (value?.Number is not { } number)
        {
            return CellView.From(value).Marker is { } marker
                ? t.Pick(
                    $"Läsåret {latest.Label} redovisar Skolverket inget meritvärde för skolan (”{marker}”: "
                    + $"{t.MarkerExplanation(marker)}).",
                    $"In {latest.Label} Skolverket publishes no merit value for the school (“{marker}”: "
                    + $"{t.MarkerExplanation(marker)}).")
                : t.Pick(
                    $"Skolan har inget meritvärde för läsåret {latest.Label}.",
                    $"The school has no merit value for {latest.Label}.");
        }

        var city = index.Unweighted(dataset.Whole, latest, Measure.MeritValue).Mean.Value;
        var district = school.District is { } d
            ? (d.Name, Value: index.Unweighted(dataset.AreaOf(d), latest, Measure.MeritValue).Mean.Value)
            : default;
        var others = new List<string>();
        if (district.Value is { } dv)
        {
            others.Add(
                t.Pick(
                    $"{t.Number(dv, 1)} för skolorna i {district.Name}",
                    $"{t.Number(dv, 1)} for the schools in {district.Name}"));
        }

        if (city is { } cv)
        {
            others.Add(
                t.Pick(
                    $"{t.Number(cv, 1)} för skolorna i hela {area}",
                    $"{t.Number(cv, 1)} for the schools in all of {area}"));
        }

        return others.Count == 0
            ? t.Pick(
                $"Läsåret {latest.Label} var meritvärdet {t.Number(number, 1)}.",
                $"In {latest.Label} the merit value was {t.Number(number, 1)}.")
            : t.Pick(
                $"Läsåret {latest.Label} var meritvärdet {t.Number(number, 1)}, jämfört med "
                + $"{string.Join(" och ", others)} (skolornas medelvärden).",
                $"In {latest.Label} the merit value was {t.Number(number, 1)}, against "
                + $"{string.Join(" and ", others)} (the schools' means).");
    }

    private static string Expected(
        Dataset dataset,
        School school,
        IReadOnlyList<SchoolYear> years,
        AnalysisIndex index,
        Texts.Texts t)
    {
        var latest = years.LastOrDefault(y => index.Expected(school.Code, y, Measure.MeritValue) is not null);
        if (index.Expected(school.Code, latest, Measure.MeritValue) is not { } e)
        {
            return t.Pick(
                "Vad elevernas bakgrund förutsäger kan inte räknas ut för skolan: Skolverket redovisar inte både "
                + "meritvärdet och elevernas bakgrund för den.",
                "What the pupils' background predicts cannot be computed for the school: Skolverket does not publish "
                + "both its merit value and its pupils' background.");
        }

        var plain = t.Pick(
            $"Skolor med elever med liknande bakgrund fick i genomsnitt {t.Number(e.Expected, 1)} i meritvärde läsåret "
            + $"{latest.Label}; {school.Name} fick {t.Number(e.Actual, 1)}.",
            $"Schools whose pupils have a similar background got {t.Number(e.Expected, 1)} on average in merit value "
            + $"in {latest.Label}; {school.Name} got {t.Number(e.Actual, 1)}.");
        var within = index.ExpectedCount(latest, Measure.MeritValue, ExpectedLabel.WithinExpected);
        var total = index.ExpectedTotal(latest, Measure.MeritValue);
        var verdict = e.Label switch
        {
            ExpectedLabel.ClearlyAbove => t.Pick(
                $"Skillnaden, {t.Signed(e.Residual)} poäng, är större än beräkningens osäkerhet "
                + $"(±{t.Number(e.HalfWidth, 1)}): skolan ligger klart över det förväntade.",
                $"The difference, {t.Signed(e.Residual)} points, is larger than the computation's uncertainty "
                + $"(±{t.Number(e.HalfWidth, 1)}): the school is clearly above what is expected."),
            ExpectedLabel.ClearlyBelow => t.Pick(
                $"Skillnaden, {t.Signed(e.Residual)} poäng, är större än beräkningens osäkerhet "
                + $"(±{t.Number(e.HalfWidth, 1)}): skolan ligger klart under det förväntade.",
                $"The difference, {t.Signed(e.Residual)} points, is larger than the computation's uncertainty "
                + $"(±{t.Number(e.HalfWidth, 1)}): the school is clearly below what is expected."),
            _ => t.Pick(
                $"Skillnaden, {t.Signed(e.Residual)} poäng, är mindre än beräkningens osäkerhet "
                + $"(±{t.Number(e.HalfWidth, 1)}), så den säger inte om skolan gör bättre eller sämre ifrån sig än "
                + $"väntat; så är det för {within} av {t.Areas.OfWhole} {total} skolor.",
                $"The difference, {t.Signed(e.Residual)} points, is smaller than the computation's uncertainty "
                + $"(±{t.Number(e.HalfWidth, 1)}), so it does not tell whether the school does better or worse than "
                + $"expected; that is so for {within} of {t.Areas.OfWhole} {total} schools."),
        };
        return plain + " " + verdict;
    }
}
