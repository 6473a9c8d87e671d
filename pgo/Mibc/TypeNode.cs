namespace Mibc;

/// <summary>A type as the trace names it: its definition (assembly, TypeDef token) and its type arguments; an array's
/// definition is empty and its one argument is the element type.</summary>
public sealed record TypeNode(string Assembly, int Token, TypeNode[] Args)
{
    public string Key => Assembly.Length == 0
        ? $"{Args[0].Key}[]"
        : $"{Assembly}:{Token:x8}" + (Args.Length == 0 ? "" : $"<{string.Join(",", Args.Select(a => a.Key))}>");
}
