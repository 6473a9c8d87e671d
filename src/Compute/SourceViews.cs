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
        // rows.
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var source in result.Sources)
            {
                paths.Add(source.File);
            }
        }

        foreach (var count in pupils)
        {
            paths.Add(count.Source.File);
        }

        return paths.Select(p => byPath.GetValueOrDefault(p) ?? new SourceView(Path.GetFileName(p), "")).ToList();
    }
}
