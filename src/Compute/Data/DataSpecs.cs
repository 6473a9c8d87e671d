namespace Site.Compute.Data;

/// <summary>Every file under /data/, in the order the downloads page lists them; each is declared, with its accessors,
/// beside its kind.</summary>
public static class DataSpecs
{
    public static DataTableSpec SchoolResults => SchoolSpecs.SchoolResults.Spec;

    public static IReadOnlyList<DataTableSpec> All { get; } =
    [
        SchoolSpecs.Schools.Spec,
        SchoolSpecs.SchoolResults.Spec,
        SchoolSpecs.SchoolBackground.Spec,
        SchoolSpecs.Similar.Spec,
        MeanSpecs.Aggregates.Spec,
        MeanSpecs.SocioeconomicGap.Spec,
        MeanSpecs.NeedGradient.Spec,
        TrendSpecs.Trends.Spec,
        TrendSpecs.YearChanges.Spec,
        OfficialSpecs.Official.Spec,
        OfficialSpecs.Reconciliation.Spec,
        ExpectedSpecs.Expected.Spec,
        ExpectedSpecs.ExpectedModels.Spec,
        StaffSpecs.SchoolStaff.Spec,
        StaffSpecs.Means.Spec,
        StaffSpecs.ByNeed.Spec,
        StaffLineSpecs.Trends.Spec,
        StaffLineSpecs.Lines.Spec,
        MunicipalSpecs.Reports.Spec,
        MunicipalSpecs.Figures.Spec,
        MoneySpecs.Allocation.Spec,
        MoneySpecs.Funding.Spec,
    ];
}
