namespace Site.Compute.Analysis;

/// <summary>Two-sided 95 % critical values of Student's t distribution, from the standard table.</summary>
public static class StudentT
{
    private static readonly double[] Table =
    [
        12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
        2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
        2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
    ];

    /// <summary>t such that P(|T| ≤ t) = 0.95 with the given degrees of freedom (beyond 30, a Cornish–Fisher expansion,
    /// good to 1e-4).</summary>
    public static double Critical95(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (degreesOfFreedom <= Table.Length)
        {
            return Table[degreesOfFreedom - 1];
        }

        const double z = 1.959964;
        double n = degreesOfFreedom;
        return z + (Math.Pow(z, 3) + z) / (4 * n) + (5 * Math.Pow(z, 5) + 16 * Math.Pow(z, 3) + 3 * z) / (96 * n * n);
    }
}
