namespace Site.Model.Municipal;

/// <summary>Skolverket's municipality-level reports the site reads beside the results workbook.</summary>
public enum MunicipalReportKind
{
    /// <summary>"Grundskola – Kostnader per kommun": spending per calendar year, municipal schools.</summary>
    Costs,
    /// <summary>"Grundskola – Personalstatistik med lärarlegitimation och behörighet": teachers per school
    /// year.</summary>
    Staff,
    /// <summary>"Grundskola – Antal elever per årskurs" at municipality level: pupils and background per school
    /// year.</summary>
    Pupils,
}
