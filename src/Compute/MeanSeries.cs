namespace Site.Compute;

/// <summary>
/// One organizer split's and measure's entries per year, in the dataset's school order, each with its school's
/// position, and each year's method (see <see cref="MeanEntries"/>). A year's lists are never changed once made, so a
/// preview save shares the last save's lists for every year its change did not reach.
/// </summary>
internal sealed class MeanSeries(int years)
{
    public List<MeanEntry>[] Entries { get; } = new List<MeanEntry>[years];

    public List<int>[] Positions { get; } = new List<int>[years];

    public MeanMethod[] Methods { get; } = new MeanMethod[years];

    /// <summary>Makes one year's lists from the schools' entries at <paramref name="slot"/>, in school order.</summary>
    /// <param name="included">Whether the school at a position is in the series' split.</param>
    public void Make(int year, int slot, MeanEntry?[][] bySchool, Func<int, bool> included)
    {
        // Counted first, so that each list is made once at its size: grown as it was filled, they were 16 MB of a
        // national build's garbage, and kept up to twice their size to its end.
        var count = 0;
        for (var position = 0; position < bySchool.Length; position++)
        {
            count += bySchool[position][slot] is not null && included(position) ? 1 : 0;
        }

        var entries = new List<MeanEntry>(count);
        var positions = new List<int>(count);
        for (var position = 0; position < bySchool.Length; position++)
        {
            if (bySchool[position][slot] is { } entry && included(position))
            {
                entries.Add(entry);
                positions.Add(position);
            }
        }

        Entries[year] = entries;
        Positions[year] = positions;
        Methods[year] = Means.YearMethod(entries);
    }

    /// <summary>Takes the last save's lists and method for a year whose entries are the same objects as then.</summary>
    public void Share(int year, MeanSeries last)
    {
        Entries[year] = last.Entries[year];
        Positions[year] = last.Positions[year];
        Methods[year] = last.Methods[year];
    }
}
