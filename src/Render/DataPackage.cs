using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Compute.Data;

namespace Site.Render;

/// <summary>
/// datapackage.json (Frictionless Data Package) from the same specs the files are written from, so it describes every
/// published file and column and nothing else. Descriptions are Swedish in "description" and English in
/// "x-description-en".
/// </summary>
public static class DataPackage
{
    public const string ZipName = "skolresultat.zip";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ChunkedBytes Json(
        IReadOnlyList<DataTable> tables, DataPackageInfo info, IReadOnlyList<DataFileEntry> files)
    {
        // Each resource is made as it is written: the tree of a national package's ten thousand resources was the
        // largest transient of the data stage's end, where the build's memory peaked.
        var resources = files.Where(f => f.RelativePath.EndsWith(".csv", StringComparison.Ordinal))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal);
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = info.Name,
            ["title"] = info.Title,
            ["description"] = "Skolverkets resultat i årskurs 9 per skolenhet och stadsdelsområde, med medelvärden, "
                + "skillnader, trender och tilläggsanslag." + (info.IllustrativeAllocation
                ? " Anslagsbeloppen är illustrativa."
                : ""),
            ["x-description-en"] = "Skolverket's grade 9 results per school unit and district, with means, gaps, "
                + "trends and allocations." + (info.IllustrativeAllocation
                ? " The allocation amounts are illustrative."
                : ""),
            ["homepage"] = info.BaseUrl + "/data/",
            ["licenses"] = new JsonArray(new JsonObject
            {
                ["name"] = "other-attribution",
                ["title"] = "Officiell statistik från Skolverket; ange källan. / Official statistics from Skolverket; "
                    + "cite the source.",
            }),
            ["x-citation"] = $"{info.Title}, {info.BaseUrl}. Källa: Skolverket, "
                + string.Join(
                    "; ",
                    info.Sources
                        .Select(s => $"{s.ReportName} ({string.Join(", ", s.Years.Select(y => y.Label))})")
                        .Distinct())
                + ".",
            ["sources"] = new JsonArray([.. info.Sources.Select(s => (JsonNode)new JsonObject
            {
                ["title"] = $"Skolverket: {s.ReportName}",
                ["x-school-years"] = new JsonArray([.. s.Years.Select(y => (JsonNode)y.Label)]),
                ["x-published"] = s.Published,
                ["x-retrieved"] = s.Retrieved,
            }), .. info.IllustrativeAllocation ? new JsonNode[] { new JsonObject
            {
                ["title"] = "Illustrativt tilläggsanslag härlett ur Skolverkets bakgrundsandelar och Stockholms stads "
                    + "publicerade totalsiffror (se metodsidan).",
            } } : []]),
            ["x-input-files"] = new JsonArray(
                [.. info.Inputs.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["sha256"] = f.Sha256 })]),
            ["x-generator"] = new JsonObject { ["name"] = "skolresultat-site", ["version"] = info.GeneratorVersion },
        };
        using var chunked = new ChunkedJson(new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        var writer = chunked.Writer;
        writer.WriteStartObject();
        foreach (var (key, value) in package)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteStartArray("resources");
        var text = new char[1024];
        foreach (var resource in resources)
        {
            WriteResource(writer, tables, resource, ref text);
            chunked.Spill();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return chunked.Finish("\n"u8);
    }

    // Written as it is made, with no tree of nodes: a national package has 22,000 resources, and their trees were the
    // data stage's last ~70 ms on one core after a changed cell. The same bytes as the tree's WriteTo: the writer's
    // options are the tree's. A text made of parts is made in one buffer (text), not as a string.
    private static void WriteResource(
        Utf8JsonWriter writer, IReadOnlyList<DataTable> tables, DataFileEntry file, ref char[] text)
    {
        var path = file.RelativePath.AsSpan("data/".Length);
        var excel = path.StartsWith("excel/", StringComparison.Ordinal);
        var plain = excel ? path["excel/".Length..] : path;
        // The table whose file this is (a loop: a lambda cannot hold the span); else its slice's table.
        DataTable? table = null;
        foreach (var each in tables)
        {
            if (each.Spec.IsFile(plain))
            {
                table = each;
                break;
            }
        }

        table ??= tables.FirstOrDefault(t => t.Spec.Name == file.Table)
            ?? tables.Single(t => t.Spec == DataSpecs.SchoolResults);
        var spec = table.Spec;
        var slice = !spec.IsFile(plain);
        var part = slice ? plain[..^4] : spec.Name;
        var name = Join(ref text, excel ? "excel-" : "", part, "");
        if (slice)
        {
            name.Replace('/', '-');
        }

        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("path", path);
        writer.WriteString("profile", "tabular-data-resource");
        writer.WriteString("title", slice ? Join(ref text, spec.TitleSwedish, " (", part, ")") : spec.TitleSwedish);
        writer.WriteString(
            "x-title-en", slice ? Join(ref text, spec.TitleEnglish, " (", part, ")") : spec.TitleEnglish);
        writer.WriteString(
            "description",
            excel ? Join(ref text, spec.DescriptionSwedish, " Svensk Excel-version.", "") : spec.DescriptionSwedish);
        writer.WriteString(
            "x-description-en",
            excel ? Join(ref text, spec.DescriptionEnglish, " Swedish Excel version.", "") : spec.DescriptionEnglish);
        writer.WriteString("format", "csv");
        writer.WriteString("mediatype", "text/csv");
        writer.WriteString("encoding", excel ? "utf-8-sig" : "utf-8");
        writer.WriteString("hash", Join(ref text, "sha256:", file.Sha256, ""));
        writer.WriteNumber("bytes", file.Bytes);
        writer.WriteStartObject("dialect");
        writer.WriteString("delimiter", excel ? ";" : ",");
        writer.WriteString("lineTerminator", excel ? "\r\n" : "\n");
        writer.WriteBoolean("header", true);
        writer.WriteEndObject();
        writer.WriteString("schema", SchemaPath(spec, excel, !slice && spec.ReferencesSchools));
        writer.WriteEndObject();
    }

    /// <summary>The parts one after the other in <paramref name="buffer"/>, made larger when they do not fit.</summary>
    private static Span<char> Join(
        ref char[] buffer,
        ReadOnlySpan<char> a,
        ReadOnlySpan<char> b,
        ReadOnlySpan<char> c,
        ReadOnlySpan<char> d = default)
    {
        var length = a.Length + b.Length + c.Length + d.Length;
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }

        var text = buffer.AsSpan(0, length);
        a.CopyTo(text);
        b.CopyTo(text[a.Length..]);
        c.CopyTo(text[(a.Length + b.Length)..]);
        d.CopyTo(text[(a.Length + b.Length + c.Length)..]);
        return text;
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonNode? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer, Options);
        }
    }

    /// <summary>The schema files every resource points to, one per table, dialect and foreign-key use.</summary>
    public static IEnumerable<OutputFile> SchemaFiles(IReadOnlyList<DataTable> tables)
    {
        foreach (var spec in tables.Select(t => t.Spec))
        {
            // Only the school results are also published in slices, which reference no other file.
            var variants = spec == DataSpecs.SchoolResults
                ? new[] { (false, spec.ReferencesSchools), (true, false), (false, false) }
                : [(false, spec.ReferencesSchools), (true, false)];
            foreach (var (excel, foreignKey) in variants)
            {
                var bytes = JsonFile.Bytes(Schema(spec, excel, foreignKey), Options);
                yield return new OutputFile("data/" + SchemaPath(spec, excel, foreignKey), bytes);
            }
        }
    }

    private static string SchemaPath(DataTableSpec spec, bool excel, bool foreignKey) =>
        $"schemas/{spec.Name}{(excel ? ".excel" : "")}"
        + $"{(foreignKey ? "" : spec.ReferencesSchools && !excel ? ".slice" : "")}.json";

    private static JsonObject Schema(DataTableSpec spec, bool excel, bool foreignKey)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. spec.Columns.Select(c =>
            {
                var field = new JsonObject
                {
                    ["name"] = excel ? SwedishExcel.Header(c) : c.Name,
                    ["type"] = c.Type,
                    ["description"] = c.Swedish,
                    ["x-description-en"] = c.English,
                };
                if (excel)
                {
                    field["x-code"] = c.Name;
                }
                if (c.Unit is { } unit)
                {
                    field["x-unit"] = unit;
                }

                if (excel && c.Type == "number")
                {
                    field["decimalChar"] = ",";
                }

                if (c.Type == "boolean")
                {
                    field["trueValues"] = new JsonArray(excel ? SwedishExcel.Cell(c, "true") : "true");
                    field["falseValues"] = new JsonArray(excel ? SwedishExcel.Cell(c, "false") : "false");
                }

                return (JsonNode)field;
            })]),
            ["missingValues"] = new JsonArray([.. (spec.MissingValues ?? [""]).Select(v => (JsonNode)v)]),
            ["primaryKey"] = new JsonArray(
                [.. spec.PrimaryKey.Select(k => (JsonNode)(excel
                    ? SwedishExcel.Header(spec.Columns.Single(c => c.Name == k))
                    : k))]),
        };
        if (foreignKey)
        {
            schema["foreignKeys"] = new JsonArray(
                new JsonObject
                {
                    ["fields"] = "school_code",
                    ["reference"] = new JsonObject { ["resource"] = "schools", ["fields"] = "school_code" },
                });
        }

        return schema;
    }
}
