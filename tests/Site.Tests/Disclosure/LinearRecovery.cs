namespace Site.Tests.Disclosure;

/// <summary>
/// What a set of published linear facts pins down. Each fact says Σ coefficient × unknown = value ± error (the error is
/// what rounding of the published figures allows). An unknown is pinned down when its unit vector lies in the span of
/// the facts; Gauss–Jordan elimination on [A | I] finds that combination, and with it the value and its error bound.
/// </summary>
public static class LinearRecovery
{
    public sealed record Fact(IReadOnlyDictionary<string, double> Coefficients, double Value, double Error);

    public sealed record Pinned(string Unknown, double Value, double Error);

    public static IReadOnlyList<Pinned> Solve(IReadOnlyList<Fact> facts)
    {
        var unknowns = facts.SelectMany(f => f.Coefficients.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var column = unknowns.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i, StringComparer.Ordinal);
        int m = facts.Count, n = unknowns.Count;
        var rows = new double[m][];
        for (var r = 0; r < m; r++)
        {
            rows[r] = new double[n + m];
            foreach (var (unknown, coefficient) in facts[r].Coefficients)
            {
                rows[r][column[unknown]] += coefficient;
            }

            rows[r][n + r] = 1;
        }

        const double Tolerance = 1e-9;
        var pivots = new List<(int Row, int Column)>();
        var next = 0;
        for (var c = 0; c < n && next < m; c++)
        {
            var best = Enumerable.Range(next, m - next).MaxBy(r => Math.Abs(rows[r][c]));
            if (Math.Abs(rows[best][c]) < Tolerance)
            {
                continue;
            }

            (rows[next], rows[best]) = (rows[best], rows[next]);
            var pivot = rows[next][c];
            for (var k = 0; k < n + m; k++)
            {
                rows[next][k] /= pivot;
            }

            for (var r = 0; r < m; r++)
            {
                if (r != next && Math.Abs(rows[r][c]) > 0)
                {
                    var factor = rows[r][c];
                    for (var k = 0; k < n + m; k++)
                    {
                        rows[r][k] -= factor * rows[next][k];
                    }
                }
            }

            pivots.Add((next, c));
            next++;
        }

        var pinned = new List<Pinned>();
        foreach (var (row, col) in pivots)
        {
            if (Enumerable.Range(0, n).Any(k => k != col && Math.Abs(rows[row][k]) > Tolerance))
            {
                continue;
            }

            double value = 0, error = 0;
            for (var r = 0; r < m; r++)
            {
                var weight = rows[row][n + r];
                value += weight * facts[r].Value;
                error += Math.Abs(weight) * facts[r].Error;
            }

            pinned.Add(new Pinned(unknowns[col], value, error));
        }

        return pinned;
    }
}
