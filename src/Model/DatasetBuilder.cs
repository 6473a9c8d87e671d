using System.Runtime.InteropServices;
using Site.Diagnostics;
using Site.Load;

namespace Site.Model;

/// <summary>The validate stage: checks the loaded inputs against each other and freezes them into a
/// <see cref="Dataset"/>.</summary>
public static class DatasetBuilder
{
    /// <param name="cache">What a long-lived process (preview) has already checked; null checks everything.</param>
    public static Dataset? Build(LoadedInputs inputs, DiagnosticBag diagnostics, LoadCache? cache = null)
    {
        var settings = inputs.Settings;
        var registry = DatasetParts.Registry(inputs.Schools, diagnostics);

        bool Published(string code, string? municipality) =>
            (municipality ?? (registry.TryGetValue(code, out var r)
                ? r.MunicipalityCode
                : null)) is { } m && settings.Publishes(m);

        // Independent steps run side by side, each with a bag of its own: the rule reads only the files, the pupil
        // counts merge apart from the results; nothing writes the registry after the districts are made.
        var ruleDiagnostics = new DiagnosticBag();
        var applying = Task.Run(() => ApplySmallGroupRule(inputs.ResultsFiles, ruleDiagnostics, cache));
        var districts = settings.MunicipalitiesAsDistricts
            ? MunicipalityDistricts.Build(inputs, registry, Published, diagnostics, cache)
            : DatasetParts.Districts(inputs.Districts, diagnostics);

        DatasetParts.CheckRegistryCoversResults(inputs, registry, Published, diagnostics);

        var resultsFiles = applying.Result;
        diagnostics.AddRange(ruleDiagnostics.Items);
        var unsuppressed = resultsFiles
            .Where(f => f.Unsuppressed)
            .Select(f => f.Path)
            .ToHashSet(StringComparer.Ordinal);
        // Asked of every row of every file: a school's rows follow each other, so each reader keeps its last answer
        // (one each: the pupil counts are merged on another thread).
        Func<string, string?, bool> Merged()
        {
            (string? Code, string? Municipality, bool Merged) last = default;
            return (code, municipality) =>
            {
                if (!ReferenceEquals(code, last.Code) || !ReferenceEquals(municipality, last.Municipality))
                {
                    last = (code, municipality, Published(code, municipality) && registry.ContainsKey(code));
                }

                return last.Merged;
            };
        }

        var pupilDiagnostics = new DiagnosticBag();
        var pupilsMerged = Merged();
        var mergingPupils = Task.Run(() => ResultMerger.MergePupils(
            resultsFiles.SelectMany(f => f.PupilCounts).Where(r => pupilsMerged(r.SchoolCode, r.MunicipalityCode)),
            unsuppressed,
            pupilDiagnostics,
            expected: resultsFiles.Sum(f => f.PupilCounts.Count)));
        var resultsMerged = Merged();
        var resultsByYear = ResultsByYear.Merge(
            resultsFiles.SelectMany(f => f.Results).Where(r => resultsMerged(r.SchoolCode, r.MunicipalityCode)),
            resultsFiles.Max(f => (int?)f.Results.Count) ?? 0,
            unsuppressed,
            diagnostics,
            cache);
        var pupils = mergingPupils.Result;
        diagnostics.AddRange(pupilDiagnostics.Items);

        // Each school's rows, grouped beside its pupil counts; the schools with results are the groups' keys.
        var groupingPupils = Task.Run(() =>
            SchoolGroups.Of([pupils], p => p.SchoolCode, (a, b) => a.Year.CompareTo(b.Year)));
        var resultsBySchool = cache is null
            ? SchoolGroups.Of(resultsByYear, r => r.SchoolCode, SchoolGroups.ResultOrder)
            : cache.Own<SchoolGroups>("results by school").Results(resultsByYear);
        var pupilsBySchool = groupingPupils.Result;
        var assigner = new DistrictAssigner(districts);
        var schools = registry.Values
            .Where(r => resultsBySchool.ContainsKey(r.Code))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new School(
                Code: r.Code,
                Name: r.Name,
                MunicipalityCode: r.MunicipalityCode,
                Organizer: r.Organizer,
                Latitude: r.Latitude,
                Longitude: r.Longitude,
                District: assigner.Assign(r, diagnostics),
                SuccessorCode: r.SuccessorCode))
            .ToList();

        foreach (var record in registry.Values.Where(r => r.SuccessorCode is { } s && !registry.ContainsKey(s)))
        {
            diagnostics.Warning(
                record.Source with { Column = 8 },
                $"school {record.Code} names a successor that is not in the registry",
                record.SuccessorCode);
        }

        if (schools.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(
                new SourceRef(LoadInputs.ResultsFolder, 0),
                $"no results for any school in municipality {string.Join(", ", settings.Municipalities)}",
                fix: "check 'municipalities' in site.json against the export's Kommun-kod column");
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var years = resultsByYear.Where(y => y.Count > 0).Select(y => y[0].Year).ToList();
        var sources = inputs.ResultsFiles
            .Select(f => new SourceFile(f.Path, f.ReportName, f.Years, f.Published, f.Retrieved))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
        var publishedCodes = schools.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var background = DatasetParts.Background(inputs, publishedCodes, diagnostics);
        var (allocations, allocationInfo) = DatasetParts.Allocations(inputs, registry, Published, diagnostics);
        var (official, revisions) = OfficialMerger.Merge(inputs.Official, settings, diagnostics);
        var metrics = MetricMerger.Merge(inputs.Metrics, publishedCodes, diagnostics);
        var municipal = Municipal.MunicipalMerger.Merge(inputs.Municipal, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        sources.AddRange(
            inputs.Background.Select(b => new SourceFile(b.Path, b.ReportName, [b.Year], b.Published, b.Retrieved)
            {
                Kind = SourceKind.Background,
            }));
        sources.AddRange(inputs.Official.Select(r =>
            new SourceFile(r.Path, r.ReportName, r.Years, r.Published, r.Retrieved) { Kind = SourceKind.Official }));
        sources.AddRange(
            inputs.Metrics.Select(m => new SourceFile(
                m.Path,
                SourceFile.ApiReportName,
                m.Rows.Select(r => r.Year).Distinct().Order().ToList(),
                Retrieved: m.Retrieved)
            {
                Kind = SourceKind.Staff,
            }));
        sources.AddRange(
            inputs.Municipal.Select(m => new SourceFile(
                m.Path,
                m.ReportName,
                SchoolYear.TryParse(m.Period) is { } y ? [y] : [],
                m.Published,
                m.Retrieved)
            {
                Kind = SourceKind.Municipal,
            }));
        var metricsBySchool = SchoolGroups.Of(
            [metrics.ToList()],
            r => r.SchoolCode,
            (a, b) => a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Metric.CompareTo(b.Metric));
        return new Dataset(
            Settings: settings,
            Schools: schools,
            Districts: districts,
            Years: years,
            ResultsBySchool: resultsBySchool,
            PupilsBySchool: pupilsBySchool,
            Sources: sources,
            BackgroundBySchool: background,
            AllocationsBySchool: allocations,
            Allocation: allocationInfo,
            Inputs: inputs.InputFiles.Where(f => f.Name.StartsWith("data/", StringComparison.Ordinal)).ToList(),
            OfficialFigures: official,
            OfficialRevisionList: revisions,
            // Rows of municipalities the site does not publish are counted, so the build log says what it left out.
            OtherMunicipalityRows: inputs.ResultsFiles.Sum(f => f.Results.Count(r => !Published(
                r.SchoolCode,
                r.MunicipalityCode))),
            ReplacedCodes: registry.Values
                .Where(r => r.SuccessorCode is { } s && !publishedCodes.Contains(r.Code) && publishedCodes.Contains(s))
                .OrderBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => (r.Code, r.SuccessorCode!))
                .ToList())
        {
            MetricsBySchool = metricsBySchool,
            MetricYears = metrics.Select(m => m.Year).Distinct().Order().ToList(),
            MunicipalRows = municipal,
        };
    }

    /// <summary>The rule per file, side by side (it reads one file at a time); diagnostics in file order. The rule is
    /// pure, so a file that a long-lived process (preview) has already checked is not checked again.</summary>
    private static List<ResultsFile> ApplySmallGroupRule(
        IReadOnlyList<ResultsFile> files,
        DiagnosticBag diagnostics,
        LoadCache? cache)
    {
        static Tuple<ResultsFile, IReadOnlyList<Diagnostic>> Apply(ResultsFile file)
        {
            var own = new DiagnosticBag();
            return Tuple.Create(SmallGroupRule.Apply(file, own), own.Items);
        }

        var applied = ParallelMap.Ordered(files, f => cache is null ? Apply(f) : cache.Derived(f, Apply));
        foreach (var (_, items) in applied)
        {
            diagnostics.AddRange(items);
        }

        return applied.Select(a => a.Item1).ToList();
    }
}
