using Site.Compute.Analysis;

namespace Site.Compute;

/// <summary>The plain Swedish words for the analysis' verdicts and labels.</summary>
public static class Words
{
    public static string Verdict(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Increasing => "ökar",
        TrendVerdict.Decreasing => "minskar",
        _ => "ingen tydlig förändring",
    };

    public static string Expected(ExpectedLabel label) => label switch
    {
        ExpectedLabel.ClearlyAbove => "klart över förväntat",
        ExpectedLabel.ClearlyBelow => "klart under förväntat",
        _ => "inom förväntat",
    };

    public const string GapNote = "Skillnad = områdets medelvärde minus stadens medelvärde (samma läsår och mått). Trenden avgörs av lutningen i en linjär regression över åren; ”ökar” eller ”minskar” skrivs bara när lutningens 95-procentiga konfidensintervall inte innehåller noll.";
}
