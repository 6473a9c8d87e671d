namespace Site.Render;

/// <summary>
/// One kind's trace JSON as Plotly.NET writes it, cut at its open slots: <see cref="Texts"/> has one more item than
/// <see cref="Slots"/>, and a trace is the texts with each slot filled in between. <see cref="Positive"/> and
/// <see cref="Negative"/> are a bar's colours.
/// </summary>
public sealed record ChartTemplate(
    IReadOnlyList<string> Texts, IReadOnlyList<ChartTemplateSlot> Slots, string Positive, string Negative)
{
    /// <summary>Whether the texts and slots fit together as <see cref="ChartTraces"/> fills them in.</summary>
    public bool IsWhole => Texts.Count == Slots.Count + 1 && Slots.All(Enum.IsDefined);
}
