using Site.Diagnostics;
using Site.Load;

namespace Site.Model;

/// <summary>
/// The national (or regional) site: with no district boundaries, each municipality is an area, named as Skolverket's
/// export names it. Schools missing from schools.csv are taken from the export rows (name, municipality, organizer), so
/// a national build needs no registry; a registry row still wins where there is one.
/// </summary>
public static class MunicipalityDistricts
{
    /// <summary>
    /// <see cref="Build(LoadedInputs, Dictionary{string, SchoolRecord}, Func{string, string?, bool}, DiagnosticBag)"/>,
    /// made again in a preview session only when what it reads changed: the exports' school rows (a changed result
    /// cell leaves them as they were), the registry and the municipalities published. Making it took 15-35 ms of every
    /// national save; with it kept, a save's validate stage takes 56-61 ms instead of 65-113.
    /// </summary>
    /// <param name="cache">The preview session's cache; null makes it every time.</param>
    public static List<District> Build(
        LoadedInputs inputs,
        Dictionary<string, SchoolRecord> registry,
        Func<string, string?, bool> published,
        DiagnosticBag diagnostics,
        LoadCache? cache)
    {
        if (cache is null)
        {
            return Build(inputs, registry, published, diagnostics);
        }

        var reads = new Reads(
            Ordered(inputs).Select(f => f.Schools).ToList(),
            new Dictionary<string, SchoolRecord>(registry, StringComparer.Ordinal),
            inputs.Settings.AllMunicipalities,
            inputs.Settings.Municipalities);
        var made = cache.Reused("municipality districts", reads, Reads.Same, r =>
        {
            var bag = new DiagnosticBag();
            var built = new Dictionary<string, SchoolRecord>(r.Registry, StringComparer.Ordinal);
            return new Made(Build(inputs, built, published, bag), built, bag.Items);
        });

        // The registry as Build leaves it, in the same order: the schools of the exports added, every school's area
        // set.
        registry.Clear();
        foreach (var (code, record) in made.Registry)
        {
            registry[code] = record;
        }

        diagnostics.AddRange(made.Diagnostics);
        return made.Districts;
    }

    public static List<District> Build(
        LoadedInputs inputs,
        Dictionary<string, SchoolRecord> registry,
        Func<string, string?, bool> published,
        DiagnosticBag diagnostics)
    {
        // The newest export names a school and a municipality as they are now.
        var rows = Ordered(inputs)
            .SelectMany(f => f.Schools)
            .Where(s => published(s.SchoolCode, s.MunicipalityCode))
            .ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.MunicipalityName is not null))
        {
            names.TryAdd(row.MunicipalityCode, row.MunicipalityName!);
        }

        foreach (var row in rows.DistinctBy(r => r.SchoolCode).Where(r => !registry.ContainsKey(r.SchoolCode)))
        {
            var organizer = OrganizerTypeCodes.FromSkolverket(row.OrganizerText);
            if (organizer is null)
            {
                diagnostics.Error(
                    row.Source,
                    $"school {row.SchoolCode} ({row.Name}): the organizer type is neither Kommunal nor Enskild",
                    row.OrganizerText,
                    $"add the school to {LoadInputs.SchoolsFile} with its organizer_type");
                continue;
            }

            registry[row.SchoolCode] = new SchoolRecord(
                row.SchoolCode,
                row.Name,
                row.MunicipalityCode,
                organizer.Value,
                null,
                null,
                null,
                null,
                row.Source);
        }

        foreach (var (code, record) in registry.ToList())
        {
            var name = names.GetValueOrDefault(record.MunicipalityCode) ?? $"Kommun {record.MunicipalityCode}";
            names.TryAdd(record.MunicipalityCode, name);
            registry[code] = record with { DistrictOverride = name };
        }

        // Håbo and Habo share a slug: names that collide carry their municipality code, so both addresses stay stable.
        var shown = names.Where(n => published("", n.Key)).ToList();
        var collisions = shown
            .GroupBy(n => Slug.From(n.Value))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .Select(n => n.Key)
            .ToHashSet(StringComparer.Ordinal);
        var districts = shown
            .Select(n => new District(
                n.Value,
                collisions.Contains(n.Key) ? $"{Slug.From(n.Value)}-{n.Key}" : Slug.From(n.Value),
                null)
            {
                MunicipalityCode = n.Key,
            })
            .OrderBy(d => d.Name, SwedishComparer.Instance)
            .ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToList();
        return districts;
    }

    private static IEnumerable<ResultsFile> Ordered(LoadedInputs inputs) =>
        inputs.ResultsFiles
            .OrderByDescending(f => f.Years.Count == 0 ? default : f.Years.Max())
            .ThenBy(f => f.Path, StringComparer.Ordinal);

    private sealed record Made(
        List<District> Districts, Dictionary<string, SchoolRecord> Registry, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// What Build reads: each export's school rows (newest first), the registry and the municipalities.
    /// </summary>
    private sealed record Reads(
        IReadOnlyList<IReadOnlyList<ExportSchoolRow>> Files,
        Dictionary<string, SchoolRecord> Registry,
        bool AllMunicipalities,
        IReadOnlyList<string> Municipalities)
    {
        public static bool Same(Reads a, Reads b) =>
            a.AllMunicipalities == b.AllMunicipalities
            && a.Municipalities.SequenceEqual(b.Municipalities, StringComparer.Ordinal)
            && a.Files.Count == b.Files.Count
            && a.Files.Zip(b.Files).All(f => ReferenceEquals(f.First, f.Second) || f.First.SequenceEqual(f.Second))
            && a.Registry.Count == b.Registry.Count
            && a.Registry.All(r => b.Registry.TryGetValue(r.Key, out var other) && r.Value.Equals(other));
    }
}
