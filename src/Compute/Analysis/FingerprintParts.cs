using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The model's rows and the analysis' records as a fingerprint writes them: every field, a count before a list and a
/// flag before what may be missing, so that no two different rows write the same bytes. What a part of the analysis
/// read (<see cref="AnalysisInputs"/>) and what a school's page is built from (<see cref="SchoolViewKeys"/>) are
/// written with them.
/// </summary>
public static class FingerprintParts
{
    /// <summary>A value: its status, then its number (0 for none).</summary>
    public static void Value(this FingerprintWriter bytes, ResultValue value)
    {
        bytes.Int((int)value.Status);
        bytes.Decimal(value.Number ?? 0m);
    }

    /// <summary>A value that may be missing (a school with no row): a flag, then the value.</summary>
    public static void Value(this FingerprintWriter bytes, ResultValue? value)
    {
        bytes.Int(value is null ? 0 : 1);
        bytes.Value(value ?? default);
    }

    /// <summary>A number that may be missing: a flag, then the number.</summary>
    public static void Number(this FingerprintWriter bytes, decimal? value)
    {
        bytes.Int(value is null ? 0 : 1);
        bytes.Decimal(value ?? 0m);
    }

    /// <summary>A coordinate that may be missing: a flag, then its bits (any double, NaN too, which a decimal is
    /// not).</summary>
    public static void Number(this FingerprintWriter bytes, double? value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value ?? 0);
        bytes.Int(value is null ? 0 : 1);
        bytes.Int((int)bits);
        bytes.Int((int)(bits >> 32));
    }

    /// <summary>A count that may be missing (int.MinValue for none).</summary>
    public static void Optional(this FingerprintWriter bytes, int? value) => bytes.Int(value ?? int.MinValue);

    /// <summary>A text that may be missing, which is not "".</summary>
    public static void OptionalText(this FingerprintWriter bytes, string? text)
    {
        bytes.Int(text is null ? 0 : 1);
        bytes.Text(text ?? "");
    }

    /// <summary>Whether a part is there (1) or not (0); true when it is, so that the caller writes it.</summary>
    public static bool Has(this FingerprintWriter bytes, object? part)
    {
        bytes.Int(part is null ? 0 : 1);
        return part is not null;
    }

    /// <summary>A list: its count, then each item.</summary>
    public static void List<T>(this FingerprintWriter bytes, IReadOnlyList<T> items, Action<FingerprintWriter, T> write)
    {
        bytes.Int(items.Count);
        foreach (var item in items)
        {
            write(bytes, item);
        }
    }

    public static void Source(this FingerprintWriter bytes, SourceRef source)
    {
        bytes.Text(source.File);
        bytes.Int(source.Line);
        bytes.Int(source.Column);
    }

    public static void Result(this FingerprintWriter bytes, SchoolResult result)
    {
        bytes.Int(result.Year.StartYear);
        bytes.Int((int)result.Measure);
        bytes.Value(result.Value);
        bytes.Source(result.Source);
        bytes.Int(result.More?.Length ?? -1);
        foreach (var more in result.More ?? [])
        {
            bytes.Source(more);
        }
    }

    public static void Pupils(this FingerprintWriter bytes, PupilCount count)
    {
        bytes.Int(count.Year.StartYear);
        bytes.Value(count.Count);
        bytes.Source(count.Source);
    }

    public static void Trend(this FingerprintWriter bytes, SeriesTrend? series)
    {
        if (!bytes.Has(series))
        {
            return;
        }

        bytes.Int((int)series!.Level);
        bytes.Text(series.Area);
        bytes.Int((int)series.Organizer);
        bytes.Int((int)series.Measure);
        bytes.Int((int)series.Quantity);
        bytes.Int((int)series.Method);
        bytes.Optional((int?)series.GapVerdict);
        var trend = series.Trend;
        bytes.Int(trend.Points);
        bytes.Optional(trend.First?.StartYear);
        bytes.Optional(trend.Last?.StartYear);
        bytes.Number(trend.Slope);
        bytes.Number(trend.StandardError);
        bytes.Number(trend.TCritical);
        bytes.Number(trend.SlopeLow);
        bytes.Number(trend.SlopeHigh);
        bytes.Int((int)trend.Verdict);
    }

    public static void Expected(this FingerprintWriter bytes, ExpectedResult? result)
    {
        if (!bytes.Has(result))
        {
            return;
        }

        bytes.Text(result!.SchoolCode);
        bytes.Int(result.Year.StartYear);
        bytes.Int((int)result.Measure);
        bytes.Decimal(result.Actual);
        bytes.Decimal(result.Expected);
        bytes.Decimal(result.VarianceFactor);
        bytes.Decimal(result.HalfWidth);
        bytes.Int((int)result.Method);
        bytes.Optional(result.Pupils);
    }

    public static void Background(this FingerprintWriter bytes, BackgroundRow? row)
    {
        if (!bytes.Has(row))
        {
            return;
        }

        bytes.Text(row!.SchoolCode);
        bytes.Text(row.MunicipalityCode);
        bytes.Int(row.Year.StartYear);
        bytes.Value(row.ForeignBackgroundPct);
        bytes.Value(row.ParentsPostSecondaryPct);
        bytes.Value(row.Pupils);
        bytes.Text(row.AreaType);
        bytes.Source(row.Source);
    }

    public static void Allocation(this FingerprintWriter bytes, AllocationRow row)
    {
        bytes.Text(row.SchoolCode);
        bytes.Int(row.Year.StartYear);
        bytes.Decimal(row.SocioeconomicIndex);
        bytes.Decimal(row.SekPerPupil);
        bytes.Optional(row.Pupils);
        bytes.Source(row.Source);
    }

    public static void Metric(this FingerprintWriter bytes, MetricRow row)
    {
        bytes.Text(row.SchoolCode);
        bytes.Int(row.Year.StartYear);
        bytes.Int((int)row.Metric);
        bytes.Value(row.Value);
        bytes.Source(row.Source);
    }

    public static void Gradient(this FingerprintWriter bytes, NeedGradient? fit)
    {
        if (!bytes.Has(fit))
        {
            return;
        }

        bytes.Int(fit!.Year.StartYear);
        bytes.Int((int)fit.Measure);
        bytes.Int(fit.Schools);
        bytes.Decimal(fit.Intercept);
        bytes.Decimal(fit.Slope);
        bytes.Decimal(fit.LowIndex);
        bytes.Decimal(fit.HighIndex);
    }
}
