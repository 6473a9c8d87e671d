namespace Site.Render;

/// <summary>The two forms of every published CSV: RFC 4180 for code, and the Swedish Excel one that opens right with
/// Swedish settings.</summary>
public enum CsvDialect
{
    /// <summary>UTF-8 without BOM, comma, decimal point, LF.</summary>
    Rfc4180,
    /// <summary>UTF-8 with BOM, semicolon, decimal comma, CRLF.</summary>
    SwedishExcel,
}
