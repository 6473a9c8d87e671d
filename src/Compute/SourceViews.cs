using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Each source file as a school page cites it, in one language, made once for every page of that language: each page
/// made its files' lines anew, 150,000 times nationally (60 MB of strings, and a scan of the file list for each).
/// </summary>
public sealed class SourceViews
{
    private readonly Dictionary<string, SourceView> byPath;

    public SourceViews(IReadOnlyList<SourceFile> files, Texts.Texts t)
    {
        byPath = new Dictionary<string, SourceView>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath.TryAdd(file.Path, new SourceView(
                Path.GetFileName(file.Path),
                file.ReportName,
                $"{FrameBuilder.What(file.Kind, t)} ({FrameBuilder.Dates(file, t)})"));
        }
    }

    /// <summary>The files behind a school's values and pupil counts, by path.</summary>
    public IReadOnlyList<SourceView> Of(IReadOnlyList<SchoolResult> results, IReadOnlyList<PupilCount> pupils)
    {
        // A school has a source row per year and measure, but only a file or two per year: collect the files, not the
        // rows. A short list, sorted once, not a sorted set (a tree node per file, 27 MB of a national build): the
        // rows of a year mostly name the file the last row named.
        var paths = new List<string>();
        // Each result's sources read where they are, not through SchoolResult.Sources: its list and enumerator for
        // every result of every school page were ~40 MB of a changed cell's national build (sampled allocations).
        foreach (var result in results)
        {
            Add(paths, result.Source.File);
            foreach (var source in result.More ?? [])
            {
                Add(paths, source.File);
            }
        }

        foreach (var count in pupils)
        {
            Add(paths, count.Source.File);
        }

        paths.Sort(StringComparer.Ordinal);
        return paths.ConvertAll(p => byPath.GetValueOrDefault(p) ?? new SourceView(Path.GetFileName(p), ""));

        static void Add(List<string> paths, string path)
        {
            if ((paths.Count == 0 || !ReferenceEquals(paths[^1], path)) && !paths.Contains(path))
            {
                paths.Add(path);
            }
        }
    }
}
