using System.Globalization;
using Site.Compute;
using Site.Model;

namespace Site.Import;

/// <summary>
/// Pure: an illustrative allocation for the city's own schools, since no real per-school allocation is published.
/// Amounts rise with the need index from the lowest to the highest published amount per pupil, along a curve whose
/// exponent is chosen so that the pupil-weighted mean equals the city's published average.
/// </summary>
public static class IllustrativeAllocationPlan
{
    public const decimal MinPerPupil = 1_900m;
    public const decimal MaxPerPupil = 53_000m;
    public const decimal MeanPerPupil = 12_450m;

    public sealed record Line(string SchoolCode, decimal Index, decimal SekPerPupil, int Pupils);

    public static IReadOnlyList<Line> Build(IEnumerable<(string Code, decimal Index, int Pupils)> schools)
    {
        var list = schools.Where(s => s.Pupils > 0).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        if (list.Count < 2)
        {
            return [];
        }

        var min = list.Min(s => s.Index);
        var max = list.Max(s => s.Index);
        if (min == max)
        {
            return [];
        }

        double Share(decimal index) => (double)((index - min) / (max - min));
        double Mean(double gamma) =>
            list.Sum(s => s.Pupils * ((double)MinPerPupil + (double)(MaxPerPupil - MinPerPupil) * Math.Pow(
                Share(s.Index),
                gamma))) / list.Sum(s => s.Pupils);

        // The mean falls as the exponent grows, so bisection finds the one that hits the published average.
        double low = 0.01, high = 50;
        for (var i = 0; i < 200; i++)
        {
            var mid = (low + high) / 2;
            if (Mean(mid) > (double)MeanPerPupil)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        var gamma = (low + high) / 2;
        return list.Select(s => new Line(
            s.Code,
            Math.Round(s.Index, 1, MidpointRounding.AwayFromZero),
            Math.Round(
                (decimal)((double)MinPerPupil + (double)(MaxPerPupil - MinPerPupil) * Math.Pow(Share(s.Index), gamma)),
                0,
                MidpointRounding.AwayFromZero),
            s.Pupils)).ToList();
    }

    public static IReadOnlyList<IReadOnlyList<string>> Rows(IReadOnlyList<Line> lines, SchoolYear year) =>
        lines.Select(l => (IReadOnlyList<string>)
        [
            l.SchoolCode,
            year.Label,
            l.Index.ToString(CultureInfo.InvariantCulture),
            l.SekPerPupil.ToString(CultureInfo.InvariantCulture),
            l.Pupils.ToString(CultureInfo.InvariantCulture),
        ]).ToList();
}
