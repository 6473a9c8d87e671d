using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// A record type's fingerprint writer, generated with the program (generators/ViewRecordWriters): it writes the
/// record's properties as <see cref="ViewTypeReader"/> would from expression trees, given the readers of the record
/// types it holds, in the order of <see cref="Known"/>.
/// </summary>
public sealed record ViewRecordWriter(
    Func<ViewFingerprints, FingerprintWriter, object, int, Lazy<ViewTypeReader>[], bool> Write,
    IReadOnlyList<Type> Known);
