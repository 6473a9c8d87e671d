using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests;

/// <summary>Datasets read from a data folder as a build (or, with a cache, a preview save) reads them.</summary>
public static class TestDatasets
{
    /// <summary>The validated dataset of the folder; the test fails where the folder has errors.</summary>
    public static Dataset Build(string data, LoadCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        var dataset = DatasetBuilder.Build(LoadInputs.Run(data, null, diagnostics, cache)!, diagnostics, cache);
        Assert.NotNull(dataset);
        return dataset;
    }
}
