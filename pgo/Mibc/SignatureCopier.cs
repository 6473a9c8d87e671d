using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Mibc;

/// <summary>
/// Copies a method signature from its defining assembly, each type token made a reference of the profile.
/// </summary>
public sealed class SignatureCopier(MetadataReader reader, MibcEmitter emitter)
{
    public void MethodSignature(ref BlobReader source, BlobBuilder target)
    {
        var header = source.ReadByte();
        target.WriteByte(header);
        if ((header & 0x10) != 0)
        {
            target.WriteCompressedInteger(source.ReadCompressedInteger());
        }

        var count = source.ReadCompressedInteger();
        target.WriteCompressedInteger(count);
        for (var i = 0; i <= count; i++)
        {
            Type(ref source, target);
        }
    }

    // ECMA-335 II.23.2.12: one type, element by element.
    private void Type(ref BlobReader source, BlobBuilder target)
    {
        var element = source.ReadByte();
        target.WriteByte(element);
        switch (element)
        {
            case 0x11 or 0x12:
                Token(ref source, target);
                break;
            case 0x1F or 0x20:
                Token(ref source, target);
                Type(ref source, target);
                break;
            case 0x15:
                Type(ref source, target);
                var count = source.ReadCompressedInteger();
                target.WriteCompressedInteger(count);
                for (var i = 0; i < count; i++)
                {
                    Type(ref source, target);
                }

                break;
            case 0x13 or 0x1E:
                target.WriteCompressedInteger(source.ReadCompressedInteger());
                break;
            case 0x0F or 0x10 or 0x1D or 0x45:
                Type(ref source, target);
                break;
            case 0x14:
                Type(ref source, target);
                target.WriteCompressedInteger(source.ReadCompressedInteger());
                for (var bounds = 0; bounds < 2; bounds++)
                {
                    var n = source.ReadCompressedInteger();
                    target.WriteCompressedInteger(n);
                    for (var i = 0; i < n; i++)
                    {
                        if (bounds == 0)
                        {
                            target.WriteCompressedInteger(source.ReadCompressedInteger());
                        }
                        else
                        {
                            target.WriteCompressedSignedInteger(source.ReadCompressedSignedInteger());
                        }
                    }
                }

                break;
            case 0x1B:
                MethodSignature(ref source, target);
                break;
            case >= 0x01 and <= 0x0E or 0x16 or 0x18 or 0x19 or 0x1C or 0x41:
                break;
            default:
                throw new NotSupportedException($"element type 0x{element:x2} in a signature");
        }
    }

    private void Token(ref BlobReader source, BlobBuilder target)
    {
        var handle = source.ReadTypeHandle();
        var reference = handle.Kind switch
        {
            HandleKind.TypeDefinition => emitter.TypeDef(reader, (TypeDefinitionHandle)handle),
            HandleKind.TypeReference => emitter.TypeReference(reader, (TypeReferenceHandle)handle),
            _ => throw new NotSupportedException($"a {handle.Kind} in a signature"),
        };
        target.WriteCompressedInteger(CodedIndex.TypeDefOrRefOrSpec(reference));
    }
}
