using Newtonsoft.Json;
using Plotly.NET;
using Site.Compute.Views;

namespace Site.Render;

/// <summary>
/// Turns a chart's series into plotly.js trace JSON with Plotly.NET. Only the traces go into a page; each kind's layout
/// is built once into the site-wide chart script (see <see cref="ChartLayouts"/>). An instance belongs to one build or
/// one preview session (<see cref="RenderSession"/>) and keeps what it has made for that build's pages only.
/// </summary>
public sealed class ChartTraces : IDisposable
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = Globals.JSON_CONFIG.ContractResolver,
        Converters = [.. Globals.JSON_CONFIG.Converters, new DynamicObjJsonConverter()],
        NullValueHandling = Globals.JSON_CONFIG.NullValueHandling,
        // The JSON sits in a <script> element: '<', '>' and '&' must never close it.
        StringEscapeHandling = StringEscapeHandling.EscapeHtml,
        Culture = System.Globalization.CultureInfo.InvariantCulture,
    };

    // A kind's template, cut from Plotly.NET's JSON once per build (see Make); lazy, so that a page asking for one
    // being made waits for it instead of making it again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ChartTemplateKind, Lazy<ChartTemplate>>
        templates = new();

    /// <summary>
    /// Makes every kind's template on the thread pool, or takes them from <paramref name="store"/> when an earlier
    /// build of this program kept them there. Plotly.NET's first chart costs about a quarter of a second (F# and
    /// Newtonsoft set themselves up): it had held both renderers on their first pages, each making the same template.
    /// A build starts this when its inputs are read, beside validate, which runs on one core; started beside the load
    /// stage, it took a core from the reading of the inputs (Stockholm, 16 alternating pairs: 0.97 of the time). Kept,
    /// the templates are read in a few milliseconds and Plotly.NET is not set up at all.
    /// </summary>
    /// <param name="store">The build's kept templates; null makes them with Plotly.NET and keeps nothing.</param>
    public Task MakeTemplatesAsync(ChartTemplateStore? store = null) => Task.Run(() =>
    {
        if (store?.Find() is { } kept)
        {
            foreach (var (kind, template) in kept)
            {
                templates.TryAdd(kind, new Lazy<ChartTemplate>(template));
            }

            return;
        }

        store?.Keep(ChartTemplateKind.All.ToDictionary(kind => kind, TemplateOf));
    });

    private ChartTemplate TemplateOf(ChartTemplateKind kind) =>
        templates.GetOrAdd(kind, k => new Lazy<ChartTemplate>(() => Make(k))).Value;

    // Names and school years recur on every page: each distinct text is escaped once per build.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> escaped = new(
        StringComparer.Ordinal);

    // One builder per rendering thread, emptied for each chart: a builder made per chart (sized for its series) was
    // ~110 MB of a national build's allocations, more than the charts' JSON itself.
    private readonly ThreadLocal<System.Text.StringBuilder> builders = new(() => new System.Text.StringBuilder(4096));

    public void Dispose() => builders.Dispose();

    public string Json(ChartView chart, string separators) => Build(chart, separators).ToString();

    /// <summary>
    /// Writes the chart's JSON (<see cref="Json"/>) to <paramref name="output"/> without making a string.
    /// </summary>
    public void Write(ChartView chart, string separators, TextWriter output) => output.Write(Build(chart, separators));

    private System.Text.StringBuilder Build(ChartView chart, string separators)
    {
        // One builder for the whole chart: a school page has four charts of three series, on ten thousand pages.
        var json = builders.Value!.Clear()
            .Append("{\"kind\":").Append(Text(ChartView.KindName(chart.Kind)))
            .Append(",\"x\":").Append(Text(chart.XTitle))
            .Append(",\"y\":").Append(Text(chart.YTitle))
            .Append(",\"separators\":").Append(Text(separators))
            .Append(chart.Mark is null ? "" : ",\"mark\":" + Text(chart.Mark))
            .Append(",\"traces\":[");
        for (var i = 0; i < chart.Series.Count; i++)
        {
            FromTemplate(i == 0 ? json : json.Append(','), chart.Series[i]);
        }

        return json.Append("]}");
    }

    /// <summary>One series' trace JSON, filled in from its kind's template.</summary>
    internal string TraceJson(ChartSeries s) => FromTemplate(new System.Text.StringBuilder(), s).ToString();

    /// <summary>One series' trace JSON straight from Plotly.NET: the reference the templates must equal.</summary>
    /// <param name="dynamic">Newtonsoft's own way through Plotly.NET's objects (the runtime binder), for the tests to
    /// hold the program's way (<see cref="DynamicObjJsonConverter"/>) to.</param>
    internal static string Serialize(ChartSeries s, bool dynamic = false) =>
        JsonConvert.SerializeObject(
            GenericChart.getTraces(Trace(s)),
            dynamic
                ? new JsonSerializerSettings(Settings) { Converters = Globals.JSON_CONFIG.Converters }
                : Settings)[1..^1];

    // A trace's look (colour, dash, marker; for bars a colour per sign) depends only on its kind (its role, and whether
    // its points carry labels): Plotly.NET writes one trace per kind with marked placeholders, cut once into the text
    // between them, and each series fills in its name, x, y (and bar colours, labels). Same JSON as converting every
    // series (ChartTracesTests holds them equal), without the ~2 ms each conversion costs, which matters with a page
    // per school for thousands of schools.
    private const string NameMark = "@@name@@";

    private const string XMark = "@@x@@";

    private const string LabelMark = "@@label@@";

    private const decimal ValueMark = 123456.78m;

    private static ChartTemplate Make(ChartTemplateKind kind)
    {
        var role = kind.Role;
        ChartSeries Marked(decimal value) =>
            new(NameMark, role, [XMark], null, [value], kind.Labelled ? [LabelMark] : null);
        static string Colour(string json)
        {
            const string Marker = "\"marker\":{\"color\":[";
            var start = json.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
            return json[start..json.IndexOf(']', start)];
        }

        var json = Serialize(Marked(ValueMark));
        var (positive, negative) = role == ChartSeriesRole.Bars
            ? (Colour(json), Colour(Serialize(Marked(-ValueMark))))
            : ("", "");
        var marks = new List<(string Text, ChartTemplateSlot Slot)>
        {
            ($"\"{NameMark}\"", ChartTemplateSlot.Name),
            ($"[\"{XMark}\"]", ChartTemplateSlot.X),
            ($"[{JsonConvert.ToString(ValueMark)}]", ChartTemplateSlot.Y),
        };
        if (role == ChartSeriesRole.Bars)
        {
            marks.Add(($"[{positive}]", ChartTemplateSlot.Colours));
        }

        if (kind.Labelled)
        {
            marks.Add(($"[\"{LabelMark}\"]", ChartTemplateSlot.Labels));
        }

        var found = marks
            .Select(m => (m.Text, m.Slot, At: json.IndexOf(m.Text, StringComparison.Ordinal)))
            .OrderBy(m => m.At)
            .ToList();
        if (found.Any(m => m.At < 0 || json.IndexOf(m.Text, m.At + 1, StringComparison.Ordinal) >= 0))
        {
            throw new InvalidOperationException($"Unexpected trace JSON from Plotly.NET for {role}: {json}");
        }

        var texts = new List<string>();
        var from = 0;
        foreach (var mark in found)
        {
            texts.Add(json[from..mark.At]);
            from = mark.At + mark.Text.Length;
        }

        texts.Add(json[from..]);
        return new ChartTemplate(texts, found.Select(m => m.Slot).ToList(), positive, negative);
    }

    private System.Text.StringBuilder FromTemplate(System.Text.StringBuilder builder, ChartSeries s)
    {
        var template = TemplateOf(ChartTemplateKind.Of(s));
        for (var i = 0; i < template.Slots.Count; i++)
        {
            builder.Append(template.Texts[i]);
            switch (template.Slots[i])
            {
                case ChartTemplateSlot.Name:
                    builder.Append(Text(s.Name));
                    break;
                case ChartTemplateSlot.X:
                    if (s.Categories is { } categories)
                    {
                        AppendEach(builder, categories, (b, c) => b.Append(Text(c)));
                    }
                    else
                    {
                        AppendEach(builder, s.X!, static (b, x) => AppendNumber(b, Shown(x)));
                    }

                    break;
                case ChartTemplateSlot.Y:
                    AppendEach(builder, s.Y, static (b, y) =>
                    {
                        if (y is { } v)
                        {
                            AppendNumber(b, Shown(v));
                        }
                        else
                        {
                            b.Append("null");
                        }
                    });
                    break;
                case ChartTemplateSlot.Labels:
                    AppendEach(builder, s.Labels!, (b, label) => b.Append(Text(label)));
                    break;
                default:
                    AppendEach(builder, s.Y, (b, y) => b.Append(y is < 0 ? template.Negative : template.Positive));
                    break;
            }
        }

        return builder.Append(template.Texts[^1]);
    }

    /// <summary>
    /// "[a,b,…]" written straight into the chart's builder: joined from a string per value, the traces of a national
    /// build allocated ~200 MB (closures, iterators, each number's string), a tenth of everything the build allocated.
    /// </summary>
    private static void AppendEach<T>(
        System.Text.StringBuilder builder, IReadOnlyList<T> items, Action<System.Text.StringBuilder, T> append)
    {
        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            append(builder, items[i]);
        }

        builder.Append(']');
    }

    /// <summary>
    /// A number as <c>JsonConvert.ToString(decimal)</c> writes it (invariant, ".0" when it has no point).
    /// </summary>
    private static void AppendNumber(System.Text.StringBuilder builder, decimal value)
    {
        Span<char> text = stackalloc char[32];
        if (!value.TryFormat(text, out var length, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            builder.Append(JsonConvert.ToString(value));
            return;
        }

        builder.Append(text[..length]);
        if (text[..length].IndexOf('.') < 0)
        {
            builder.Append(".0");
        }
    }

    /// <summary>
    /// Two decimals, as in the CSV files: a mean's 28 digits told readers nothing, made every page heavier, and changed
    /// every page of the site whenever one school's value moved the national mean in its tenth decimal.
    /// </summary>
    private static decimal Shown(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private string Text(string? value) =>
        value is null
            ? "null"
            : escaped.GetOrAdd(value, v => JsonConvert.ToString(v, '"', StringEscapeHandling.EscapeHtml));

    /// <summary>
    /// A colour of the palette as Plotly.NET writes one made from its hex code ("rgba(11, 79, 138, 1.0)"), given as
    /// that text: Plotly.NET formats a colour with F#'s printf, which makes generic code at run time, and the natively
    /// compiled program (Site.csproj, SiteAot) cannot. ChartTracesTests holds the palette's text to what the published
    /// pages have.
    /// </summary>
    internal static Color PaletteColour(string hex)
    {
        var rgb = Convert.FromHexString(hex.AsSpan(1));
        return Color.fromString(string.Create(
            System.Globalization.CultureInfo.InvariantCulture, $"rgba({rgb[0]}, {rgb[1]}, {rgb[2]}, 1.0)"));
    }

    private static GenericChart Trace(ChartSeries s)
    {
        var y = s.Y.Select(v => v is { } n ? (IConvertible)Shown(n) : DBNull.Value).ToList();
        IEnumerable<IConvertible> x = s.Categories is { } c ? c : s.X!.Select(v => (IConvertible)Shown(v));
        return s.Role switch
        {
            ChartSeriesRole.Bars => Plotly.NET.CSharp.Chart.Bar<IConvertible, IConvertible, string>(
                values: y, Keys: new Plotly.NET.CSharp.Optional<IEnumerable<IConvertible>>(x, true), Name: s.Name,
                MarkerColor: Color.fromColors(
                    s.Y.Select(v => PaletteColour(v is < 0 ? ChartColors.Negative : ChartColors.Positive)))),
            ChartSeriesRole.Points => Plotly.NET.CSharp.Chart.Point<IConvertible, IConvertible, string>(
                x: x, y: y, Name: s.Name, MultiText: new Plotly.NET.CSharp.Optional<IEnumerable<string>>(
                    s.Labels ?? [],
                    s.Labels is not null), MarkerColor: PaletteColour(ChartColors.Primary)),
            ChartSeriesRole.Highlight => Plotly.NET.CSharp.Chart.Point<IConvertible, IConvertible, string>(
                x: x, y: y, Name: s.Name, MarkerColor: PaletteColour(
                    ChartColors.Secondary), MarkerSymbol: StyleParam.MarkerSymbol.Diamond),
            ChartSeriesRole.Fit => Plotly.NET.CSharp.Chart.Line<IConvertible, IConvertible, string>(
                x: x, y: y, Name: s.Name, LineColor: PaletteColour(
                    ChartColors.Reference), LineDash: StyleParam.DrawingStyle.Dash),
            _ => Plotly.NET.CSharp.Chart.Line<IConvertible, IConvertible, string>(
                x: x, y: y, Name: s.Name, ShowMarkers: true,
                LineColor: PaletteColour(ChartColors.For(s.Role)),
                LineDash: s.Role switch
                {
                    ChartSeriesRole.Secondary => StyleParam.DrawingStyle.Dash,
                    ChartSeriesRole.Reference => StyleParam.DrawingStyle.Dot,
                    _ => StyleParam.DrawingStyle.Solid,
                },
                MarkerSymbol: s.Role switch
                {
                    ChartSeriesRole.Secondary => StyleParam.MarkerSymbol.Square,
                    ChartSeriesRole.Reference => StyleParam.MarkerSymbol.Diamond,
                    _ => StyleParam.MarkerSymbol.Circle,
                },
                MarkerColor: PaletteColour(ChartColors.For(s.Role))),
        };
    }
}
