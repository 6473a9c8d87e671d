using Site.Diagnostics;

namespace Site.Load;

/// <summary>One kind of input read on a thread of its own, with its own diagnostics and list of files read, so that
/// <see cref="LoadInputs"/> can merge them in a fixed order whatever order the reads finish in.</summary>
internal interface ISideRead
{
    DiagnosticBag Bag { get; }

    List<(string Path, string Sha256)> Files { get; }
}
