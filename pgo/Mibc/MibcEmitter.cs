using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Mibc;

/// <summary>Writes the .mibc assembly, its references made from each defining assembly's metadata.</summary>
public sealed class MibcEmitter(Dictionary<string, MetadataReader> readers)
{
    private static readonly Guid Mvid = new("6b1a3c0e-58c4-4c6d-9a8f-1f2e3d4c5b6a");

    // Types the runtime's signatures name by their own element type (ECMA-335 II.23.1.16).
    private static readonly Dictionary<string, byte> Primitives = new(StringComparer.Ordinal)
    {
        ["Boolean"] = 0x02,
        ["Char"] = 0x03,
        ["SByte"] = 0x04,
        ["Byte"] = 0x05,
        ["Int16"] = 0x06,
        ["UInt16"] = 0x07,
        ["Int32"] = 0x08,
        ["UInt32"] = 0x09,
        ["Int64"] = 0x0A,
        ["UInt64"] = 0x0B,
        ["Single"] = 0x0C,
        ["Double"] = 0x0D,
        ["String"] = 0x0E,
        ["IntPtr"] = 0x18,
        ["UIntPtr"] = 0x19,
        ["Object"] = 0x1C,
    };

    private readonly MetadataBuilder metadata = new();
    private readonly Dictionary<string, AssemblyReferenceHandle> assemblies = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntityHandle, string, string), TypeReferenceHandle> typeRefs = [];

    public int Write(string path, IEnumerable<MethodEntry> entries)
    {
        var groups = new SortedDictionary<string, List<EntityHandle>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            try
            {
                var handle = Method(entry);
                var list = groups.TryGetValue(entry.Owner.Assembly, out var l) ? l : groups[entry.Owner.Assembly] = [];
                list.Add(handle);
            }
            catch (Exception ex) when (ex is NotSupportedException or BadImageFormatException)
            {
                Console.WriteLine($"left out {entry.Key}: {ex.Message}");
            }
        }

        var il = new BlobBuilder();
        var bodies = new MethodBodyStreamEncoder(il);
        var groupBodies = groups.Values.Select(handles =>
        {
            var code = new InstructionEncoder(new BlobBuilder());
            foreach (var handle in handles)
            {
                code.OpCode(ILOpCode.Ldtoken);
                code.Token(handle);
                code.OpCode(ILOpCode.Pop);
            }

            code.OpCode(ILOpCode.Ret);
            return bodies.AddMethodBody(code);
        }).ToList();

        // Each group names every assembly of the profile: crossgen2 reads a group only when all of them are in the
        // version bubble, which they are in a composite, self-contained publish.
        var all = string.Join(";", assemblies.Keys.Order(StringComparer.Ordinal));
        var dictionary = new InstructionEncoder(new BlobBuilder());
        // The group methods are the MethodDef rows after AssemblyDictionary (row 1), added below in this order.
        var row = 2;
        foreach (var group in groups.Keys)
        {
            dictionary.LoadString(metadata.GetOrAddUserString($"{group};{all}"));
            dictionary.OpCode(ILOpCode.Ldtoken);
            dictionary.Token(MetadataTokens.MethodDefinitionHandle(row++));
            dictionary.OpCode(ILOpCode.Pop);
        }

        dictionary.OpCode(ILOpCode.Ret);
        var signature = new BlobBuilder();
        new BlobEncoder(signature).MethodSignature().Parameters(0, r => r.Void(), _ => { });
        var voidSignature = metadata.GetOrAddBlob(signature);
        var name = Path.GetFileNameWithoutExtension(path);
        metadata.AddModule(0, metadata.GetOrAddString(name + ".dll"), metadata.GetOrAddGuid(Mvid), default, default);
        metadata.AddAssembly(metadata.GetOrAddString(name), new Version(1, 0, 0, 0), default, default, 0, 0);
        const MethodAttributes Static = MethodAttributes.Static | MethodAttributes.Public;
        var first = metadata.AddMethodDefinition(Static, MethodImplAttributes.IL,
            metadata.GetOrAddString("AssemblyDictionary"), voidSignature, bodies.AddMethodBody(dictionary), default);
        var index = 0;
        foreach (var body in groupBodies)
        {
            metadata.AddMethodDefinition(Static, MethodImplAttributes.IL, metadata.GetOrAddString($"Group{index++}"),
                voidSignature, body, default);
        }

        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default,
            MetadataTokens.FieldDefinitionHandle(1), first);
        var pe = new ManagedPEBuilder(new PEHeaderBuilder(imageCharacteristics: Characteristics.Dll),
            new MetadataRootBuilder(metadata), il, deterministicIdProvider: _ => new BlobContentId(Mvid, 1));
        var blob = new BlobBuilder();
        pe.Serialize(blob);
        using var file = File.Create(path);
        blob.WriteContentTo(file);
        return groups.Values.Sum(g => g.Count);
    }

    private EntityHandle Method(MethodEntry entry)
    {
        var reader = readers[entry.Owner.Assembly];
        var definition = reader.GetMethodDefinition(MetadataTokens.MethodDefinitionHandle(entry.Token & 0xFFFFFF));
        EntityHandle parent = entry.Owner.Args.Length == 0
            ? TypeDef(reader, definition.GetDeclaringType())
            : metadata.AddTypeSpecification(metadata.GetOrAddBlob(Encode(entry.Owner)));
        var signature = new BlobBuilder();
        var blob = reader.GetBlobReader(definition.Signature);
        new SignatureCopier(reader, this).MethodSignature(ref blob, signature);
        EntityHandle member = metadata.AddMemberReference(
            parent, metadata.GetOrAddString(reader.GetString(definition.Name)), metadata.GetOrAddBlob(signature));
        if (entry.Args.Length == 0)
        {
            return member;
        }

        var instantiation = new BlobBuilder();
        instantiation.WriteByte(0x0A);
        instantiation.WriteCompressedInteger(entry.Args.Length);
        foreach (var arg in entry.Args)
        {
            instantiation.LinkSuffix(Encode(arg));
        }

        return metadata.AddMethodSpecification(member, metadata.GetOrAddBlob(instantiation));
    }

    /// <summary>A type from the trace as signature bytes.</summary>
    private BlobBuilder Encode(TypeNode type)
    {
        var b = new BlobBuilder();
        if (type.Assembly.Length == 0)
        {
            b.WriteByte(0x1D);
            b.LinkSuffix(Encode(type.Args[0]));
            return b;
        }

        var reader = readers[type.Assembly];
        var handle = MetadataTokens.TypeDefinitionHandle(type.Token & 0xFFFFFF);
        var definition = reader.GetTypeDefinition(handle);
        if (type.Assembly == "System.Private.CoreLib" && definition.GetDeclaringType().IsNil
            && reader.GetString(definition.Namespace) == "System"
            && Primitives.TryGetValue(reader.GetString(definition.Name), out var code))
        {
            b.WriteByte(code);
            return b;
        }

        var kind = IsValueType(reader, definition) ? (byte)0x11 : (byte)0x12;
        if (type.Args.Length > 0)
        {
            b.WriteByte(0x15);
        }

        b.WriteByte(kind);
        b.WriteCompressedInteger(CodedIndex.TypeDefOrRefOrSpec(TypeDef(reader, handle)));
        if (type.Args.Length > 0)
        {
            b.WriteCompressedInteger(type.Args.Length);
            foreach (var arg in type.Args)
            {
                b.LinkSuffix(Encode(arg));
            }
        }

        return b;
    }

    private static bool IsValueType(MetadataReader reader, TypeDefinition definition)
    {
        if (definition.BaseType.IsNil)
        {
            return false;
        }

        var (ns, name) = definition.BaseType.Kind switch
        {
            HandleKind.TypeReference => reader.GetTypeReference((TypeReferenceHandle)definition.BaseType) is var r
                ? (r.Namespace, r.Name) : default,
            HandleKind.TypeDefinition => reader.GetTypeDefinition((TypeDefinitionHandle)definition.BaseType) is var d
                ? (d.Namespace, d.Name) : default,
            _ => default,
        };
        var isEnum = reader.GetString(definition.Namespace) == "System" && reader.GetString(definition.Name) == "Enum";
        return !ns.IsNil && reader.GetString(ns) == "System" && reader.GetString(name) is "ValueType" or "Enum"
            && !isEnum;
    }

    private AssemblyReferenceHandle AssemblyRef(string name) => assemblies.TryGetValue(name, out var handle)
        ? handle
        : assemblies[name] = metadata.AddAssemblyReference(metadata.GetOrAddString(name), new Version(0, 0, 0, 0),
            default, default, default, default);

    private TypeReferenceHandle TypeRef(EntityHandle scope, string ns, string name)
    {
        if (!typeRefs.TryGetValue((scope, ns, name), out var handle))
        {
            typeRefs[(scope, ns, name)] = handle =
                metadata.AddTypeReference(scope, metadata.GetOrAddString(ns), metadata.GetOrAddString(name));
        }

        return handle;
    }

    public TypeReferenceHandle TypeDef(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        var declaring = definition.GetDeclaringType();
        EntityHandle scope = declaring.IsNil
            ? AssemblyRef(reader.GetString(reader.GetAssemblyDefinition().Name))
            : TypeDef(reader, declaring);
        return TypeRef(scope, reader.GetString(definition.Namespace), reader.GetString(definition.Name));
    }

    public TypeReferenceHandle TypeReference(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        EntityHandle scope = reference.ResolutionScope.Kind switch
        {
            HandleKind.AssemblyReference => AssemblyRef(
                reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name)),
            HandleKind.TypeReference => TypeReference(reader, (TypeReferenceHandle)reference.ResolutionScope),
            HandleKind.ModuleDefinition => AssemblyRef(reader.GetString(reader.GetAssemblyDefinition().Name)),
            _ => throw new NotSupportedException($"a type reference scoped by {reference.ResolutionScope.Kind}"),
        };
        return TypeRef(scope, reader.GetString(reference.Namespace), reader.GetString(reference.Name));
    }
}
