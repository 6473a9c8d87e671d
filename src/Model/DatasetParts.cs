using Site.Diagnostics;
using Site.Load;

namespace Site.Model;

/// <summary>
/// The dataset's parts beside the results, each made from the loaded inputs with the checks that name a bad row: the
/// registry, the districts, the pupils' background and the allocations. <see cref="DatasetBuilder"/> puts them
/// together.
/// </summary>
internal static class DatasetParts
{
    internal static Dictionary<string, BackgroundRow> Background(
        LoadedInputs inputs,
        HashSet<string> published,
        DiagnosticBag diagnostics)
    {
        var latest = new Dictionary<string, BackgroundRow>(StringComparer.Ordinal);
        foreach (var row in inputs.Background.SelectMany(f => f.Rows).Where(r => published.Contains(r.SchoolCode)))
        {
            if (latest.TryGetValue(row.SchoolCode, out var existing) && existing.Year == row.Year)
            {
                diagnostics.Error(
                    row.Source,
                    $"school {row.SchoolCode} has background data for {row.Year} twice (first at {existing.Source})",
                    row.SchoolCode,
                    "keep one background export per school year");
            }
            else if (existing is null || row.Year > existing.Year)
            {
                latest[row.SchoolCode] = row;
            }
        }

        return latest;
    }

    internal static (Dictionary<string, IReadOnlyList<AllocationRow>>, AllocationInfo?) Allocations(
        LoadedInputs inputs,
        Dictionary<string, SchoolRecord> registry,
        Func<string, string?, bool> published,
        DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<(string, SchoolYear), AllocationRow>();
        foreach (var row in inputs.Allocations.SelectMany(f => f.Rows))
        {
            if (!registry.ContainsKey(row.SchoolCode))
            {
                diagnostics.Error(
                    row.Source with { Column = 1 },
                    $"school {row.SchoolCode} has an allocation but is not in {LoadInputs.SchoolsFile}",
                    row.SchoolCode,
                    "check the code, or add the school to the registry");
            }
            else if (!seen.TryAdd((row.SchoolCode, row.Year), row))
            {
                diagnostics.Error(
                    row.Source with { Column = 1 },
                    $"school {row.SchoolCode} has two allocations for {row.Year} (first at "
                    + $"{seen[(row.SchoolCode, row.Year)].Source})",
                    row.SchoolCode,
                    "keep one row per school and year");
            }
        }

        var rows = seen.Values
            .Where(r => published(r.SchoolCode, null))
            .GroupBy(r => r.SchoolCode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<AllocationRow>)g.OrderBy(r => r.Year).ToList(),
                StringComparer.Ordinal);
        var info = inputs.Allocations.Count == 0
            ? null
            : new AllocationInfo(
                inputs.Allocations.Any(f => f.Illustrative),
                inputs.Allocations.Select(f => f.Note).OfType<string>().Distinct().ToList(),
                inputs.Allocations.Select(f => f.Path).ToList())
            {
                EnglishNotes = inputs.Allocations.Where(f => f.Note is not null).Select(f => (
                    f.Note,
                    English: f.EnglishNote ?? f.Note!))
                    .DistinctBy(n => n.Note).Select(n => n.English).ToList(),
            };
        return (rows, info);
    }

    internal static List<District> Districts(IReadOnlyList<DistrictShape> shapes, DiagnosticBag diagnostics)
    {
        var districts = new List<District>();
        foreach (var shape in shapes.OrderBy(s => s.Name, SwedishComparer.Instance))
        {
            var slug = Slug.From(shape.Name);
            if (slug.Length == 0 || districts.Any(d => d.Slug == slug))
            {
                diagnostics.Error(
                    shape.Source,
                    "two districts have the same name (or the same URL slug), or a name has no letters",
                    shape.Name,
                    "give every district a distinct name");
                continue;
            }

            districts.Add(new District(shape.Name, slug, shape.Boundary));
        }

        return districts;
    }

    internal static Dictionary<string, SchoolRecord> Registry(
        IReadOnlyList<SchoolRecord> records,
        DiagnosticBag diagnostics)
    {
        var registry = new Dictionary<string, SchoolRecord>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!registry.TryAdd(record.Code, record))
            {
                diagnostics.Error(
                    record.Source with { Column = 1 },
                    $"school {record.Code} is in the registry twice (first at {registry[record.Code].Source})",
                    record.Code,
                    "keep one row per school-unit code");
            }
        }

        return registry;
    }

    internal static void CheckRegistryCoversResults(
        LoadedInputs inputs,
        Dictionary<string, SchoolRecord> registry,
        Func<string, string?, bool> published,
        DiagnosticBag diagnostics)
    {
        foreach (var file in inputs.ResultsFiles)
        {
            foreach (var row in file.Schools.Where(s => published(s.SchoolCode, s.MunicipalityCode)
                && !registry.ContainsKey(s.SchoolCode)))
            {
                diagnostics.Error(
                    row.Source,
                    $"school {row.SchoolCode} ({row.Name}) has results but is not in {LoadInputs.SchoolsFile}",
                    row.SchoolCode,
                    $"add a row for it to {LoadInputs.SchoolsFile} (run 'import' for schools in the API responses, or "
                    + $"add it by hand)");
            }

            foreach (var code in file.Results
                .Where(r => r.MunicipalityCode is null && !registry.ContainsKey(r.SchoolCode))
                .Select(r => r.SchoolCode)
                .Distinct()
                .Order(StringComparer.Ordinal))
            {
                var first = file.Results.First(r => r.SchoolCode == code);
                diagnostics.Error(
                    first.Source with { Column = 1 },
                    $"school {code} has results but is not in {LoadInputs.SchoolsFile}, so its municipality is unknown",
                    code,
                    $"add a row for it to {LoadInputs.SchoolsFile}");
            }
        }
    }
}
