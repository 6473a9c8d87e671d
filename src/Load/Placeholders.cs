using System.Text.RegularExpressions;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// The places a Markdown page may ask for HTML computed from the data, written <c>&lt;!-- name --&gt;</c> on a line of
/// their own. A misspelled name would leave the page without its table in silence, so an unknown one is an error.
/// </summary>
public static partial class Placeholders
{
    public const string WorkedExample = "worked-example";
    public const string Reconciliation = "reconciliation";
    public const string ExpectedExample = "expected-example";

    public static IReadOnlyList<string> Known { get; } = [WorkedExample, Reconciliation, ExpectedExample];

    public static void Check(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Pattern().Match(lines[i]);
            if (match.Success && !Known.Contains(match.Groups[1].Value, StringComparer.Ordinal))
            {
                diagnostics.Error(
                    new SourceRef(path, i + 1, lines[i].IndexOf("<!--", StringComparison.Ordinal) + 1),
                    "unknown placeholder",
                    match.Groups[1].Value,
                    $"the placeholders are {string.Join(", ", Known.Select(k => $"<!-- {k} -->"))}");
            }
        }
    }

    public static string Comment(string name) => $"<!-- {name} -->";

    [GeneratedRegex(@"^\s*<!--\s*([A-Za-z0-9_-]+)\s*-->\s*$")]
    private static partial Regex Pattern();
}
