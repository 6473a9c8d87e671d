// Writes the benchmark's synthetic country as a minimal Hugo site (bench/hugo/ plus content), so that bench/run can
// time Hugo on the same data: one page per school unit with every school year and the four figures in a table and as a
// chart's data, one page per municipality listing its schools, and an index. Not timed itself: only `hugo` is.
//
//   dotnet run --file bench/hugo.cs -- DATA_FOLDER SITE_FOLDER
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property PublishAot=false
using System.Globalization;
using System.Text;
using System.Text.Json;

var data = args[0];
var site = args[1];
if (Directory.Exists(site))
{
    Directory.Delete(site, recursive: true);
}

var template = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "bench", "hugo");
foreach (var file in Directory.GetFiles(template, "*", SearchOption.AllDirectories))
{
    var target = Path.Combine(site, Path.GetRelativePath(template, file));
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.Copy(file, target);
}

// Every export as Skolverket writes it: five preamble lines, the header, then one row per school; columns by meaning.
var schools = new SortedDictionary<string, School>(StringComparer.Ordinal);
foreach (var path in Directory.GetFiles(Path.Combine(data, "results"), "*.csv").Order(StringComparer.Ordinal))
{
    var lines = File.ReadAllLines(path, Encoding.UTF8);
    var year = lines[3].Split(';')[0].Replace("Valt läsår: ", "", StringComparison.Ordinal);
    var header = lines[5].Split(';');
    int Column(string part) => Array.FindIndex(header, h => h.Contains(part, StringComparison.Ordinal));
    var (name, code, municipality, kommun, pupils, passed, eligible, merit) =
        (
            Column("Skola"),
            Column("Skol-enhetskod"),
            Column("Skolkommun"),
            Column("ommun"),
            Column("Antal elever"),
            Column("alla ämnen"),
            Column("yrkesprog"),
            Column("(17 ämnen)"));
    kommun = Array.FindIndex(header, h => h is "Kommun-kod" or "Kommunkod");
    foreach (var cells in lines
        .Skip(6)
        .Select(l => l.Split(';'))
        .Where(c => c.Length == header.Length && c[code].Length == 8))
    {
        var school = schools.TryGetValue(cells[code], out var known)
            ? known
            : schools[cells[code]] = new School(cells[code], cells[name], cells[kommun], cells[municipality]);
        school.Years.Add(new Year(year, cells[pupils], cells[passed], cells[eligible], cells[merit]));
    }
}

var options = new JsonSerializerOptions
{
    PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
};
Directory.CreateDirectory(Path.Combine(site, "content", "skolor"));
foreach (var school in schools.Values)
{
    var front = new
    {
        title = school.Name,
        code = school.Code,
        municipality = school.MunicipalityCode,
        municipalityName = school.MunicipalityName,
        years = school.Years,
    };
    File.WriteAllText(
        Path.Combine(site, "content", "skolor", school.Code + ".md"),
        JsonSerializer.Serialize(front, options) + "\n",
        new UTF8Encoding(false));
}

Directory.CreateDirectory(Path.Combine(site, "content", "kommuner"));
foreach (var group in schools.Values.GroupBy(s => s.MunicipalityCode))
{
    var front = new { title = group.First().MunicipalityName, code = group.Key, schools = group
        .Select(s => new { s.Code, s.Name })
        .ToList() };
    File.WriteAllText(
        Path.Combine(site, "content", "kommuner", group.Key + ".md"),
        JsonSerializer.Serialize(front, options) + "\n",
        new UTF8Encoding(false));
}

Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"hugo site: {schools.Count} schools, "
        + $"{schools.Values.Select(s => s.MunicipalityCode).Distinct().Count()} municipalities in {site}"));

sealed record School(string Code, string Name, string MunicipalityCode, string MunicipalityName)
{
    public List<Year> Years { get; } = [];
}

sealed record Year(string SchoolYear, string Pupils, string Passed, string Eligible, string Merit);
