using System.Globalization;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Checks one staff, test or eligibility cell: a status that belongs to its kind, or a number in its
/// range.</summary>
public static class MetricCellParser
{
    public static ResultValue? Check(
        ResultValue? value,
        string raw,
        SchoolMetricInfo info,
        SourceRef where,
        DiagnosticBag diagnostics,
        string expected)
    {
        if (value is null)
        {
            diagnostics.Error(
                where,
                $"{info.Code} is not {expected}",
                raw,
                "write the value as Skolverket publishes it; '*' belongs to teacher figures, '~100' to shares");
            return null;
        }

        if (value.Value.Status == ValueStatus.TeachersExcluded && !info.IsStaff)
        {
            diagnostics.Error(
                where,
                $"'*' (teachers excluded) is a status of the teacher figures, not of {info.Code}",
                raw);
            return null;
        }

        if (value.Value.Status == ValueStatus.RoundedNear100 && (!info.IsShare || info.IsStaff))
        {
            diagnostics.Error(where, $"'~100' is only used for pupils' shares, not for {info.Code}", raw);
            return null;
        }

        if (value.Value.Number is { } n && (n < info.Min || n > info.Max))
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{info.Min}–{info.Max}");
            diagnostics.Error(
                where,
                $"{info.Code} must lie between {range}",
                raw,
                "check the value against Skolverket's response");
            return null;
        }

        return value;
    }
}
