using System.Globalization;
using System.Text;
using System.Text.Json;
using Site.Compute;
using Site.Diagnostics;
using Site.Load;
using Site.Model;
using Site.Render;
using Site.Write;

namespace Site.Import;

/// <summary>
/// Writes the default, clearly illustrative allocation: need index from the background export in data/background/,
/// amounts scaled to the city's published totals, for the published municipality's own (municipal) schools.
/// </summary>
public static class IllustrativeAllocationCommand
{
    public static int Run(string dataFolder, string yearText, TextWriter log)
    {
        if (SchoolYear.TryParse(yearText) is not { } year)
        {
            log.WriteLine($"error: --year must look like 2024/25 (value: '{yearText}')");
            return ExitCodes.UsageErrors;
        }

        var diagnostics = new DiagnosticBag();
        var inputs = LoadInputs.Run(dataFolder, null, diagnostics);
        var dataset = inputs is null ? null : DatasetBuilder.Build(inputs with { Allocations = [] }, diagnostics);
        if (Build.BuildCommand.Report(diagnostics, log) || dataset is null)
        {
            return ExitCodes.DataErrors;
        }

        var candidates = dataset.Schools
            .Where(s => s.Organizer == OrganizerType.Municipal)
            .Select(s => (
                s.Code,
                Index: NeedIndex.Of(dataset.BackgroundOf(s.Code)),
                Pupils: dataset.BackgroundOf(s.Code)?.Pupils.Number))
            .ToList();
        var usable = candidates
            .Where(c => c.Index is not null && c.Pupils is not null)
            .Select(c => (c.Code, c.Index!.Value, (int)c.Pupils!.Value))
            .ToList();
        var lines = IllustrativeAllocationPlan.Build(usable);
        if (lines.Count == 0)
        {
            log.WriteLine(
                "error: no municipal school has background shares to derive an index from; add Skolverket's 'Antal "
                + "elever per årskurs' export to data/background/");
            return ExitCodes.DataErrors;
        }

        var background = dataset.Sources
            .Where(s => s.Path.Contains(
                $"{Path.DirectorySeparatorChar}{LoadInputs.BackgroundFolder}{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal))
            .Select(s => $"{Path.GetFileName(s.Path)} ({string.Join(", ", s.Years)})");
        var mean = lines.Sum(l => l.SekPerPupil * l.Pupils) / lines.Sum(l => l.Pupils);
        // The amounts as whole kronor, written the same whatever the culture (the notes' other numbers are counts).
        static string Kronor(decimal amount) => amount.ToString("0", CultureInfo.InvariantCulture);
        var (min, max, target, sources) = (
            Kronor(IllustrativeAllocationPlan.MinPerPupil),
            Kronor(IllustrativeAllocationPlan.MaxPerPupil),
            Kronor(IllustrativeAllocationPlan.MeanPerPupil),
            string.Join(", ", background));
        var (used, missing) = (lines.Count, candidates.Count - lines.Count);
        var note =
            $"Illustrativa belopp. Staden publicerar inte tilläggsanslaget per skola. Beloppen är härledda ur ett "
            + $"behovsindex (medelvärdet av andelen elever vars föräldrar saknar eftergymnasial utbildning och andelen "
            + $"elever med utländsk bakgrund) från Skolverkets {sources}, och skalade så att de går från {min} till "
            + $"{max} kr per elev med ett elevviktat medelvärde på {target} kr (stadens publicerade siffror). "
            + $"Bakgrundsandelarna avser det läsår som står inom parentes och används här för "
            + $"{year}. {used} av {candidates.Count} kommunala skolor; {missing} saknar redovisade andelar.";
        var englishNote =
            $"Illustrative amounts. The city does not publish the allocation per school. The amounts are derived from "
            + $"a need index (the mean of the share of pupils whose parents lack post-secondary education and the "
            + $"share of pupils with foreign background) from Skolverket's {sources}, and scaled to run from SEK {min} "
            + $"to {max} per pupil with a pupil-weighted mean of SEK {target} (the city's published figures). The "
            + $"background shares are those of the school year in brackets and are used here for {year}. {used} of "
            + $"{candidates.Count} municipal schools; {missing} have no published shares.";
        var stem = Path.Combine(
            dataFolder,
            LoadInputs.AllocationFolder,
            $"illustrative-{year.StartYear}-{(year.StartYear + 1) % 100:00}");
        WriteFiles.Replace(
            stem + ".csv",
            CsvText.Write(
                ["school_code", "school_year", "socioeconomic_index", "sek_per_pupil", "pupils"],
                IllustrativeAllocationPlan.Rows(lines, year)));
        var meta = JsonSerializer.Serialize(
            new AllocationMeta { Illustrative = true, Note = note, EnglishNote = englishNote },
            new JsonSerializerOptions
            {
                WriteIndented = true,
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
        WriteFiles.Replace(stem + ".meta.json", new UTF8Encoding(false).GetBytes(meta + "\n"));
        log.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"illustrative allocation: {lines.Count} schools, {lines.Min(l => l.SekPerPupil):0}–"
                + $"{lines.Max(l => l.SekPerPupil):0} SEK per pupil, pupil-weighted mean {mean:0} → {stem}.csv"));
        return ExitCodes.Ok;
    }

}
