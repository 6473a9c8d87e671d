using System.Text.Json;
using System.Text.Json.Nodes;

namespace Site.Render;

/// <summary>
/// The plotly.js layout of each chart kind, built once per site and put into the shared chart script, so that pages
/// carry only their traces. No template: plotly's default template alone would add about 8 KB to every chart.
/// </summary>
public static class ChartLayouts
{
    public static string Json()
    {
        JsonObject Axis(bool grid, bool categorical = false) => new()
        {
            ["showgrid"] = grid,
            ["gridcolor"] = "#d9dce1",
            ["zeroline"] = !categorical,
            ["zerolinecolor"] = "#4a4a4a",
            ["linecolor"] = "#4a4a4a",
            ["tickfont"] = new JsonObject { ["color"] = "#1a1a1a" },
            ["automargin"] = true,
            ["fixedrange"] = true,
        };

        JsonObject Base() => new()
        {
            ["font"] = new JsonObject
            {
                ["family"] = "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif",
                ["size"] = 14,
                ["color"] = "#1a1a1a",
            },
            ["separators"] = ", ",
            ["paper_bgcolor"] = "#ffffff",
            ["plot_bgcolor"] = "#ffffff",
            ["margin"] = new JsonObject { ["l"] = 8, ["r"] = 8, ["t"] = 8, ["b"] = 8 },
            ["height"] = 320,
            ["showlegend"] = true,
            // Above the plot: below it, the legend ran into the axis labels on a phone.
            ["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0, ["y"] = 1.02, ["yanchor"] = "bottom" },
            ["hovermode"] = "closest",
            // No drag, zoom or pan: on a touch screen they trapped every swipe that started on a chart, and a tap still
            // shows the values.
            ["dragmode"] = false,
        };

        var years = Base();
        years["xaxis"] = Axis(false, categorical: true);
        years["yaxis"] = Axis(true);
        years["hovermode"] = "x unified";

        var bars = Base();
        bars["xaxis"] = Axis(true);
        bars["yaxis"] = Axis(false, categorical: true);
        bars["showlegend"] = false;
        bars["height"] = 460;
        ((JsonObject)bars["yaxis"]!)["autorange"] = "reversed";

        var scatter = Base();
        scatter["xaxis"] = Axis(true);
        scatter["yaxis"] = Axis(true);
        scatter["height"] = 380;

        var layouts = new JsonObject { ["years"] = years, ["bars"] = bars, ["scatter"] = scatter };
        return layouts.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
