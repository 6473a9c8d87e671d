using Site.Model;

namespace Site.Diagnostics;

/// <summary>Collects every problem a stage finds, so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Items => items;

    public void Error(SourceRef where, string message, string? value = null, string? fix = null) =>
        items.Add(new Diagnostic(Severity.Error, where, message, value, fix));

    public void Warning(SourceRef where, string message, string? value = null, string? fix = null) =>
        items.Add(new Diagnostic(Severity.Warning, where, message, value, fix));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Sorted by file, line and column so that output is stable whatever order files were read in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        items.OrderBy(d => d.Where.File, StringComparer.Ordinal)
            .ThenBy(d => d.Where.Line)
            .ThenBy(d => d.Where.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
