using Microsoft.Extensions.ObjectPool;

namespace Site.Compute.Analysis;

/// <summary>
/// Writers of fingerprints lent for one hash each and taken back emptied, so that one serves page after page: a
/// writer's buffer and hash state for every page was a twentieth of what the national build allocated. A pool without
/// locks: a ConcurrentBag of a writer or two per thread took its lock on every take and give-back, and the two
/// rendering threads waited on it (1.4 % of a national build's render samples). Owned by what hashes with it (a
/// build's view fingerprints, its school pages' keys).
/// </summary>
public sealed class FingerprintPool
{
    private readonly ObjectPool<FingerprintWriter> writers = ObjectPool.Create<FingerprintWriter>();

    /// <summary>The hash of what <paramref name="write"/> writes, or null when it says a part cannot be
    /// hashed.</summary>
    public Hash128? Hash(Func<FingerprintWriter, bool> write)
    {
        var bytes = writers.Get();
        try
        {
            return write(bytes) ? bytes.Hash() : null;
        }
        finally
        {
            bytes.Reset();
            writers.Return(bytes);
        }
    }
}
