using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Mibc;

/// <summary>
/// The methods that traced processes compiled just in time, named as their definitions: each method by its MethodDef
/// token and its types by their TypeDef tokens and type arguments (the runtime's MethodDetails and BulkType events,
/// with the Loader, Type, MethodDiagnostic and TypeDiagnostic keywords), so that every reference can be made from the
/// defining assembly's own metadata. The assemblies are read where the traced program had them.
/// </summary>
public sealed class TraceMethods : IDisposable
{
    private readonly SortedDictionary<string, MethodEntry> methods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    // The PE readers own the memory their metadata readers read: both are kept until this is disposed.
    private readonly List<PEReader> kept = [];

    /// <summary>Each defining assembly's metadata, by assembly name.</summary>
    public Dictionary<string, MetadataReader> Readers { get; } = new(StringComparer.Ordinal);

    /// <summary>Every trace's methods once, in the order of their keys.</summary>
    public IReadOnlyCollection<MethodEntry> Methods => methods.Values;

    public void Dispose() => kept.ForEach(pe => pe.Dispose());

    public void Read(string trace)
    {
        var modules = new Dictionary<long, string>();
        var types = new Dictionary<long, (long Module, int Token, int Element, long[] Args)>();
        var details = new Dictionary<long, (long Type, int Token, long[] Args)>();
        var jitted = new HashSet<long>();
        using var source = new EventPipeEventSource(trace);
        var clr = new ClrTraceEventParser(source);
        clr.LoaderModuleLoad += e => modules[(long)e.ModuleID] = e.ModuleILPath;
        clr.TypeBulkType += e =>
        {
            for (var i = 0; i < e.Count; i++)
            {
                var v = e.Values(i);
                var parameters = Enumerable.Range(0, v.TypeParameterCount)
                    .Select(p => (long)v.TypeParameterID(p))
                    .ToArray();
                types[(long)v.TypeID] = ((long)v.ModuleID, v.TypeNameID, v.CorElementType, parameters);
            }
        };
        clr.MethodMethodDetails += e => details[(long)e.MethodID] =
            ((long)e.TypeID,
                (int)e.MethodToken,
                Enumerable.Range(0, e.TypeParameterCount).Select(p => (long)e.TypeParameters(p)).ToArray());
        // A recompilation at tier 1 is of code that ran already; only the first compilation of a method counts.
        clr.MethodLoadVerbose += e =>
        {
            if (e.OptimizationTier != OptimizationTier.OptimizedTier1)
            {
                jitted.Add((long)e.MethodID);
            }
        };
        source.Process();

        TypeNode? Node(long id, int depth = 0)
        {
            if (depth > 32 || !types.TryGetValue(id, out var t))
            {
                return null;
            }

            var args = t.Args.Select(a => Node(a, depth + 1)).ToArray();
            if (args.Any(a => a is null))
            {
                return null;
            }

            if (t.Element == 0x1D)
            {
                return args.Length == 1 ? new TypeNode("", 0, args!) : null;
            }

            // Pointers, by-refs and multi-dimensional arrays are rare in instantiations and left out.
            return (t.Token >> 24) == 0x02 && Assembly(t.Module) is { } assembly
                ? new TypeNode(assembly, t.Token, args!)
                : null;
        }

        string? Assembly(long module)
        {
            if (!modules.TryGetValue(module, out var path) || !File.Exists(path))
            {
                return null;
            }

            if (!files.TryGetValue(path, out var name))
            {
                // The PE reader owns the memory its metadata reader reads: both are kept to the end.
                var pe = new PEReader(File.OpenRead(path));
                var reader = pe.GetMetadataReader();
                files[path] = name = reader.GetString(reader.GetAssemblyDefinition().Name);
                Readers.TryAdd(name, reader);
                kept.Add(pe);
            }

            return name;
        }

        foreach (var id in jitted)
        {
            // Dynamic methods (compiled expression trees) have no definition to name.
            if (!details.TryGetValue(id, out var d) || (d.Token >> 24) != 0x06 || Node(d.Type) is not { } owner)
            {
                continue;
            }

            var methodArgs = d.Args.Select(a => Node(a)).ToArray();
            if (methodArgs.All(a => a is not null))
            {
                var entry = new MethodEntry(owner, d.Token, methodArgs!);
                methods[entry.Key] = entry;
            }
        }
    }
}
