using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Build;

/// <summary>Reads and checks every input, prints every problem, writes nothing.</summary>
public static class ValidateCommand
{
    public static int Run(string dataFolder, TextWriter log)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = LoadInputs.Run(dataFolder, null, diagnostics);
        var dataset = inputs is null ? null : DatasetBuilder.Build(inputs, diagnostics);
        if (dataset is not null)
        {
            using var published = PreviousBuildReader.Read(
                dataFolder,
                Path.Combine(dataFolder, PreviousBuildReader.PublishedFolder));
            Compute.Changes.NewSchoolWarnings.Add(dataset, published, Render.ChangeFiles.Options, diagnostics);
        }

        var failed = BuildCommand.Report(diagnostics, log);
        if (failed || dataset is null)
        {
            return ExitCodes.DataErrors;
        }

        log.WriteLine(
            $"{dataFolder} is valid: {dataset.Schools.Count} schools, "
            + $"{dataset.Districts.Count} "
            + $"{(dataset.Settings.MunicipalitiesAsDistricts ? "municipalities" : "districts")}, "
            + $"school years {dataset.Years[0]}–{dataset.Years[^1]}; {dataset.OtherMunicipalityRows} result cells of "
            + $"other municipalities are not published (site.json's municipalities).");
        return ExitCodes.Ok;
    }
}
