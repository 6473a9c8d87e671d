namespace Site.Compute.Views;

/// <summary>
/// The methodology page's worked example, computed from the real data on every build: one district's mean and gap in
/// the latest year, step by step, and the regression behind the expected values.
/// </summary>
public sealed record WorkedExampleView(
    string DistrictName,
    string Year,
    string AreaName,
    TableView Schools,
    bool PupilWeighted,
    decimal Sum,
    decimal Divisor,
    int Included,
    int Total,
    decimal Mean,
    decimal CityMean,
    int CityIncluded,
    int CityTotal,
    decimal Gap,
    TableView? Models);
