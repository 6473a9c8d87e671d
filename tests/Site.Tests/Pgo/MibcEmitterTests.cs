using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Mibc;

namespace Site.Tests.Pgo;

/// <summary>
/// The profile crossgen2 reads (pgo/site.mibc), written from hand-made method entries over this runtime's own
/// assemblies and read back with System.Reflection.Metadata: the layout crossgen2's reader expects (ECMA-335 IL that
/// names each group and method by token) and references that say exactly which method, on which instantiation.
/// </summary>
public sealed class MibcEmitterTests : IDisposable
{
    private const string CoreLib = "System.Private.CoreLib";
    private const string Linq = "System.Linq";

    private readonly List<PEReader> files = [];
    private readonly Dictionary<string, MetadataReader> readers = new(StringComparer.Ordinal);
    private readonly TempFolder temp = new();

    public MibcEmitterTests()
    {
        foreach (var assembly in new[] { typeof(object).Assembly, typeof(Enumerable).Assembly })
        {
            var pe = new PEReader(File.OpenRead(assembly.Location));
            files.Add(pe);
            readers[assembly.GetName().Name!] = pe.GetMetadataReader();
        }
    }

    public void Dispose()
    {
        files.ForEach(f => f.Dispose());
        temp.Dispose();
    }

    private static TypeNode Core(Type type, params TypeNode[] args) => new(CoreLib, type.MetadataToken, args);

    private static TypeNode IntNode => Core(typeof(int));

    private static TypeNode StringNode => Core(typeof(string));

    private static MethodEntry[] Entries()
    {
        var select = typeof(Enumerable).GetMethods().Single(m =>
            m.Name == "Select" && m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == typeof(Func<,>));
        var enumerator = typeof(List<>.Enumerator);
        return
        [
            new(Core(typeof(List<>), IntNode), typeof(List<>).GetMethod("Add")!.MetadataToken, []),
            new(Core(enumerator, IntNode), enumerator.GetMethod("MoveNext")!.MetadataToken, []),
            new(
                Core(
                    typeof(Dictionary<,>),
                    Core(typeof(ValueTuple<,>), IntNode, StringNode),
                    new TypeNode("", 0, [IntNode])),
                typeof(Dictionary<,>).GetMethod("TryGetValue")!.MetadataToken,
                []),
            new(Core(typeof(EqualityComparer<>), Core(typeof(DayOfWeek))),
                typeof(EqualityComparer<>).GetMethod("get_Default")!.MetadataToken, []),
            new(new TypeNode(Linq, typeof(Enumerable).MetadataToken, []), select.MetadataToken, [IntNode, StringNode]),
        ];
    }

    [Fact]
    public void Each_method_is_referenced_on_its_instantiation_as_its_definition_declares_it()
    {
        var path = Path.Combine(temp.Path, "site.mibc");
        Assert.Equal(5, new MibcEmitter(readers).Write(path, Entries()));

        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        var groups = Groups(pe, reader);

        // One group per defining assembly, in order, each naming every assembly the profile refers to.
        const string All = "System.Linq;System.Private.CoreLib;System.Runtime";
        Assert.Equal([$"System.Linq;{All}", $"System.Private.CoreLib;{All}"], groups.Select(g => g.Name));
        var text = new SignatureText(reader);
        Assert.Equal(
            [
                "System.Linq!System.Linq.Enumerable::Select<int32,string>(System.Runtime!System.Collections.Generic."
                    + "IEnumerable`1<!!0>,System.Runtime!System.Func`2<!!0,!!1>) : System.Runtime!System.Collections."
                    + "Generic.IEnumerable`1<!!1>",
            ],
            groups[0].Methods.Select(text.Method));
        Assert.Equal(
            [
                "System.Private.CoreLib!System.Collections.Generic.Dictionary`2<valuetype System.Private.CoreLib!"
                    + "System.ValueTuple`2<int32,string>,int32[]>::TryGetValue(!0,!1&) : boolean",
                "System.Private.CoreLib!System.Collections.Generic.EqualityComparer`1<valuetype "
                    + "System.Private.CoreLib!System.DayOfWeek>::get_Default() : "
                    + "System.Private.CoreLib!System.Collections.Generic.EqualityComparer`1<!0>",
                "System.Private.CoreLib!System.Collections.Generic.List`1<int32>::Add(!0) : void",
                "valuetype System.Private.CoreLib!System.Collections.Generic.List`1+Enumerator<int32>::MoveNext() : "
                    + "boolean",
            ],
            groups[1].Methods.Select(text.Method).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes()
    {
        var first = Path.Combine(temp.Path, "a", "site.mibc");
        var second = Path.Combine(temp.Path, "b", "site.mibc");
        Directory.CreateDirectory(Path.GetDirectoryName(first)!);
        Directory.CreateDirectory(Path.GetDirectoryName(second)!);
        new MibcEmitter(readers).Write(first, Entries());
        new MibcEmitter(readers).Write(second, Entries());
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    // The IL crossgen2 reads (ILCompiler's MIbcProfileParser): AssemblyDictionary's `ldstr name; ldtoken group; pop`,
    // and in each group `ldtoken method; pop`.
    private static List<(string Name, List<EntityHandle> Methods)> Groups(PEReader pe, MetadataReader reader)
    {
        var module = reader.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(1));
        Assert.Equal("<Module>", reader.GetString(module.Name));
        var dictionary = module.GetMethods().Select(reader.GetMethodDefinition)
            .Single(m => reader.GetString(m.Name) == "AssemblyDictionary");
        var groups = new List<(string, List<EntityHandle>)>();
        string? name = null;
        foreach (var (opcode, token) in Instructions(pe, dictionary))
        {
            if (opcode == 0x72)
            {
                name = reader.GetUserString(MetadataTokens.UserStringHandle(token & 0xFFFFFF));
            }
            else if (opcode == 0xD0)
            {
                var group = reader.GetMethodDefinition(MetadataTokens.MethodDefinitionHandle(token & 0xFFFFFF));
                var methods = Instructions(pe, group).Where(i => i.OpCode == 0xD0)
                    .Select(i => MetadataTokens.EntityHandle(i.Token)).ToList();
                groups.Add((name!, methods));
            }
        }

        return groups;
    }

    private static IEnumerable<(byte OpCode, int Token)> Instructions(PEReader pe, MethodDefinition method)
    {
        var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
        for (var at = 0; at < il.Length;)
        {
            var opcode = il[at++];
            Assert.Contains(opcode, new byte[] { 0x72, 0xD0, 0x26, 0x2A });
            var token = opcode is 0x72 or 0xD0 ? BinaryPrimitives.ReadInt32LittleEndian(il.AsSpan(at, 4)) : 0;
            at += opcode is 0x72 or 0xD0 ? 4 : 0;
            yield return (opcode, token);
        }
    }
}
