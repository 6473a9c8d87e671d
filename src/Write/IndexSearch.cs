using System.Diagnostics;
using System.Reflection;

namespace Site.Write;

/// <summary>
/// Builds the Pagefind search index (from npm) into the staging folder before it is swapped in, so the published site
/// always has an index that matches its pages. Pagefind's output is deterministic for the same pages.
/// </summary>
public static class IndexSearch
{
    public static void Run(string siteFolder)
    {
        var packages = Assembly.GetExecutingAssembly().GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "FrontEndPackages")?.Value
            ?? throw new InvalidOperationException("The program was built without its front-end packages folder.");
        var pagefind = Path.Combine(packages, ".bin", "pagefind");
        if (!File.Exists(pagefind))
        {
            throw new IOException($"Pagefind is not installed at {pagefind}; run 'npm ci' in the project folder (the build does it when package-lock.json changes).");
        }

        var start = new ProcessStartInfo(pagefind)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(siteFolder);
        using var process = Process.Start(start) ?? throw new IOException("Pagefind could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new IOException($"Pagefind failed (exit {process.ExitCode}): {error}{output.Result}");
        }
    }
}
