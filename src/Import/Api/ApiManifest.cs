using System.Text;
using System.Text.Json;
using Site.Write;

namespace Site.Import.Api;

/// <summary>
/// manifest.json of a responses folder, and the journal a run appends to as it saves each body. The manifest is written
/// last, only when every request succeeded, so that it marks a complete set; an interrupted or failed run leaves its
/// journal, and the next run resumes from it. Entries of earlier runs are kept as they were written (the saved sets of
/// April 2026 have their own fields), one per file, in file order.
/// </summary>
public sealed class ApiManifest
{
    public const string FileName = "manifest.json";

    /// <summary>The journal of a run that has not finished: one manifest entry per line, appended as bodies are
    /// saved.</summary>
    public const string JournalName = ".manifest-journal.jsonl";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string folder;
    private readonly SortedDictionary<string, JsonElement> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private ApiManifest(string folder) => this.folder = folder;

    /// <summary>The manifest and journal as a previous run left them; only entries whose file is still there
    /// count.</summary>
    public static ApiManifest Open(string folder)
    {
        var manifest = new ApiManifest(folder);
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                manifest.Keep(entry.Clone());
            }
        }

        var journal = Path.Combine(folder, JournalName);
        if (File.Exists(journal))
        {
            // A line cut short by a kill is the one body whose entry never made it: that body is fetched again.
            foreach (var line in File.ReadAllLines(journal).Where(l => l.Length > 0))
            {
                try
                {
                    using var document = JsonDocument.Parse(line);
                    manifest.Keep(document.RootElement.Clone());
                }
                catch (JsonException)
                {
                }
            }
        }

        return manifest;
    }

    /// <summary>Whether a previous run saved this file whole (its entry is written only after the body).</summary>
    public bool Has(string file)
    {
        lock (gate)
        {
            return entries.ContainsKey(file) && File.Exists(Path.Combine(folder, file));
        }
    }

    /// <summary>Records a body just saved, in memory and in the journal.</summary>
    public void Add(ManifestEntry entry)
    {
        var element = JsonSerializer.SerializeToElement(entry);
        lock (gate)
        {
            entries[entry.File] = element;
            var line = JsonSerializer.Serialize(element) + "\n";
            File.AppendAllText(Path.Combine(folder, JournalName), line, Encoding.UTF8);
        }
    }

    /// <summary>Writes manifest.json (whole, or not at all) and removes the journal: the set is complete.</summary>
    public void Commit()
    {
        lock (gate)
        {
            var present = entries.Where(e => File.Exists(Path.Combine(folder, e.Key))).Select(e => e.Value).ToList();
            var json = JsonSerializer.Serialize(present, Indented) + "\n";
            WriteFiles.Replace(Path.Combine(folder, FileName), Encoding.UTF8.GetBytes(json));
            File.Delete(Path.Combine(folder, JournalName));
        }
    }

    private void Keep(JsonElement entry)
    {
        if (entry.ValueKind == JsonValueKind.Object
            && entry.TryGetProperty("file", out var file)
            && file.GetString() is { } name)
        {
            entries[name] = entry;
        }
    }
}
