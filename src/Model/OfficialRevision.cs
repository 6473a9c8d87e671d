namespace Site.Model;

/// <summary>A figure that two of Skolverket's reports give differently: the newer publication's value is the one
/// used.</summary>
public sealed record OfficialRevision(OfficialFigure Earlier, OfficialFigure Later);
