namespace Site.Compute.Views;

/// <summary>One hit the search can give: a school or an area, with its page and a line saying what it is.</summary>
public sealed record SearchEntryView(string Title, string Url, string About);
