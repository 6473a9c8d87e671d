using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Site.Generators;

/// <summary>
/// The writer of one record type: its properties in name order, as the reflection the reader used finds them (public,
/// readable, not indexers, the most derived of each name), each written by <see cref="PropertyWrite"/>.
/// </summary>
internal sealed class RecordWriterSource
{
    private readonly List<string> writes;

    private RecordWriterSource(List<string> writes, List<string> known)
    {
        this.writes = writes;
        Known = known;
    }

    /// <summary>The types whose readers the writer is given, in the order of its known[i].</summary>
    public IReadOnlyList<string> Known { get; }

    /// <summary>
    /// Null when a property cannot be named or read from outside the type: the reader compiles that type's reader.
    /// </summary>
    public static RecordWriterSource? Of(INamedTypeSymbol type)
    {
        var properties = new List<IPropertySymbol>();
        var seen = new HashSet<string>();
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var property in t.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                if (!seen.Add(property.Name))
                {
                    continue;
                }

                if (property.GetMethod is not { DeclaredAccessibility: Accessibility.Public })
                {
                    // Reflection finds a public property with a hidden getter; its value cannot be read from here.
                    if (property.GetMethod is not null)
                    {
                        return null;
                    }

                    continue;
                }

                properties.Add(property);
            }
        }

        var known = new List<string>();
        var writes = new List<string>();
        var names = 0;
        foreach (var property in properties.OrderBy(p => p.Name, System.StringComparer.Ordinal))
        {
            if (!PropertyWrite.Nameable(property.Type))
            {
                return null;
            }

            writes.Add(PropertyWrite.Of("v." + Identifier(property.Name), property.Type, known, ref names));
        }

        return new RecordWriterSource(writes, known);
    }

    public void AppendMethod(StringBuilder source, string method, string typeName)
    {
        source.AppendLine($"    private static bool {method}(");
        source.AppendLine("        global::Site.Render.ViewFingerprints self,");
        source.AppendLine("        global::Site.Compute.Analysis.FingerprintWriter bytes,");
        source.AppendLine("        object value,");
        source.AppendLine("        int depth,");
        source.AppendLine("        global::System.Lazy<global::Site.Render.ViewTypeReader>[] known)");
        source.AppendLine("    {");
        source.AppendLine($"        var v = ({typeName})value;");
        source.AppendLine("        return true");
        foreach (var write in writes)
        {
            source.AppendLine($"            && {write}");
        }

        source.AppendLine("            ;");
        source.AppendLine("    }");
    }

    private static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            ? "@" + name
            : name;
}
