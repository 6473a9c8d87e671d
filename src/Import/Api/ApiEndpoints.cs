using System.Globalization;

namespace Site.Import.Api;

/// <summary>
/// The one place that knows Skolverket's planned-educations v4 addresses and where each response body is saved, so that
/// a fetched set has exactly the layout of a saved one (and of the manifest's "file" and "url").
/// </summary>
public sealed class ApiEndpoints
{
    /// <summary>Skolverket's API; <c>--api-url</c> replaces it with a mirror or a test server.</summary>
    public const string DefaultBaseUrl = "https://api.skolverket.se";

    /// <summary>The media type the saved responses were fetched with (see their manifest.json).</summary>
    public const string Accept = "application/vnd.skolverket.plannededucations.api.v4.hal+json";

    /// <summary>School units per page of the listing (the size the saved listing pages were fetched with).</summary>
    public const int PageSize = 50;

    public const string ListFolder = "school-units-list";
    public const string UnitFolder = "school-units";
    public const string StatisticsFolder = "statistics-gr";

    private readonly string root;

    public ApiEndpoints(string baseUrl)
    {
        root = baseUrl.TrimEnd('/') + "/planned-educations/v4";
    }

    /// <summary>A page of the municipality's school units that have grade 9 (the filter the saved listing
    /// used).</summary>
    public ApiRequest ListPage(string municipality, int page) => new(
        $"{root}/school-units?page={page.ToString(CultureInfo.InvariantCulture)}&size={PageSize}" +
        $"&geographicalAreaCode={municipality}&typeOfSchooling=gr&schoolYears=9&coordinateSystemType=WGS84",
        $"{ListFolder}/{municipality}-page-{page.ToString("D4", CultureInfo.InvariantCulture)}.json",
        ApiBodyKind.List,
        municipality);

    public ApiRequest SchoolUnit(string code) =>
        new($"{root}/school-units/{code}", $"{UnitFolder}/{code}.json", ApiBodyKind.SchoolUnit, code);

    public ApiRequest Statistics(string code) =>
        new($"{root}/school-units/{code}/statistics/gr", $"{StatisticsFolder}/{code}.json", ApiBodyKind.Statistics,
            code);
}
