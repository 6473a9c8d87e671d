namespace Site.Model;

/// <summary>An input file the site was built from: its name as staff know it (data/… or input/…) and its
/// SHA-256.</summary>
public sealed record InputFile(string Name, string Sha256)
{
    /// <summary>Stands for the hash of the city's unsuppressed files, which would let anyone test guesses of their
    /// values.</summary>
    public const string WithheldHash = "withheld";

    public bool Withheld => Sha256 == WithheldHash;
}
