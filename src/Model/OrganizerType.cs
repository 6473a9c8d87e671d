namespace Site.Model;

/// <summary>Who runs the school: the municipality, or an independent organizer (fristående/enskild huvudman).</summary>
public enum OrganizerType
{
    Municipal,
    Independent,
}
