namespace Site.Load.Municipal;

/// <summary>
/// A municipality-level "Sök statistik" export split into its parts: the report's name, its period as the preamble
/// states it ("Valt år: 2024" or "Valt läsår: 2024/25"), the column names (a group row above the header is joined to
/// each name it covers: "#Heltidstjänster Totalt antal") and the data rows with their line numbers.
/// </summary>
public sealed record MunicipalTable(
    string Path,
    string ReportName,
    string Period,
    int PeriodLine,
    int HeaderLine,
    IReadOnlyList<string> Header,
    IReadOnlyList<ExportTableRow> Rows);
