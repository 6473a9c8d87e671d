using Site.Compute.Analysis.Staff;
using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// An area's figures of the analysis as fingerprint bytes (<see cref="FingerprintWriter"/>), each field of a record in
/// its order: what <see cref="AreaAnalysisHashes"/> hashes for an area's page. A field added to one of these records
/// must be written here too, or a page that shows it could be kept when it changed (<c>DistrictViewKeysTests</c>).
/// </summary>
public static class AreaFingerprintParts
{
    public static void Mean(this FingerprintWriter bytes, AreaMean? mean)
    {
        if (!bytes.Has(mean))
        {
            return;
        }

        bytes.Number(mean!.Value);
        bytes.Int((int)mean.Method);
        bytes.Int(mean.SchoolsIncluded);
        bytes.Int(mean.SchoolsTotal);
        bytes.Optional(mean.PupilsIncluded);
        bytes.Optional(mean.PupilsTotal);
        bytes.Number(mean.Low);
        bytes.Number(mean.High);
    }

    public static void Aggregate(this FingerprintWriter bytes, Aggregate aggregate)
    {
        Key(bytes, aggregate.Organizer, aggregate.Year, aggregate.Measure);
        bytes.Mean(aggregate.Mean);
        bytes.Number(aggregate.GapToCity);
    }

    public static void Change(this FingerprintWriter bytes, YearChange change)
    {
        Key(bytes, change.Organizer, change.To, change.Measure);
        bytes.Int(change.From.StartYear);
        bytes.Int((int)change.Method);
        bytes.Int(change.Schools);
        bytes.Number(change.FromMean);
        bytes.Number(change.ToMean);
    }

    public static void Spread(this FingerprintWriter bytes, AreaSpread spread)
    {
        Key(bytes, OrganizerSplit.All, spread.Year, spread.Measure);
        if (bytes.Has(spread.Spread))
        {
            var s = spread.Spread!;
            bytes.Int(s.Schools);
            bytes.Decimal(s.Min);
            bytes.Decimal(s.LowerQuartile);
            bytes.Decimal(s.Median);
            bytes.Decimal(s.UpperQuartile);
            bytes.Decimal(s.Max);
        }
    }

    public static void Funding(this FingerprintWriter bytes, DistrictFunding funding)
    {
        bytes.Int(funding.Year.StartYear);
        bytes.Int(funding.SchoolsWithAllocation);
        bytes.Decimal(funding.MeanSekPerPupil);
        bytes.Int(funding.PupilWeighted ? 1 : 0);
        bytes.Optional(funding.Pupils);
        bytes.Number(funding.TotalSek);
        bytes.Decimal(funding.MeanIndex);
    }

    public static void Reconciliation(this FingerprintWriter bytes, Reconciliation row)
    {
        Key(bytes, row.Organizer, row.Year, row.Measure);
        bytes.Text(row.MunicipalityCode);
        var official = row.Official;
        bytes.Text(official.MunicipalityCode);
        bytes.Text(official.MunicipalityName);
        bytes.Optional((int?)official.Organizer);
        bytes.Int(official.Year.StartYear);
        bytes.Int((int)official.Indicator);
        bytes.Value(official.Value);
        bytes.Int(official.Publication.StartYear);
        bytes.Source(official.Source);
        bytes.Optional(row.OfficialPupils);
        bytes.Mean(row.Recomputed);
        bytes.Number(row.Difference);
        bytes.Optional(row.Exceeds is { } exceeds ? exceeds ? 1 : 0 : null);
    }

    public static void Staff(this FingerprintWriter bytes, MetricMean mean)
    {
        bytes.Int(mean.Year.StartYear);
        bytes.Int((int)mean.Metric);
        bytes.Mean(mean.Mean);
    }

    private static void Key(FingerprintWriter bytes, OrganizerSplit split, SchoolYear year, Measure measure)
    {
        bytes.Int((int)split);
        bytes.Int(year.StartYear);
        bytes.Int((int)measure);
    }
}
