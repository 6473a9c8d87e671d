using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Site.Tests.Pgo;

/// <summary>Reads a signature back as text, each named type with the assembly its reference resolves to.</summary>
internal sealed class SignatureText(MetadataReader reader) : ISignatureTypeProvider<string, object?>
{
    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString().ToLowerInvariant();

    public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var reference = r.GetTypeReference(handle);
        var scope = reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? GetTypeFromReference(r, (TypeReferenceHandle)reference.ResolutionScope, 0) + "+"
            : r.GetString(r.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name) + "!";
        var ns = r.GetString(reference.Namespace);
        var kind = rawTypeKind == (byte)SignatureTypeKind.ValueType ? "valuetype " : "";
        return kind + scope + (ns.Length == 0 ? "" : ns + ".") + r.GetString(reference.Name);
    }

    public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) =>
        throw new InvalidOperationException("a profile names no type of its own");

    public string GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte k) =>
        r.GetTypeSpecification(handle).DecodeSignature(this, context);

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        $"{genericType}<{string.Join(",", typeArguments)}>";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetGenericTypeParameter(object? context, int index) => $"!{index}";

    public string GetGenericMethodParameter(object? context, int index) => $"!!{index}";

    public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{shape.Rank}]";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

    /// <summary>A member reference or method specification as "Parent::Name&lt;args&gt;(parameters) : return".
    /// </summary>
    public string Method(EntityHandle handle)
    {
        var arguments = "";
        if (handle.Kind == HandleKind.MethodSpecification)
        {
            var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
            arguments = $"<{string.Join(",", spec.DecodeSignature(this, null))}>";
            handle = spec.Method;
        }

        var member = reader.GetMemberReference((MemberReferenceHandle)handle);
        var parent = member.Parent.Kind == HandleKind.TypeSpecification
            ? GetTypeFromSpecification(reader, null, (TypeSpecificationHandle)member.Parent, 0)
            : GetTypeFromReference(reader, (TypeReferenceHandle)member.Parent, 0);
        var signature = member.DecodeMethodSignature(this, null);
        return $"{parent}::{reader.GetString(member.Name)}{arguments}({string.Join(",", signature.ParameterTypes)})"
            + $" : {signature.ReturnType}";
    }
}
