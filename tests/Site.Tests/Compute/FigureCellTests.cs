using Site.Compute.Views;
using Site.Model;

namespace Site.Tests.Compute;

/// <summary>A published value becomes a table cell: its number, or its marker and no number, never a zero.</summary>
public class FigureCellTests
{
    public static TheoryData<ResultValue?, decimal?, string?> Values => new()
    {
        { ResultValue.Reported(202.7m), 202.7m, null },
        { ResultValue.Marker(ValueStatus.Suppressed), null, ".." },
        { ResultValue.Marker(ValueStatus.Missing), null, "." },
        { ResultValue.Marker(ValueStatus.RoundedNear100), null, "~100" },
        { ResultValue.Marker(ValueStatus.TeachersExcluded), null, "*" },
        { null, null, null },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_is_its_number_or_its_marker(ResultValue? value, decimal? number, string? marker)
    {
        var cell = FigureCell.From(value, decimals: 0);

        Assert.Equal(new FigureCell(number, 0, Marker: marker), cell);
        Assert.Equal(FigureCell.From(CellView.From(value), 0), cell);
    }
}
