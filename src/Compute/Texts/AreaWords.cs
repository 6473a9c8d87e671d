namespace Site.Compute.Texts;

/// <summary>
/// What the site's areas and their whole are called: Stockholm's districts make up the city; on a national or regional
/// site the municipalities make up the country or region, named by the site's areaName.
/// </summary>
/// <param name="One">stadsdelsområde / kommun</param>
/// <param name="The">stadsdelsområdet / kommunen</param>
/// <param name="Many">stadsdelsområden / kommuner</param>
/// <param name="TheMany">stadsdelsområdena / kommunerna</param>
/// <param name="Whole">staden / Sverige: the whole the areas make up</param>
/// <param name="OfWhole">stadens / Sveriges</param>
/// <param name="AOne">ett stadsdelsområde / en kommun</param>
/// <param name="TheShort">området / kommunen: "the area" where the kind is clear from the context</param>
public sealed record AreaWords(
    string One,
    string The,
    string Many,
    string TheMany,
    string Whole,
    string OfWhole,
    string AOne,
    string TheShort)
{
    public static string Capital(string words) =>
        words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    public static AreaWords Districts(Language language) => language == Language.Swedish
        ? new(
            "stadsdelsområde",
            "stadsdelsområdet",
            "stadsdelsområden",
            "stadsdelsområdena",
            "staden",
            "stadens",
            "ett stadsdelsområde",
            "området")
        : new(
            "district",
            "the district",
            "districts",
            "the districts",
            "the city",
            "the city's",
            "a district",
            "the district");

    public static AreaWords Municipalities(Language language, string areaName) => language == Language.Swedish
        ? new("kommun", "kommunen", "kommuner", "kommunerna", areaName, Genitive(areaName), "en kommun", "kommunen")
        : new(
            "municipality",
            "the municipality",
            "municipalities",
            "the municipalities",
            areaName,
            areaName + "'s",
            "a municipality",
            "the municipality");

    /// <summary>The Swedish genitive: no second s after s, x or z ("Östermalms", "Kista International Schools" is
    /// wrong).</summary>
    public static string Genitive(string name) =>
        name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') ? name : name + "s";
}
