namespace Site.Model;

/// <summary>An input file the site was built from: its name as staff know it (data/… or input/…) and its SHA-256.</summary>
public sealed record InputFile(string Name, string Sha256);
