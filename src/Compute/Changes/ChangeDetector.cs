using Site.Model;

namespace Site.Compute.Changes;

/// <summary>Pure: compares this build's manifest with the previously published one.</summary>
public static class ChangeDetector
{
    public static ChangeSet Compare(Manifest? previous, Manifest current)
    {
        if (previous is null)
        {
            return ChangeSet.None(firstBuild: true);
        }

        var before = previous.Values.ToDictionary(v => (v.School, v.Year, v.Measure));
        var revised = new List<ValueChange>();
        var suppressed = new List<ValueChange>();
        foreach (var value in current.Values)
        {
            if (!before.TryGetValue((value.School, value.Year, value.Measure), out var old) || old == value)
            {
                continue;
            }

            if (value.Status == "suppressed" && old.Status != "suppressed")
            {
                suppressed.Add(new ValueChange(old, value));
            }
            else
            {
                revised.Add(new ValueChange(old, value));
            }
        }

        var oldSchools = previous.Schools.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var newSchools = current.Schools.ToDictionary(s => s.Code, StringComparer.Ordinal);
        var methods = current.Methods
            .Where(m => previous.Methods.TryGetValue(m.Key, out var old) && old != m.Value)
            .Select(m => new MethodChange(m.Key, previous.Methods[m.Key], m.Value))
            .OrderBy(m => m.Series, StringComparer.Ordinal)
            .ToList();
        return new ChangeSet(
            false,
            current.Years.Except(previous.Years).Order(StringComparer.Ordinal).ToList(),
            revised,
            suppressed,
            current.Schools.Where(s => !oldSchools.ContainsKey(s.Code)).ToList(),
            previous.Schools.Where(s => !newSchools.ContainsKey(s.Code)).ToList(),
            current.Schools
                .Where(s => oldSchools.TryGetValue(s.Code, out var o) && o.Name != s.Name)
                .Select(s => new SchoolRename(oldSchools[s.Code], s))
                .ToList(),
            current.Schools
                .Where(s => s.Successor is not null
                    && (!oldSchools.TryGetValue(s.Code, out var o) || o.Successor != s.Successor))
                .ToList(),
            methods);
    }
}
