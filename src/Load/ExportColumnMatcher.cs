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

        if (h.Contains("alla ämnen", StringComparison.Ordinal) && (h.Contains("betygskriterierna", StringComparison.Ordinal) || h.Contains("kunskapskraven", StringComparison.Ordinal)) && h.Contains("andel", StringComparison.Ordinal))
        {
            return ExportColumn.AllSubjectsPassed;
        }

        if (h.Contains("behöriga", StringComparison.Ordinal) && h.Contains("yrkesprog", StringComparison.Ordinal) && h.Contains("andel", StringComparison.Ordinal))
        {
            return ExportColumn.EligibleVocational;
        }

        if (h.Contains("meritvärde", StringComparison.Ordinal) && !h.Contains("flickor", StringComparison.Ordinal) && !h.Contains("pojkar", StringComparison.Ordinal))
        {
            return h.Contains("16 ämnen", StringComparison.Ordinal) ? ExportColumn.MeritValue16 : ExportColumn.MeritValue17;
        }

        return null;
    }

    /// <summary>Lower case, hyphens dropped, runs of white space folded, so "Skol-enhetskod" and "Skolenhetskod" agree.</summary>
    public static string Normalise(string header)
    {
        var lowered = header.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal);
        return string.Join(' ', lowered.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }
}
