using AngleSharp;
using AngleSharp.Dom;
using Site.Build;

namespace Site.Tests.Build;

/// <summary>A site built once from given folders into a temporary output folder, shared by a test class.</summary>
public class BuiltSite : IDisposable
{
    private readonly TempFolder temp = TestPaths.Temp();

    public BuiltSite(string data, string input)
    {
        Output = Path.Combine(temp.Path, "output");
        var log = new StringWriter();
        ExitCode = BuildCommand.RunAsync(new BuildPaths(data, input, Output), log).GetAwaiter().GetResult();
        Log = log.ToString();
    }

    public string Output { get; }

    public int ExitCode { get; }

    public string Log { get; }

    public IDocument Page(string path)
    {
        var file = Path.Combine(
            Output,
            path.Trim('/'),
            path.EndsWith(".html", StringComparison.Ordinal) ? "" : "index.html");
        return Parse(file);
    }

    public static IDocument Parse(string file)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return context.OpenAsync(request => request.Content(File.ReadAllText(file))).GetAwaiter().GetResult();
    }

    public IEnumerable<string> HtmlFiles() =>
        Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose()
    {
        temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
