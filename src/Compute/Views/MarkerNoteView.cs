namespace Site.Compute.Views;

/// <summary>What a marker shown on the page means.</summary>
public sealed record MarkerNoteView(string Marker, string Explanation);
