using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>Allocation per pupil by district and for the city, per school year that has allocation rows.</summary>
public static class Funding
{
    public static IReadOnlyList<DistrictFunding> Compute(Dataset dataset)
    {
        var years = dataset.AllocationsBySchool.Values
            .SelectMany(r => r)
            .Select(r => r.Year)
            .Distinct()
            .Order()
            .ToList();
        var result = new List<DistrictFunding>();
        foreach (var year in years)
        {
            var all = dataset.Schools.Select(s => dataset.AllocationOf(s.Code, year)).OfType<AllocationRow>().ToList();
            if (Of(dataset.Whole, year, all) is { } city)
            {
                result.Add(city);
            }

            foreach (var district in dataset.Districts)
            {
                var rows = dataset
                    .SchoolsIn(district)
                    .Select(s => dataset.AllocationOf(s.Code, year))
                    .OfType<AllocationRow>()
                    .ToList();
                if (Of(dataset.AreaOf(district), year, rows) is { } funding)
                {
                    result.Add(funding);
                }
            }
        }

        return result;
    }

    public static DistrictFunding? Of(Area area, SchoolYear year, IReadOnlyList<AllocationRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var weighted = rows.All(r => r.Pupils is > 0);
        if (weighted)
        {
            var pupils = rows.Sum(r => r.Pupils!.Value);
            var total = rows.Sum(r => r.SekPerPupil * r.Pupils!.Value);
            var index = rows.Sum(r => r.SocioeconomicIndex * r.Pupils!.Value) / pupils;
            // Rounded once, as published: kronor to the krona, the index to one decimal.
            return new DistrictFunding(
                Area: area,
                Year: year,
                SchoolsWithAllocation: rows.Count,
                MeanSekPerPupil: Math.Round(total / pupils, 0, MidpointRounding.AwayFromZero),
                PupilWeighted: true,
                Pupils: pupils,
                TotalSek: total,
                MeanIndex: Math.Round(index, 1, MidpointRounding.AwayFromZero));
        }

        return new DistrictFunding(
            Area: area,
            Year: year,
            SchoolsWithAllocation: rows.Count,
            MeanSekPerPupil: Math.Round(rows.Average(r => r.SekPerPupil), 0, MidpointRounding.AwayFromZero),
            PupilWeighted: false,
            Pupils: null,
            TotalSek: null,
            MeanIndex: Math.Round(rows.Average(r => r.SocioeconomicIndex), 1, MidpointRounding.AwayFromZero));
    }
}
