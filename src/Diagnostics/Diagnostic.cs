using Site.Model;

namespace Site.Diagnostics;

/// <summary>One problem in the inputs: where it is, the offending value, what is wrong and how to fix it.</summary>
public sealed record Diagnostic(
    Severity Severity,
    SourceRef Where,
    string Message,
    string? Value = null,
    string? Fix = null)
{
    public override string ToString()
    {
        var level = Severity == Severity.Error ? "error" : "warning";
        var value = Value is null ? "" : $" (value: '{Shorten(Value)}')";
        var fix = Fix is null ? "" : $" Fix: {Fix}";
        return $"{Where}: {level}: {Message}{value}.{fix}";
    }

    // A 10 MB field must not become a 10 MB error message.
    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
