namespace Mibc;

/// <summary>A method: its MethodDef token on its (instantiated) type, and its own type arguments.</summary>
public sealed record MethodEntry(TypeNode Owner, int Token, TypeNode[] Args)
{
    public string Key =>
        $"{Owner.Key}::{Token:x8}" + (Args.Length == 0 ? "" : $"<{string.Join(",", Args.Select(a => a.Key))}>");
}
