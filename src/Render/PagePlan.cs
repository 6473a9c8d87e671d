namespace Site.Render;

/// <summary>One page of the site: the file it becomes and how to render it (its view is built when it is rendered).</summary>
public sealed record PagePlan(string File, Func<RazorPages, Task<OutputFile>> Render);
