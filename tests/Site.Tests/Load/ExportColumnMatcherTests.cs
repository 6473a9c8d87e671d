using Site.Load;

namespace Site.Tests.Load;

public class ExportColumnMatcherTests
{
    [Theory]
    [InlineData("Skol-enhetskod", ExportColumn.SchoolCode)]
    [InlineData("Skolenhetskod", ExportColumn.SchoolCode)]
    [InlineData("Skola", ExportColumn.SchoolName)]
    [InlineData("Kommun-kod", ExportColumn.MunicipalityCode)]
    [InlineData("Kommunkod", ExportColumn.MunicipalityCode)]
    [InlineData("Skolkommun", ExportColumn.MunicipalityName)]
    [InlineData("Kommun", ExportColumn.MunicipalityName)]
    [InlineData("Typ av huvudman", ExportColumn.OrganizerType)]
    [InlineData("Antal elever", ExportColumn.Pupils)]
    [InlineData("Andel (%) elever som uppfyllt betygskriterierna i alla ämnen", ExportColumn.AllSubjectsPassed)]
    [InlineData("Andel (%) elever som uppnått kunskapskraven i alla ämnen", ExportColumn.AllSubjectsPassed)]
    [InlineData("Andel (%) elever behöriga till yrkesprog.", ExportColumn.EligibleVocational)]
    [InlineData("Genomsnittligt meritvärde (17 ämnen)", ExportColumn.MeritValue17)]
    [InlineData("Genomsnittligt meritvärde (16 ämnen)", ExportColumn.MeritValue16)]
    [InlineData("  genomsnittligt   MERITVÄRDE (17 ämnen) ", ExportColumn.MeritValue17)]
    public void Matches_columns_by_meaning(string header, ExportColumn expected) =>
        Assert.Equal(expected, ExportColumnMatcher.Match(header));

    [Theory]
    [InlineData("Huvudman")]
    [InlineData("Huvudman orgnr")]
    [InlineData("Genomsnittligt meritvärde flickor")]
    [InlineData("")]
    public void Ignores_other_columns(string header) => Assert.Null(ExportColumnMatcher.Match(header));
}
