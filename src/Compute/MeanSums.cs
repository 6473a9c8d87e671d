namespace Site.Compute;

/// <summary>
/// The running sums of one area's mean, fed entry by entry: a year's entries are read once and each is added to the
/// city's sums and its district's, where every district's mean read the year's entries again (and each method once
/// more). Both methods come from the same sums: the pupil-weighted sums are kept when <c>weighted</c> is asked for.
/// The mean is <see cref="Means.Mean"/>'s: the same sums in the same order, divided and rounded once.
/// </summary>
public struct MeanSums
{
    private readonly bool weighted;
    private readonly bool centralOnly;
    private int count;
    private int included;
    private int pupilsIncluded;
    private int pupilsTotal;
    private bool pupilsKnown;

    // The sums in tenths, exact in whole numbers while every number added has at most one decimal (Skolverket publishes
    // its figures so, and the bounds of a '~100' are rounded so): decimal arithmetic was most of the national analysis'
    // time. Each sum's scale is the largest scale of the numbers added to it, as a decimal sum's is, so that the mean
    // divided from it is the very decimal a decimal sum gives (400 and 400.0 print differently).
    private long centralTenths;
    private long lowTenths;
    private long highTenths;
    private long weightedCentralTenths;
    private long weightedLowTenths;
    private long weightedHighTenths;
    private byte centralScale;
    private byte lowScale;
    private byte highScale;

    // The sums as decimals, from the first number with more decimals on (or too large for tenths).
    private bool asDecimals;
    private decimal central;
    private decimal low;
    private decimal high;
    private decimal weightedCentral;
    private decimal weightedLow;
    private decimal weightedHigh;

    /// <param name="weighted">Keep the pupil-weighted sums too (every included entry then has a pupil count).</param>
    /// <param name="centralOnly">
    /// Keep no bounds, for a mean whose value alone is published (a year-on-year change): the bounds' sums were two
    /// thirds of the decimal arithmetic of a national build's changes. Its <see cref="Value"/> is <see cref="Mean"/>'s
    /// value.
    /// </param>
    public MeanSums(bool weighted, bool centralOnly = false)
    {
        this.weighted = weighted;
        this.centralOnly = centralOnly;
    }

    /// <summary>How many entries were added: the schools the mean was taken over, with a value or not.</summary>
    public readonly int Count => count;

    public void Add(MeanEntry entry)
    {
        count++;
        if (entry.Pupils is { } pupils)
        {
            pupilsKnown = true;
            pupilsTotal += pupils;
        }

        if (entry.Input is not { } input)
        {
            return;
        }

        included++;
        pupilsIncluded += entry.Pupils ?? 0;
        if (!asDecimals && AddTenths(input, weighted ? entry.Pupils!.Value : 0))
        {
            return;
        }

        if (!asDecimals)
        {
            ToDecimals();
        }

        central += input.Central;
        if (weighted)
        {
            weightedCentral += input.Central * entry.Pupils!.Value;
        }

        if (centralOnly)
        {
            return;
        }

        low += input.Low;
        high += input.High;
        if (weighted)
        {
            var weight = entry.Pupils!.Value;
            weightedLow += input.Low * weight;
            weightedHigh += input.High * weight;
        }
    }

    /// <summary>The mean's value alone, as <see cref="Mean"/> gives it: null when no entry had a number.</summary>
    public readonly decimal? Value(MeanMethod method)
    {
        var isWeighted = IsWeighted(method);
        return included == 0 ? null : CentralMean(isWeighted);
    }

    public readonly AreaMean Mean(MeanMethod method)
    {
        if (centralOnly)
        {
            throw new InvalidOperationException("a mean with bounds from sums kept without them");
        }

        var isWeighted = IsWeighted(method);
        int? knownIncluded = pupilsKnown ? pupilsIncluded : null;
        int? knownTotal = pupilsKnown ? pupilsTotal : null;
        if (included == 0)
        {
            return new AreaMean(null, method, 0, count, knownIncluded, knownTotal);
        }

        return new AreaMean(
            Value: CentralMean(isWeighted),
            Method: method,
            SchoolsIncluded: included,
            SchoolsTotal: count,
            PupilsIncluded: knownIncluded,
            PupilsTotal: knownTotal,
            Low: Divide(isWeighted, Sum(weightedLowTenths, lowScale, weightedLow), Sum(lowTenths, lowScale, low)),
            High: Divide(
                isWeighted, Sum(weightedHighTenths, highScale, weightedHigh), Sum(highTenths, highScale, high)));
    }

    private readonly bool IsWeighted(MeanMethod method)
    {
        if (method == MeanMethod.PupilWeighted && !weighted)
        {
            throw new InvalidOperationException("a pupil-weighted mean from sums kept unweighted");
        }

        return method == MeanMethod.PupilWeighted;
    }

    /// <summary>Adds the input to the sums in tenths; false, adding nothing, when one of its numbers has more
    /// decimals.</summary>
    private bool AddTenths(MeanInput input, int pupils)
    {
        long lowAdded = 0, highAdded = 0;
        byte lowAt = 0, highAt = 0;
        if (!Tenths(input.Central, out var centralAdded, out var centralAt)
            || (!centralOnly
                && !(Tenths(input.Low, out lowAdded, out lowAt) && Tenths(input.High, out highAdded, out highAt))))
        {
            return false;
        }

        centralTenths += centralAdded;
        centralScale = Math.Max(centralScale, centralAt);
        if (weighted)
        {
            weightedCentralTenths += centralAdded * pupils;
        }

        if (centralOnly)
        {
            return true;
        }

        (lowTenths, highTenths) = (lowTenths + lowAdded, highTenths + highAdded);
        (lowScale, highScale) = (Math.Max(lowScale, lowAt), Math.Max(highScale, highAt));
        if (weighted)
        {
            weightedLowTenths += lowAdded * pupils;
            weightedHighTenths += highAdded * pupils;
        }

        return true;
    }

    /// <summary>The sums so far as decimals, which every later number is added to.</summary>
    private void ToDecimals()
    {
        asDecimals = true;
        central = Decimal(centralTenths, centralScale);
        weightedCentral = Decimal(weightedCentralTenths, centralScale);
        (low, weightedLow) = (Decimal(lowTenths, lowScale), Decimal(weightedLowTenths, lowScale));
        (high, weightedHigh) = (Decimal(highTenths, highScale), Decimal(weightedHighTenths, highScale));
    }

    private readonly decimal Sum(long tenths, byte scale, decimal sum) => asDecimals ? sum : Decimal(tenths, scale);

    private readonly decimal CentralMean(bool isWeighted) => Divide(
        isWeighted,
        Sum(weightedCentralTenths, centralScale, weightedCentral),
        Sum(centralTenths, centralScale, central));

    /// <summary>
    /// A number in tenths, and its scale (0 or 1); false for a number with more decimals, or too large to sum in tenths
    /// (a million pupils of the largest number kept far from a long's limit).
    /// </summary>
    private static bool Tenths(decimal value, out long tenths, out byte scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (byte)((bits[3] >> 16) & 0xFF);
        if (bits[2] != 0 || bits[1] != 0 || scale > 1)
        {
            tenths = 0;
            return false;
        }

        var whole = (long)(uint)bits[0];
        tenths = (scale == 0 ? whole * 10 : whole) * (bits[3] < 0 ? -1 : 1);
        return true;
    }

    /// <summary>Tenths as the decimal that a sum of decimals of this scale is: 4000 tenths are 400 at scale 0, 400.0 at
    /// scale 1.</summary>
    private static decimal Decimal(long tenths, byte scale) =>
        scale == 0
            ? tenths / 10
            : new decimal((int)(Math.Abs(tenths) & 0xFFFFFFFF), (int)(Math.Abs(tenths) >> 32), 0, tenths < 0, 1);

    /// <summary>One sum divided by the mean's divisor and rounded once, as every published mean is.</summary>
    private readonly decimal Divide(bool isWeighted, decimal weightedSum, decimal sum) =>
        isWeighted ? AreaMean.Round(weightedSum / pupilsIncluded) : AreaMean.Round(sum / included);
}
