using Site.Model;

namespace Site.Compute.Data;

/// <summary>What the data package says about itself: title, home, sources with their school years, input files with
/// hashes, generator.</summary>
public sealed record DataPackageInfo(
    string Name,
    string Title,
    string BaseUrl,
    IReadOnlyList<SourceFile> Sources,
    IReadOnlyList<InputFile> Inputs,
    string GeneratorVersion,
    bool IllustrativeAllocation)
{
    public static DataPackageInfo From(Dataset dataset) =>
        new(
            Slug.From(dataset.Settings.Title),
            dataset.Settings.Title,
            dataset.Settings.BaseUrl,
            dataset.Sources,
            dataset.Inputs,
            typeof(DataPackageInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            dataset.Allocation?.Illustrative == true);
}
