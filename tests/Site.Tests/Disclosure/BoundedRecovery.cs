using Fact = Site.Tests.Disclosure.LinearRecovery.Fact;

namespace Site.Tests.Disclosure;

/// <summary>
/// What the facts pin down once every unknown's natural bounds are known: a share lies in [0, 100], a merit value in
/// [0, 340], a school behind '..' has 1–9 pupils, a '~100' share lies in the interval its pupil count allows. Each fact
/// Σ cᵢuᵢ = v ± e bounds each of its unknowns by the others' bounds; repeating that until nothing tightens (interval
/// constraint propagation) is sound: every value left inside the bounds is still possible as far as these facts go.
/// </summary>
public static class BoundedRecovery
{
    public static IReadOnlyDictionary<string, (double Low, double High)> Tighten(
        IReadOnlyList<Fact> facts,
        IReadOnlyDictionary<string, (double Low, double High)> bounds,
        int rounds = 50)
    {
        var current = new Dictionary<string, (double Low, double High)>(bounds, StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            var changed = false;
            foreach (var fact in facts.Where(f => double.IsFinite(f.Value)))
            {
                foreach (var (unknown, coefficient) in fact.Coefficients)
                {
                    if (coefficient == 0 || !current.TryGetValue(unknown, out var own))
                    {
                        continue;
                    }

                    // c·u = v ± e − Σ others: the others' extremes give u's.
                    double restLow = 0, restHigh = 0;
                    var bounded = true;
                    foreach (var (other, c) in fact.Coefficients)
                    {
                        if (other == unknown)
                        {
                            continue;
                        }

                        if (!current.TryGetValue(other, out var b))
                        {
                            bounded = false;
                            break;
                        }

                        restLow += Math.Min(c * b.Low, c * b.High);
                        restHigh += Math.Max(c * b.Low, c * b.High);
                    }

                    if (!bounded)
                    {
                        continue;
                    }

                    var (a, z) = (
                        (fact.Value - fact.Error - restHigh) / coefficient,
                        (fact.Value + fact.Error - restLow) / coefficient);
                    var (low, high) = (Math.Max(own.Low, Math.Min(a, z)), Math.Min(own.High, Math.Max(a, z)));
                    if (low > own.Low + 1e-9 || high < own.High - 1e-9)
                    {
                        current[unknown] = (low, Math.Max(low, high));
                        changed = true;
                    }
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return current;
    }
}
