namespace Site.Model.Municipal;

/// <summary>
/// A value column of a municipality report: its code in the site's files, the header it has in Skolverket's export
/// (a group row's name joined in front), its published decimals and its unit.
/// </summary>
public sealed record MunicipalColumn(string Code, string Header, int Decimals, string Unit, bool IsShare = false);
