using Site.Diagnostics;

namespace Site.Load;

/// <summary>A read of one kind of input (<see cref="ISideRead"/>), started on the thread pool by <see cref="Start"/>.</summary>
internal sealed class SideRead<T>(Func<DiagnosticBag, List<(string Path, string Sha256)>, T> read) : ISideRead
{
    public DiagnosticBag Bag { get; } = new();

    public List<(string Path, string Sha256)> Files { get; } = [];

    public Task<T> Task { get; private set; } = null!;

    public SideRead<T> Start()
    {
        Task = System.Threading.Tasks.Task.Run(() => read(Bag, Files));
        return this;
    }
}
