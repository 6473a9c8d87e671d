using System.Reflection;
using System.Security.Cryptography;

namespace Site.Render;

/// <summary>The theme's static assets, embedded in the program so a build never depends on the working
/// directory.</summary>
public static class AssetFiles
{
    public static (ThemeAssets Assets, IReadOnlyList<OutputFile> Files) Build()
    {
        var css = Read("assets/site.css");
        var cssPath = Hashed("assets/site", css, ".css");
        var plotly = Read("vendor/plotly-basic.min.js");
        var plotlyPath = Hashed("assets/plotly-basic", plotly, ".min.js");
        var charts = System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8
                .GetString(Read("assets/charts.js"))
                .Replace("/*LAYOUTS*/", ChartLayouts.Json(), StringComparison.Ordinal));
        var chartsPath = Hashed("assets/charts", charts, ".js");
        var search = Read("assets/search.js");
        var searchPath = Hashed("assets/search", search, ".js");
        var minisearch = Read("vendor/minisearch.js");
        var minisearchPath = Hashed("assets/minisearch", minisearch, ".js");
        var embed = Read("assets/embed.js");
        var embedPath = Hashed("assets/embed", embed, ".js");
        var compare = Read("assets/compare.js");
        var comparePath = Hashed("assets/compare", compare, ".js");
        var tables = Read("assets/tables.js");
        var tablesPath = Hashed("assets/tables", tables, ".js");
        var icon = Read("assets/favicon.svg");
        var iconPath = Hashed("assets/favicon", icon, ".svg");
        return (
            new ThemeAssets(
                "/" + cssPath,
                "/" + plotlyPath,
                "/" + chartsPath,
                "/" + iconPath,
                "/" + searchPath,
                "/" + minisearchPath,
                "/" + embedPath)
            {
                CompareHref = "/" + comparePath,
                TablesHref = "/" + tablesPath,
            },
            [
                new OutputFile(cssPath, css),
                new OutputFile(plotlyPath, plotly),
                new OutputFile(chartsPath, charts),
                new OutputFile(iconPath, icon),
                new OutputFile(searchPath, search),
                new OutputFile(minisearchPath, minisearch),
                new OutputFile(embedPath, embed),
                new OutputFile(comparePath, compare),
                new OutputFile(tablesPath, tables)]);
    }

    private static string Hashed(string stem, byte[] bytes, string extension) =>
        $"{stem}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}{extension}";

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The theme asset {name} is not embedded; check Site.csproj.");
        // An embedded resource's length is known: one array of its size. Copied through a MemoryStream, Plotly's 1.2 MB
        // was 4.7 MB of large arrays (each doubling, then the copy), and the large object heap's allowance, so spent,
        // set off two full collections while the inputs were read.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
