using Newtonsoft.Json;
using Plotly.NET;
using Site.Compute.Views;

namespace Site.Render;

/// <summary>
/// Turns a chart's series into plotly.js trace JSON with Plotly.NET. Only the traces go into a page; each kind's layout
/// is built once into the site-wide chart script (see <see cref="ChartLayouts"/>).
/// </summary>
public static class PlotlyTraces
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = Globals.JSON_CONFIG.ContractResolver,
        Converters = Globals.JSON_CONFIG.Converters,
        NullValueHandling = Globals.JSON_CONFIG.NullValueHandling,
        // The JSON sits in a <script> element: '<', '>' and '&' must never close it.
        StringEscapeHandling = StringEscapeHandling.EscapeHtml,
        Culture = System.Globalization.CultureInfo.InvariantCulture,
    };

    // The district's and the city's series recur on every school page of the district: each distinct series is turned
    // into trace JSON by Plotly.NET once per build (about 2 ms each) and reused.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Json(ChartView chart, string separators)
    {
        var traces = string.Join(",", chart.Series.Select(TraceJson));
        return "{\"kind\":" + Text(chart.Kind.ToString().ToLowerInvariant())
            + ",\"x\":" + Text(chart.XTitle)
            + ",\"y\":" + Text(chart.YTitle)
            + ",\"separators\":" + Text(separators)
            + ",\"traces\":[" + traces + "]}";
    }

    /// <summary>One series' trace JSON, from a template where there is one.</summary>
    internal static string TraceJson(ChartSeries s) => s.Role switch
    {
        ChartSeriesRole.Points => Converted(s),
        ChartSeriesRole.Bars when s.Categories is not null => FromBarTemplate(s),
        ChartSeriesRole.Bars => Converted(s),
        _ => FromTemplate(s),
    };

    // Bars get one colour per bar by sign: Plotly.NET writes a one-bar trace of each sign once, and each series fills in
    // its name, categories, values and colours, as the lines do.
    private const decimal ValueMark = 123456.78m;

    private static readonly Lazy<(string Json, string Positive, string Negative)> BarTemplate = new(() =>
    {
        var positive = Serialize(new ChartSeries(NameMark, ChartSeriesRole.Bars, [XMark], null, [ValueMark]));
        var negative = Serialize(new ChartSeries(NameMark, ChartSeriesRole.Bars, [XMark], null, [-ValueMark]));
        static string Colour(string json)
        {
            const string Marker = "\"marker\":{\"color\":[";
            var start = json.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
            return json[start..json.IndexOf(']', start)];
        }

        return (positive, Colour(positive), Colour(negative));
    });

    private static string FromBarTemplate(ChartSeries s)
    {
        var (json, positive, negative) = BarTemplate.Value;
        var categories = string.Join(",", s.Categories!.Select(Text));
        var values = string.Join(",", s.Y.Select(y => y is { } v ? JsonConvert.ToString(Shown(v)) : "null"));
        var colours = string.Join(",", s.Y.Select(y => y is < 0 ? negative : positive));
        return json
            .Replace($"\"{NameMark}\"", Text(s.Name), StringComparison.Ordinal)
            .Replace($"[\"{XMark}\"]", $"[{categories}]", StringComparison.Ordinal)
            .Replace($"[{JsonConvert.ToString(ValueMark)}]", $"[{values}]", StringComparison.Ordinal)
            .Replace($"\"color\":[{positive}]", $"\"color\":[{colours}]", StringComparison.Ordinal);
    }

    private static string Converted(ChartSeries s)
    {
        var key = string.Join("\u001f", new[] { s.Name, s.Role.ToString() }
            .Concat(s.Categories ?? []).Append("|")
            .Concat((s.X ?? []).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append("|")
            .Concat(s.Y.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")).Append("|")
            .Concat(s.Labels ?? []));
        return Cache.GetOrAdd(key, _ => Serialize(s));
    }

    /// <summary>One series' trace JSON straight from Plotly.NET: the reference the templates must equal.</summary>
    internal static string Serialize(ChartSeries s) => JsonConvert.SerializeObject(GenericChart.getTraces(Trace(s)), Settings)[1..^1];

    // A line's look (colour, dash, marker) depends only on its role: Plotly.NET writes one trace per role with marked
    // placeholders, and each series fills in its name and values. Same JSON as converting every series, without the
    // ~2 ms each conversion costs, which matters with a page per school for thousands of schools.
    private const string NameMark = "@@name@@";

    private const string XMark = "@@x@@";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ChartSeriesRole, (string Before, string Middle, string After)> Templates = new();

    private static string FromTemplate(ChartSeries s)
    {
        var (before, middle, after) = Templates.GetOrAdd(s.Role, role =>
        {
            var json = Serialize(new ChartSeries(NameMark, role, [XMark], null, [null]));
            var name = $"\"{NameMark}\"";
            var values = $"[\"{XMark}\"],\"y\":[null]";
            var (n, v) = (json.IndexOf(name, StringComparison.Ordinal), json.IndexOf(values, StringComparison.Ordinal));
            if (n < 0 || v < n || json.IndexOf(name, n + 1, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"Unexpected trace JSON from Plotly.NET for {role}: {json}");
            }

            return (json[..n], json[(n + name.Length)..v], json[(v + values.Length)..]);
        });
        var builder = new System.Text.StringBuilder(before.Length + middle.Length + after.Length + 32 * s.Y.Count);
        builder.Append(before).Append(Text(s.Name)).Append(middle).Append('[');
        var count = s.Categories?.Count ?? s.X!.Count;
        for (var i = 0; i < count; i++)
        {
            builder.Append(i > 0 ? "," : "").Append(s.Categories is { } c ? Text(c[i]) : JsonConvert.ToString(Shown(s.X![i])));
        }

        builder.Append("],\"y\":[");
        for (var i = 0; i < s.Y.Count; i++)
        {
            builder.Append(i > 0 ? "," : "").Append(s.Y[i] is { } y ? JsonConvert.ToString(Shown(y)) : "null");
        }

        return builder.Append(']').Append(after).ToString();
    }

    /// <summary>
    /// Two decimals, as in the CSV files: a mean's 28 digits told readers nothing, made every page heavier, and changed
    /// every page of the site whenever one school's value moved the national mean in its tenth decimal.
    /// </summary>
    private static decimal Shown(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Text(string? value) => value is null ? "null" : JsonConvert.ToString(value, '"', StringEscapeHandling.EscapeHtml);

    private static GenericChart Trace(ChartSeries s)
    {
        var y = s.Y.Select(v => v is { } n ? (IConvertible)Shown(n) : DBNull.Value).ToList();
        IEnumerable<IConvertible> x = s.Categories is { } c ? c : s.X!.Select(v => (IConvertible)Shown(v));
        return s.Role switch
        {
            ChartSeriesRole.Bars => Plotly.NET.CSharp.Chart.Bar<IConvertible, IConvertible, string>(
                values: y, Keys: new Plotly.NET.CSharp.Optional<IEnumerable<IConvertible>>(x, true), Name: s.Name,
                MarkerColor: Color.fromColors(s.Y.Select(v => Color.fromHex(v is < 0 ? ChartColors.Negative : ChartColors.Positive)))),
            ChartSeriesRole.Points => Plotly.NET.CSharp.Chart.Point<IConvertible, IConvertible, string>(
                x: x, y: y, Name: s.Name, MultiText: new Plotly.NET.CSharp.Optional<IEnumerable<string>>(s.Labels ?? [], s.Labels is not null), MarkerColor: Color.fromHex(ChartColors.Primary)),
            ChartSeriesRole.Fit => Plotly.NET.CSharp.Chart.Line<IConvertible, IConvertible, string>(
                x: x, y: y, Name: s.Name, LineColor: Color.fromHex(ChartColors.Reference), LineDash: StyleParam.DrawingStyle.Dash),
            _ => Plotly.NET.CSharp.Chart.Line<IConvertible, IConvertible, string>(
                x: x, y: y, Name: s.Name, ShowMarkers: true,
                LineColor: Color.fromHex(ChartColors.For(s.Role)),
                LineDash: s.Role switch { ChartSeriesRole.Secondary => StyleParam.DrawingStyle.Dash, ChartSeriesRole.Reference => StyleParam.DrawingStyle.Dot, _ => StyleParam.DrawingStyle.Solid },
                MarkerSymbol: s.Role switch { ChartSeriesRole.Secondary => StyleParam.MarkerSymbol.Square, ChartSeriesRole.Reference => StyleParam.MarkerSymbol.Diamond, _ => StyleParam.MarkerSymbol.Circle },
                MarkerColor: Color.fromHex(ChartColors.For(s.Role))),
        };
    }
}
