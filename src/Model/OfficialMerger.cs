using Site.Diagnostics;
using Site.Load;

namespace Site.Model;

/// <summary>
/// Merges Skolverket's municipality reports. Next year's report overlaps this one by nine school years: where two give
/// the same figure they must agree, and where they differ Skolverket revised it, so the newer publication's value is
/// used and the pair is kept as a revision (shown on the change page). Only the site's municipalities are kept.
/// </summary>
public static class OfficialMerger
{
    public static (IReadOnlyList<OfficialFigure> Figures, IReadOnlyList<OfficialRevision> Revisions) Merge(
        IReadOnlyList<OfficialReport> reports,
        SiteSettings settings,
        DiagnosticBag diagnostics)
    {
        var kept = new Dictionary<(string, OrganizerType?, SchoolYear, OfficialIndicator), OfficialFigure>();
        var revisions = new List<OfficialRevision>();
        // Oldest publication first, so that a newer one replaces it; equal publications in file order.
        foreach (var report in reports.OrderBy(r => r.Publication).ThenBy(r => r.Path, StringComparer.Ordinal))
        {
            foreach (var figure in report.Figures.Where(f => settings.Publishes(f.MunicipalityCode)))
            {
                var key = (figure.MunicipalityCode, figure.Organizer, figure.Year, figure.Indicator);
                if (kept.TryGetValue(key, out var earlier))
                {
                    if (earlier.Publication == figure.Publication && earlier.Value != figure.Value)
                    {
                        diagnostics.Error(
                            figure.Source,
                            $"two reports of the same publication ({figure.Publication.Label}) disagree; the other is "
                            + $"{earlier.Source}",
                            figure.Value.ToString(),
                            "keep one copy of each report in official/");
                        continue;
                    }

                    if (earlier.Value != figure.Value)
                    {
                        revisions.Add(new OfficialRevision(earlier, figure));
                    }
                }

                kept[key] = figure;
            }
        }

        var figures = kept.Values
            .OrderBy(f => f.MunicipalityCode, StringComparer.Ordinal)
            .ThenBy(f => f.Organizer.HasValue)
            .ThenBy(f => f.Organizer)
            .ThenBy(f => f.Year)
            .ThenBy(f => f.Indicator)
            .ToList();
        return (figures, revisions);
    }
}
