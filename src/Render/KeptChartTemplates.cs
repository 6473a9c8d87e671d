namespace Site.Render;

/// <summary>The file <see cref="ChartTemplateStore"/> keeps: every kind's template.</summary>
internal sealed record KeptChartTemplates(IReadOnlyList<KeptChartTemplate> Templates);
