using System.Globalization;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Checks one result cell: a marker, or a number inside the measure's range.</summary>
public static class ResultCellParser
{
    public static ResultValue? Parse(
        ReadOnlySpan<char> raw, Measure measure, SourceRef where, DiagnosticBag diagnostics)
    {
        var value = SwedishNumberParser.ParseCell(raw);
        return Check(
            value,
            raw,
            measure,
            where,
            diagnostics,
            "a number with decimal comma (245,9) or one of Skolverket's markers '..', '.', '~100'");
    }

    /// <summary>A pupil count: a whole number (space as thousands separator allowed) or '..' / '.'.</summary>
    public static ResultValue? PupilCount(ReadOnlySpan<char> raw, SourceRef where, DiagnosticBag diagnostics)
    {
        var value = SwedishNumberParser.ParseCell(raw);
        if (value is null
            || value.Value.Status == ValueStatus.RoundedNear100
            || (value.Value.Number is { } n && (n < 0 || n % 1 != 0)))
        {
            diagnostics.Error(where, "a pupil count must be a whole number or a marker ('..', '.')", raw.ToString());
            return null;
        }

        return value;
    }

    /// <summary>Shared by the export and tidy readers, which differ only in how a number is written.</summary>
    public static ResultValue? Check(
        ResultValue? value,
        ReadOnlySpan<char> raw,
        Measure measure,
        SourceRef where,
        DiagnosticBag diagnostics,
        string expected)
    {
        var info = MeasureInfo.Of(measure);
        if (value is null)
        {
            diagnostics.Error(
                where, $"{info.Code} is not {expected}", raw.ToString(), "write the value as Skolverket publishes it");
            return null;
        }

        if (value.Value.Status == ValueStatus.RoundedNear100 && info.Max != 100m)
        {
            diagnostics.Error(where, $"'~100' is only used for shares, not for {info.Code}", raw.ToString());
            return null;
        }

        if (value.Value.Number is { } n && (n < info.Min || n > info.Max))
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{info.Min}–{info.Max}");
            diagnostics.Error(
                where,
                $"{info.Code} must lie between {range}",
                raw.ToString(),
                "check the cell against Skolverket's published file");
            return null;
        }

        return value;
    }
}
