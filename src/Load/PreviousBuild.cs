namespace Site.Load;

/// <summary>What the previously published build left: its manifest and its change list, as bytes, with where they were
/// read. Disposed once read: the manifest's bytes may be a mapping of its file (<see cref="PreviousBuildReader"/>).
/// </summary>
public sealed record PreviousBuild(
    ReadOnlyMemory<byte>? Manifest,
    byte[]? Changes,
    string ManifestPath = "manifest.json",
    string ChangesPath = "changes.json") : IDisposable
{
    /// <summary>What holds <see cref="Manifest"/>'s bytes when they are not an array.</summary>
    public IDisposable? Mapping { get; init; }

    public void Dispose() => Mapping?.Dispose();
}
