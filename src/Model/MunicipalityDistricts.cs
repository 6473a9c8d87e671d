using Site.Diagnostics;
using Site.Load;

namespace Site.Model;

/// <summary>
/// The national (or regional) site: with no district boundaries, each municipality is an area, named as Skolverket's
/// export names it. Schools missing from schools.csv are taken from the export rows (name, municipality, organizer), so a
/// national build needs no registry; a registry row still wins where there is one.
/// </summary>
public static class MunicipalityDistricts
{
    public static List<District> Build(LoadedInputs inputs, Dictionary<string, SchoolRecord> registry, Func<string, string?, bool> published, DiagnosticBag diagnostics)
    {
        // The newest export names a school and a municipality as they are now.
        var rows = inputs.ResultsFiles
            .OrderByDescending(f => f.Years.Count == 0 ? default : f.Years.Max())
            .ThenBy(f => f.Path, StringComparer.Ordinal)
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
                diagnostics.Error(row.Source, $"school {row.SchoolCode} ({row.Name}): the organizer type is neither Kommunal nor Enskild", row.OrganizerText, $"add the school to {LoadInputs.SchoolsFile} with its organizer_type");
                continue;
            }

            registry[row.SchoolCode] = new SchoolRecord(row.SchoolCode, row.Name, row.MunicipalityCode, organizer.Value, null, null, null, null, row.Source);
        }

        foreach (var (code, record) in registry.ToList())
        {
            var name = names.GetValueOrDefault(record.MunicipalityCode) ?? $"Kommun {record.MunicipalityCode}";
            names.TryAdd(record.MunicipalityCode, name);
            registry[code] = record with { DistrictOverride = name };
        }

        // Håbo and Habo share a slug: names that collide carry their municipality code, so both addresses stay stable.
        var shown = names.Where(n => published("", n.Key)).ToList();
        var collisions = shown.GroupBy(n => Slug.From(n.Value)).Where(g => g.Count() > 1).SelectMany(g => g).Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var districts = shown
            .Select(n => new District(n.Value, collisions.Contains(n.Key) ? $"{Slug.From(n.Value)}-{n.Key}" : Slug.From(n.Value), null) { MunicipalityCode = n.Key })
            .OrderBy(d => d.Name, SwedishComparer.Instance)
            .ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToList();
        return districts;
    }
}
