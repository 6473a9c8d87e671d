// Writes a synthetic national dataset in the project's real input formats, for the benchmark (bench/run).
// Deterministic: the same arguments give byte-identical files on every machine (own PRNG, invariant formatting).
//
//   dotnet run bench/generate.cs -- OUT_FOLDER [SCHOOLS] [MUNICIPALITIES] [FIRST_YEAR] [LAST_YEAR]
//
// Defaults: 5,000 school units in 290 municipalities, school years 2010/11–2024/25: one Skolverket export per school
// year (preamble, header names of the period, decimal comma, markers '..', '.', '~100' at about the rates of the real
// 2024/25 export), schools.csv, two illustrative allocation files, and a site.json with "municipalities": "all".
using System.Globalization;
using System.Text;

var output = args.Length > 0 ? args[0] : "/dev/shm/skolresultat-bench/data";
var schoolCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
var municipalityCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 290;
var firstYear = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2010;
var lastYear = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 2024;

var random = new SplitMix(20261124);
string[] starts = [
    "Å",
    "Ä",
    "Ö",
    "Bjö",
    "Sjö",
    "Häl",
    "Mål",
    "Grä",
    "Lö",
    "Ny",
    "Väst",
    "Öst",
    "Sö",
    "Nor",
    "Berg",
    "Kärr",
    "Ljung",
    "Hög",
    "Sand",
    "Strö",
    "Torp",
    "Ek",
    "Lind",
    "Al",
    "Fur",
    "Gran",
    "Hag",
    "Vik",
    "Åker",
    "Äng"];
string[] middles = ["", "a", "e", "o", "å", "ä", "ö", "ar", "er", "s", "by", "sta", "hem", "holm", "lund"];
string[] ends = [
    "by",
    "köping",
    "sjö",
    "ås",
    "näs",
    "vik",
    "hult",
    "mark",
    "berga",
    "lunda",
    "ryd",
    "torp",
    "åker",
    "ö",
    "älv",
    "fors",
    "dal",
    "hamn",
    "stad",
    "bo"];
string[] schoolKinds = ["skolan", "s skola", "skolan F–9", "s grundskola", "skolan 7–9", "s friskola"];

var municipalityNames = new SortedSet<string>(StringComparer.Ordinal);
while (municipalityNames.Count < municipalityCount)
{
    municipalityNames.Add(
        starts[random.Next(starts.Length)] + middles[random.Next(middles.Length)] + ends[random.Next(ends.Length)]);
}

var municipalities = municipalityNames
    .Select((name, i) => (
        Code: (1000 + (i / 25 * 100) + (i % 25 * 3) + 100).ToString("0000", CultureInfo.InvariantCulture)[..4],
        Name: name))
    .ToList();
if (municipalities.Select(m => m.Code).Distinct().Count() != municipalities.Count)
{
    throw new InvalidOperationException("municipality codes collide");
}

// A few big municipalities, many small ones: weight i gets 1 / (1 + i / 8).
var weights = municipalities.Select((_, i) => 1.0 / (1 + (i * 7919 % municipalityCount) / 8.0)).ToArray();
var totalWeight = weights.Sum();
var codes = new HashSet<string>(StringComparer.Ordinal);
var names = new HashSet<string>(StringComparer.Ordinal);
var schools = new List<School>();
while (schools.Count < schoolCount)
{
    var code = random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
    var pick = random.NextDouble() * totalWeight;
    var m = 0;
    while (pick > weights[m] && m < weights.Length - 1)
    {
        pick -= weights[m];
        m++;
    }

    var name = starts[random.Next(
        starts.Length)] + middles[random.Next(
            middles.Length)] + ends[random.Next(ends.Length)] + schoolKinds[random.Next(schoolKinds.Length)];
    if (!codes.Add(code) || !names.Add(name + municipalities[m].Code))
    {
        continue;
    }

    var independent = random.NextDouble() < 0.3;
    var tiny = random.NextDouble() < 0.04;
    var opens = random.NextDouble() < 0.15 ? firstYear + random.Next(1, lastYear - firstYear + 1) : firstYear;
    var closes = random.NextDouble() < 0.08 ? Math.Max(opens, lastYear - random.Next(1, 6)) : lastYear;
    schools.Add(
        new School(
            code,
            name,
            municipalities[m].Code,
            municipalities[m].Name,
            independent,
            tiny ? 4 + random.Next(10) : 25 + random.Next(160),
            random.Normal() * 22,
            opens,
            closes));
}

schools.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
Directory.CreateDirectory(Path.Combine(output, "results"));
Directory.CreateDirectory(Path.Combine(output, "allocation"));

for (var year = firstYear; year <= lastYear; year++)
{
    var label = $"{year}/{(year + 1) % 100:00}";
    var old = year < 2014;
    var header = new List<string> { "Skola", "Skol-enhetskod", "Skolkommun", old
        ? "Kommunkod"
        : "Kommun-kod", "Typ av huvudman", "Huvudman", "Huvudman orgnr", "Antal elever",
        year < 2022
            ? "Andel (%) elever som uppnått kunskapskraven i alla ämnen"
            : "Andel (%) elever som uppfyllt betygskriterierna i alla ämnen",
        "Andel (%) elever behöriga till yrkesprog.", "Genomsnittligt meritvärde (17 ämnen)" };
    if (old)
    {
        header.Add("Genomsnittligt meritvärde (16 ämnen)");
    }

    var pad = new string(';', header.Count - 1);
    var text = new StringBuilder("\uFEFF");
    text.Append("Statistik från Skolverket, https://www.skolverket.se").Append(pad).Append('\n');
    text.Append(pad).Append('\n');
    text.Append("Grundskola - Slutbetyg årskurs 9, samtliga elever").Append(pad).Append('\n');
    text.Append("Valt läsår: ").Append(label).Append(pad).Append('\n');
    text.Append(pad).Append('\n');
    text.Append(string.Join(';', header)).Append('\n');
    foreach (var s in schools.Where(s => s.Opens <= year && year <= s.Closes))
    {
        var pupils = Math.Max(1, s.Size + random.Next(-8, 9));
        var trend = (year - firstYear) * 0.3;
        var merit = Math.Clamp(222 + s.Quality + trend + random.Normal() * 6, 90, 330);
        var passed = Math.Clamp(74 + s.Quality * 0.8 + random.Normal() * 5, 5, 100);
        var eligible = Math.Clamp(Math.Max(passed, 84 + s.Quality * 0.6 + random.Normal() * 4), 5, 100);
        var missing = random.NextDouble() < 0.02;
        string Cell(double value, bool share)
        {
            if (pupils < 10)
            {
                return "..";
            }

            if (missing)
            {
                return ".";
            }

            // Skolverket's rule: a share that 1–4 pupils lacked is shown as ~100.
            var whole = Math.Round(value * pupils / 100);
            var lacking = pupils - whole;
            if (share && lacking is >= 1 and <= 4)
            {
                return "~100";
            }

            var rounded = share ? Math.Round(100.0 * whole / pupils, 1) : Math.Round(value, 1);
            return rounded.ToString(rounded % 1 == 0 ? "0" : "0.0", CultureInfo.InvariantCulture).Replace('.', ',');
        }

        var organizer = s.Independent ? "Enskild" : "Kommunal";
        var owner = s.Independent ? $"{s.Name} AB" : $"{s.MunicipalityName} kommun";
        var row = new List<string>
        {
            s.Name, s.Code, s.MunicipalityName, s.MunicipalityCode, organizer, owner,
            s.Independent ? "5560000000" : "2120000000",
            pupils < 10 ? ".." : pupils >= 1000 ? pupils
                .ToString("#,0", CultureInfo.InvariantCulture)
                .Replace(',', ' ') : pupils.ToString(CultureInfo.InvariantCulture),
            Cell(passed, share: false), Cell(eligible, share: true), Cell(merit, share: false),
        };
        if (old)
        {
            row.Add(Cell(merit * 16 / 17, share: false));
        }

        text.Append(string.Join(';', row)).Append('\n');
    }

    text.Append(pad).Append('\n');
    text.Append("Rapportbeskrivning och definitioner").Append(pad).Append('\n');
    var file = Path.Combine(
        output,
        "results",
        $"Grundskola - Slutbetyg årskurs 9, samtliga elever {year + 1} Skolenhet.csv");
    File.WriteAllText(file, text.ToString(), new UTF8Encoding(false));
}

var registry = new StringBuilder("school_code,name,municipality_code,organizer_type,lat,lon,district,successor_code\n");
foreach (var s in schools)
{
    var quoted = s.Name.Contains(',', StringComparison.Ordinal) ? $"\"{s.Name}\"" : s.Name;
    registry.Append(
        CultureInfo.InvariantCulture,
        $"{s.Code},{quoted},{s.MunicipalityCode},{(s.Independent ? "independent" : "municipal")},,,,\n");
}

File.WriteAllText(Path.Combine(output, "schools.csv"), registry.ToString(), new UTF8Encoding(false));

foreach (var year in new[] { lastYear - 1, lastYear })
{
    var label = $"{year}/{(year + 1) % 100:00}";
    var allocation = new StringBuilder("school_code,school_year,socioeconomic_index,sek_per_pupil,pupils\n");
    foreach (var s in schools.Where(s => !s.Independent && s.Opens <= year && year <= s.Closes))
    {
        var index = Math.Clamp(50 - s.Quality + random.Normal() * 5, 0, 100);
        allocation.Append(
            CultureInfo.InvariantCulture,
            $"{s.Code},{label},{index:0.0},{1900 + (int)(index * index * 5):0},{s.Size * 9}\n");
    }

    var name = $"synthetic-{year}-{(year + 1) % 100:00}";
    File.WriteAllText(
        Path.Combine(output, "allocation", name + ".csv"),
        allocation.ToString(),
        new UTF8Encoding(false));
    File.WriteAllText(
        Path.Combine(output, "allocation", name + ".meta.json"),
        "{ \"illustrative\": true, \"note\": \"Syntetiska belopp för prestandamätning.\" }\n",
        new UTF8Encoding(false));
}

File.WriteAllText(Path.Combine(output, "site.json"), """
{
  "title": "Skolresultat (syntetiska data)",
  "englishTitle": "School results (synthetic data)",
  "baseUrl": "https://example.org",
  "areaName": "Syntetland",
  "municipalities": "all"
}
""", new UTF8Encoding(false));
Console.WriteLine(
    $"{schools.Count} schools in {municipalities.Count} municipalities, {lastYear - firstYear + 1} school years, in "
    + $"{output}");

internal sealed record School(
    string Code,
    string Name,
    string MunicipalityCode,
    string MunicipalityName,
    bool Independent,
    int Size,
    double Quality,
    int Opens,
    int Closes);

/// <summary>SplitMix64: a fixed, documented generator, so the data never depends on the runtime's Random.</summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public int Next(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>Standard normal by Box–Muller.</summary>
    public double Normal() => Math.Sqrt(-2 * Math.Log(1 - NextDouble())) * Math.Cos(2 * Math.PI * NextDouble());
}
