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
    private decimal central;
    private decimal low;
    private decimal high;
    private decimal weightedCentral;
    private decimal weightedLow;
    private decimal weightedHigh;

    /// <param name="weighted">Keep the pupil-weighted sums too (every included entry then has a pupil count).</param>
    /// <param name="centralOnly">
    /// Keep no bounds, for a mean whose value alone is published (a year-on-year change): the bounds' sums were two
    /// thirds of the decimal arithmetic of a national build's changes. Its <see cref="Value"/> is <see cref="Mean"/>'s value.
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
        return included == 0 ? null : Divide(isWeighted, weightedCentral, central);
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
            Value: Divide(isWeighted, weightedCentral, central),
            Method: method,
            SchoolsIncluded: included,
            SchoolsTotal: count,
            PupilsIncluded: knownIncluded,
            PupilsTotal: knownTotal,
            Low: Divide(isWeighted, weightedLow, low),
            High: Divide(isWeighted, weightedHigh, high));
    }

    private readonly bool IsWeighted(MeanMethod method)
    {
        if (method == MeanMethod.PupilWeighted && !weighted)
        {
            throw new InvalidOperationException("a pupil-weighted mean from sums kept unweighted");
        }

        return method == MeanMethod.PupilWeighted;
    }

    /// <summary>One sum divided by the mean's divisor and rounded once, as every published mean is.</summary>
    private readonly decimal Divide(bool isWeighted, decimal weightedSum, decimal sum) =>
        isWeighted ? AreaMean.Round(weightedSum / pupilsIncluded) : AreaMean.Round(sum / included);
}
