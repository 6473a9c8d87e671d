using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Site.Generators;

/// <summary>
/// What a writer writes for a property's value, by the property's type: the rules of Site.Render.ViewTypeReader.Write,
/// as C#. Plain values (texts, numbers, dates, enums) are written without boxing; a sealed record, or a list of them or
/// of texts, through its type's reader, given to the writer (known[i]); anything else through its own type.
/// </summary>
internal static class PropertyWrite
{
    private const string Fingerprints = "global::Site.Render.ViewFingerprints";

    /// <param name="value">The expression that reads the value.</param>
    /// <param name="known">The types whose readers the writer is given; a new one is added at the end.</param>
    /// <param name="names">How many pattern variables the writer has so far (each needs a name of its own).</param>
    public static string Of(string value, ITypeSymbol type, List<string> known, ref int names)
    {
        if (Plain(type) is { } plain)
        {
            return plain(value);
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            && Plain(nullable.TypeArguments[0]) is { } inner)
        {
            // A number or none, without boxing it: 1 then the number, or 0.
            var name = "n" + names++;
            return $"({value} is {{ }} {name} ? {Long("1L")} && {inner(name)} : {Long("0L")})";
        }

        if (SealedRecord(type))
        {
            return $"self.AppendRecord(bytes, {value}, known[{Index(type)}], depth)";
        }

        if (type is INamedTypeSymbol { IsGenericType: true } list
            && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>")
        {
            var item = list.TypeArguments[0];
            if (item.SpecialType == SpecialType.System_String)
            {
                return $"{Fingerprints}.AppendTexts(bytes, {value})";
            }

            if (SealedRecord(item))
            {
                return $"self.AppendRecords<{Name(item)}>(bytes, {value}, known[{Index(item)}], depth)";
            }
        }

        return $"self.Append(bytes, {value}, depth)";

        int Index(ITypeSymbol record)
        {
            var name = Name(record);
            var at = known.IndexOf(name);
            if (at < 0)
            {
                known.Add(name);
                at = known.Count - 1;
            }

            return at;
        }
    }

    /// <summary>
    /// Whether generated code can name the type: it and every type it is made of are public or internal.
    /// </summary>
    public static bool Nameable(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Nameable(array.ElementType),
        ITypeParameterSymbol => false,
        INamedTypeSymbol named => Accessible(named) && named.TypeArguments.All(Nameable),
        _ => type.SpecialType != SpecialType.None,
    };

    /// <summary>Whether the type and every type it is nested in are public or internal, and none is
    /// file-local.</summary>
    public static bool Accessible(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal) || t.IsFileLocal)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How a plain value is written, or null for a type that is not plain.</summary>
    private static System.Func<string, string>? Plain(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return v => $"{Fingerprints}.AppendText(bytes, {v})";
            case SpecialType.System_Decimal:
                return v => $"{Fingerprints}.AppendDecimal(bytes, {v})";
            case SpecialType.System_Double:
            case SpecialType.System_Single:
                return v => Long($"global::System.BitConverter.DoubleToInt64Bits((double){v})");
            case SpecialType.System_Boolean:
                return v => Long($"({v} ? 1L : 0L)");
            case SpecialType.System_DateTime:
                return v => Long($"{v}.Ticks");
            case SpecialType.System_Byte:
            case SpecialType.System_SByte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Char:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return v => Long($"unchecked((long){v})");
        }

        if (type.ToDisplayString() == "System.DateOnly")
        {
            return v => Long($"(long){v}.DayNumber");
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            // As the reader: the enum as its underlying number, then that as a long.
            return v => Long($"unchecked((long)({Name(underlying)}){v})");
        }

        return null;
    }

    private static bool SealedRecord(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsSealed: true, IsRecord: true };

    private static string Long(string number) => $"{Fingerprints}.AppendLong(bytes, {number})";

    private static string Name(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)
            .ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
