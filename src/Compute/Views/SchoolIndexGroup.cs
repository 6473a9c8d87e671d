namespace Site.Compute.Views;

/// <summary>The schools whose names start with one letter.</summary>
public sealed record SchoolIndexGroup(string Letter, IReadOnlyList<SchoolIndexEntry> Schools);
