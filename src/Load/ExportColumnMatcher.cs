namespace Site.Load;

/// <summary>
/// Matches export headers by meaning. Skolverket renames columns between years and reports
/// (Kommun-kod/Kommunkod, kunskapskraven/betygskriterierna, 16/17 ämnen), so position and exact text are not reliable.
/// </summary>
public static class ExportColumnMatcher
{
    public static ExportColumn? Match(string header)
    {
        var h = Normalise(header);
        if (h is "skola" or "skolenhet" or "skolenhetsnamn")
        {
            return ExportColumn.SchoolName;
        }

        if (h.Contains("skolenhetskod", StringComparison.Ordinal))
        {
            return ExportColumn.SchoolCode;
        }

        if (h is "skolkommun" or "kommun" or "kommunnamn")
        {
            return ExportColumn.MunicipalityName;
        }

        if (h is "kommunkod" or "skolkommunkod")
        {
            return ExportColumn.MunicipalityCode;
        }

        if (h.StartsWith("typ av huvudman", StringComparison.Ordinal) || h == "huvudmannatyp")
        {
            return ExportColumn.OrganizerType;
        }

        if (h.Contains("utländsk bakgrund", StringComparison.Ordinal) && h.Contains("andel", StringComparison.Ordinal))
        {
            return ExportColumn.ForeignBackground;
        }

        if (h.Contains("eftergymnasial", StringComparison.Ordinal) && h.Contains("andel", StringComparison.Ordinal))
        {
            return ExportColumn.ParentsPostSecondary;
        }

        // Hyphens are dropped by Normalise, so "årskurs 1-9" reads "årskurs 19".
        if (h is "elever, årskurs 19" or "antal elever, årskurs 19")
        {
            return ExportColumn.PupilsGrades1To9;
        }

        if (h.Contains("socioekonomisk områdestyp", StringComparison.Ordinal))
        {
            return ExportColumn.AreaType;
        }

        if (h == "antal elever")
        {
            return ExportColumn.Pupils;
        }

        if (h.Contains("alla ämnen", StringComparison.Ordinal)
            && (h.Contains("betygskriterierna", StringComparison.Ordinal)
                || h.Contains("kunskapskraven", StringComparison.Ordinal))
            && h.Contains("andel", StringComparison.Ordinal))
        {
            return ExportColumn.AllSubjectsPassed;
        }

        if (h.Contains("behöriga", StringComparison.Ordinal)
            && h.Contains("yrkesprog", StringComparison.Ordinal)
            && h.Contains("andel", StringComparison.Ordinal))
        {
            return ExportColumn.EligibleVocational;
        }

        if (h.Contains("meritvärde", StringComparison.Ordinal)
            && !h.Contains("flickor", StringComparison.Ordinal)
            && !h.Contains("pojkar", StringComparison.Ordinal))
        {
            return h.Contains("16 ämnen", StringComparison.Ordinal)
                ? ExportColumn.MeritValue16
                : ExportColumn.MeritValue17;
        }

        return null;
    }

    /// <summary>
    /// Columns Skolverket's reports carry that the site knows and does not use (the organizer's name and number, the
    /// share of girls, pupils per grade): they are not read, and not reported as unknown either.
    /// </summary>
    public static bool IsKnownUnused(string header)
    {
        var h = Normalise(header);
        return h.Length == 0
            || h is "huvudman" or "huvudman orgnr" or "huvudmannens namn"
            || (h.Contains("andel", StringComparison.Ordinal)
                && (h.Contains("flickor", StringComparison.Ordinal) || h.Contains("pojkar", StringComparison.Ordinal)))
            || (h.StartsWith("elever, årskurs ", StringComparison.Ordinal) && h.Length <= "elever, årskurs 9".Length);
    }

    /// <summary>The names a measure column is recognised by, for an error that says what was looked for.</summary>
    public static string AcceptedNames(ExportColumn column) => column switch
    {
        ExportColumn.MeritValue17 => "'Genomsnittligt meritvärde (17 ämnen)' (or a header with 'meritvärde')",
        ExportColumn.AllSubjectsPassed => "'Andel (%) elever som uppfyllt betygskriterierna i alla ämnen' (or "
            + "'kunskapskraven' for 'betygskriterierna')",
        ExportColumn.EligibleVocational => "'Andel (%) elever behöriga till yrkesprog.' (a header with 'andel', "
            + "'behöriga' and 'yrkesprog')",
        _ => column.ToString(),
    };

    /// <summary>Lower case, hyphens dropped, runs of white space folded, so "Skol-enhetskod" and "Skolenhetskod"
    /// agree.</summary>
    public static string Normalise(string header)
    {
        var lowered = header.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
        return string.Join(' ', lowered.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }
}
