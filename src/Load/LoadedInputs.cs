using Site.Model;

namespace Site.Load;

/// <summary>Everything the load stage read, before any cross-file check.</summary>
public sealed record LoadedInputs(
    SiteSettings Settings,
    IReadOnlyList<ResultsFile> ResultsFiles,
    IReadOnlyList<SchoolRecord> Schools,
    IReadOnlyList<DistrictShape> Districts,
    IReadOnlyList<BackgroundFile> Background,
    IReadOnlyList<AllocationFile> Allocations,
    IReadOnlyList<OfficialReport> Official,
    IReadOnlyList<MarkdownSource> Pages,
    IReadOnlyList<InputFile> InputFiles)
{
    /// <summary>The staff, test and eligibility files of resources/ (none when the folder is absent).</summary>
    public IReadOnlyList<MetricsFile> Metrics { get; init; } = [];

    /// <summary>Skolverket's municipality reports of municipalities/ (spending, teachers, pupils).</summary>
    public IReadOnlyList<Model.Municipal.MunicipalFile> Municipal { get; init; } = [];
}
