using System.Collections;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// How <see cref="ViewFingerprints"/> writes one type: a hash of its name, and for a record a reader that writes its
/// properties in name order, plain values (texts, numbers, enums) without boxing them: a school page's view has ~1,500
/// values, and reading them one by one through reflection took longer than rendering the page. The site's own records
/// have readers generated with the program (<see cref="ViewRecordWriters"/>); any other type's is compiled from
/// expression trees once per build, which cost ~85 ms of a Stockholm build's CPU when every record's was.
/// </summary>
public sealed class ViewTypeReader
{
    private static readonly MethodInfo AppendText = Method(nameof(ViewFingerprints.AppendText));
    private static readonly MethodInfo AppendLong = Method(nameof(ViewFingerprints.AppendLong));
    private static readonly MethodInfo AppendDecimal = Method(nameof(ViewFingerprints.AppendDecimal));
    private static readonly MethodInfo AppendTexts = Method(nameof(ViewFingerprints.AppendTexts));
    private static readonly MethodInfo AppendAny = Instance(nameof(ViewFingerprints.Append));
    private static readonly MethodInfo AppendRecord = Instance(nameof(ViewFingerprints.AppendRecord));
    private static readonly MethodInfo AppendRecords = Instance(nameof(ViewFingerprints.AppendRecords));

    private ViewTypeReader(Type type, ViewTypeKind kind)
    {
        // The type's name, hashed: written out in full before each value, it was most of the bytes hashed.
        Name = (long)XxHash64.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(type.FullName ?? type.Name));
        Kind = kind;
    }

    public long Name { get; }

    public ViewTypeKind Kind { get; }

    /// <summary>Writes a plain value given boxed (an item of a list of numbers, say).</summary>
    public Action<FingerprintWriter, object>? Value { get; private init; }

    /// <summary>Writes a record's properties; false when one of them cannot be hashed.</summary>
    public Func<ViewFingerprints, FingerprintWriter, object, int, bool>? Record { get; private init; }

    /// <param name="resolve">The reader of another type (a property's), from the build's fingerprints.</param>
    /// <param name="generated">The generated writer of a record type, if it has one; null compiles every
    /// reader.</param>
    public static ViewTypeReader For(
        Type type, Func<Type, ViewTypeReader> resolve, Func<Type, ViewRecordWriter?>? generated = null)
    {
        if (type == typeof(string))
        {
            return new(type, ViewTypeKind.Text);
        }

        if (Plain(type))
        {
            var boxed = Expression.Parameter(typeof(object));
            var bytes = Expression.Parameter(typeof(FingerprintWriter));
            var write = Write(
                Expression.Constant(null, typeof(ViewFingerprints)),
                bytes,
                Expression.Unbox(boxed, type),
                Expression.Constant(0),
                resolve);
            return new(type, ViewTypeKind.Value)
            {
                Value = Expression.Lambda<Action<FingerprintWriter, object>>(write, bytes, boxed).Compile(),
            };
        }

        if (typeof(NetTopologySuite.Geometries.Geometry).IsAssignableFrom(type))
        {
            // A district's shape, drawn on the map: its coordinates, as well-known binary.
            return new(type, ViewTypeKind.Value)
            {
                Value = (bytes, shape) => bytes.Append(((NetTopologySuite.Geometries.Geometry)shape).AsBinary()),
            };
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return new(type, ViewTypeKind.Unhashable);
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return new(type, ViewTypeKind.Sequence);
        }

        var chosen = StateOf(type);
        if (!IsRecord(type) && chosen is null)
        {
            return new(type, ViewTypeKind.Unhashable);
        }

        if (chosen is null && generated?.Invoke(type) is { } writer)
        {
            var known = writer.Known.Select(t => new Lazy<ViewTypeReader>(() => resolve(t))).ToArray();
            return new(type, ViewTypeKind.Record)
            {
                Record = (self, bytes, value, depth) => writer.Write(self, bytes, value, depth, known),
            };
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Where(p => chosen is null || chosen.Contains(p.Name))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return new(type, ViewTypeKind.Record) { Record = Compile(type, properties, resolve) };
    }

    private static Func<ViewFingerprints, FingerprintWriter, object, int, bool> Compile(
        Type type, IReadOnlyList<PropertyInfo> properties, Func<Type, ViewTypeReader> resolve)
    {
        var self = Expression.Parameter(typeof(ViewFingerprints));
        var bytes = Expression.Parameter(typeof(FingerprintWriter));
        var value = Expression.Parameter(typeof(object));
        var depth = Expression.Parameter(typeof(int));
        var typed = Expression.Variable(type);
        Expression body = Expression.Constant(true);
        foreach (var property in properties.Reverse())
        {
            body = Expression.AndAlso(Write(self, bytes, Expression.Property(typed, property), depth, resolve), body);
        }

        var block = Expression.Block([typed], Expression.Assign(typed, Expression.Convert(value, type)), body);
        return Expression
            .Lambda<Func<ViewFingerprints, FingerprintWriter, object, int, bool>>(block, self, bytes, value, depth)
            .Compile();
    }

    /// <summary>
    /// Writes a value of a property's type: a plain one at once; a record of a sealed type, or a list of them or of
    /// texts, through that type's reader, found once (the type's reader is made when first needed, so a record may
    /// hold its own type); anything else through its own type.
    /// </summary>
    private static Expression Write(
        Expression self, Expression bytes, Expression value, Expression depth, Func<Type, ViewTypeReader> resolve)
    {
        var type = value.Type;
        if (type == typeof(string))
        {
            return Expression.Call(AppendText, bytes, value);
        }

        if (type == typeof(decimal))
        {
            return Expression.Call(AppendDecimal, bytes, value);
        }

        if (type == typeof(double) || type == typeof(float))
        {
            var bits = typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits))!;
            return Long(Expression.Call(bits, Expression.Convert(value, typeof(double))));
        }

        if (type == typeof(bool))
        {
            return Long(Expression.Condition(value, Expression.Constant(1L), Expression.Constant(0L)));
        }

        if (type == typeof(DateOnly))
        {
            return Long(Expression.Property(value, nameof(DateOnly.DayNumber)));
        }

        if (type == typeof(DateTime))
        {
            return Long(Expression.Property(value, nameof(DateTime.Ticks)));
        }

        if (type.IsEnum)
        {
            return Long(Expression.Convert(value, Enum.GetUnderlyingType(type)));
        }

        if (type.IsPrimitive)
        {
            return Long(value);
        }

        if (Nullable.GetUnderlyingType(type) is { } inner && Plain(inner))
        {
            // A number or none, without boxing it: 1 then the number, or 0.
            return Expression.Condition(
                Expression.Property(value, nameof(Nullable<>.HasValue)),
                Expression.AndAlso(
                    Long(Expression.Constant(1L)),
                    Write(self, bytes, Expression.Property(value, nameof(Nullable<>.Value)), depth, resolve)),
                Long(Expression.Constant(0L)));
        }

        if (SealedRecord(type))
        {
            return Expression.Call(self, AppendRecord, bytes, value, Later(type), depth);
        }

        if (ListOf(type) is { } item)
        {
            return item == typeof(string)
                ? Expression.Call(AppendTexts, bytes, value)
                : Expression.Call(self, AppendRecords.MakeGenericMethod(item), bytes, value, Later(item), depth);
        }

        return Expression.Call(self, AppendAny, bytes, Expression.Convert(value, typeof(object)), depth);

        Expression Later(Type known) => Expression.Constant(new Lazy<ViewTypeReader>(() => resolve(known)));

        Expression Long(Expression number) =>
            Expression.Call(AppendLong, bytes, Expression.Convert(number, typeof(long)));
    }

    private static bool SealedRecord(Type type) => type.IsClass && type.IsSealed && IsRecord(type);

    /// <summary>T of a property typed as a list of T, where T is a sealed record or text.</summary>
    private static Type? ListOf(Type type)
    {
        var list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? type
            : null;
        var item = list?.GetGenericArguments()[0];
        return item is not null && (item == typeof(string) || SealedRecord(item)) ? item : null;
    }

    private static bool Plain(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(DateTime);

    /// <summary>
    /// A record's state is its properties: the compiler writes PrintMembers for record classes and structs.
    /// </summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    /// <summary>
    /// The properties that hold the whole state of a type that is not a record: a lazy value's value; a language's
    /// words follow from the language and what its areas are called (its other properties are words made from them,
    /// and the other language); a dictionary's entries are their keys and values.
    /// </summary>
    private static string[]? StateOf(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Lazy<>))
        {
            return [nameof(Lazy<>.Value)];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            return ["Key", "Value"];
        }

        return type == typeof(Compute.Texts.Texts)
            ? [nameof(Compute.Texts.Texts.Language), nameof(Compute.Texts.Texts.Areas)]
            : null;
    }

    private static MethodInfo Instance(string name) =>
        typeof(ViewFingerprints).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static MethodInfo Method(string name) =>
        typeof(ViewFingerprints).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;
}
