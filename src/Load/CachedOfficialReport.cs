using Site.Model;

namespace Site.Load;

/// <summary>
/// A municipality workbook's figures as <see cref="ParsedInputStore"/> keeps them: a column of numbers per field, and
/// each text once. As one object per figure, with its sheet's name in each, Stockholm's 64,710 figures were 17 MB of
/// JSON and saved almost nothing (the load stage 0.53-0.59 s against 0.62 s; as columns, 0.39-0.46 s). A value is its
/// status and its number, so that a marker is read back as the marker and a number with its scale (202,70 stays
/// 202,70).
/// </summary>
public sealed record CachedOfficialReport(
    string ReportName,
    int Publication,
    IReadOnlyList<string> Texts,
    int[] Code,
    int[] Name,
    int[] Organizer,
    int[] Year,
    int[] Indicator,
    int[] Status,
    decimal?[] Number,
    int[] FigurePublication,
    int[] File,
    int[] Line,
    int[] Column)
{
    public static CachedOfficialReport From(OfficialReport report)
    {
        var texts = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Text(string text)
        {
            if (!index.TryGetValue(text, out var at))
            {
                index[text] = at = texts.Count;
                texts.Add(text);
            }

            return at;
        }

        var figures = report.Figures;
        int[] Each(Func<OfficialFigure, int> field) => figures.Select(field).ToArray();
        return new CachedOfficialReport(
            ReportName: report.ReportName,
            Publication: report.Publication.StartYear,
            Texts: texts,
            Code: Each(f => Text(f.MunicipalityCode)),
            Name: Each(f => Text(f.MunicipalityName)),
            Organizer: Each(f => f.Organizer is { } organizer ? (int)organizer : -1),
            Year: Each(f => f.Year.StartYear),
            Indicator: Each(f => (int)f.Indicator),
            Status: Each(f => (int)f.Value.Status),
            Number: figures.Select(f => f.Value.Number).ToArray(),
            FigurePublication: Each(f => f.Publication.StartYear),
            File: Each(f => Text(f.Source.File)),
            Line: Each(f => f.Source.Line),
            Column: Each(f => f.Source.Column));
    }

    /// <summary>The report as the reader made it.</summary>
    public OfficialReport ToReport(string path)
    {
        var figures = new List<OfficialFigure>(Code.Length);
        for (var i = 0; i < Code.Length; i++)
        {
            var status = (ValueStatus)Status[i];
            figures.Add(new OfficialFigure(
                MunicipalityCode: Texts[Code[i]],
                MunicipalityName: Texts[Name[i]],
                Organizer: Organizer[i] < 0 ? null : (OrganizerType)Organizer[i],
                Year: new SchoolYear(Year[i]),
                Indicator: (OfficialIndicator)Indicator[i],
                Value: status == ValueStatus.Reported
                    ? ResultValue.Reported(Number[i]!.Value)
                    : ResultValue.Marker(status),
                Publication: new SchoolYear(FigurePublication[i]),
                Source: new SourceRef(Texts[File[i]], Line[i], Column[i])));
        }

        return new OfficialReport(path, ReportName, new SchoolYear(Publication), figures);
    }
}
