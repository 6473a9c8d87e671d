using Site.Model;

namespace Site.Tests.Model;

public class SwedishComparerTests
{
    [Fact]
    public void Sorts_å_ä_ö_after_z_and_é_with_e()
    {
        string[] names = ["Östermalm", "Älvsjö", "Åkeshov", "Zeta", "Enskede", "Édith", "bromma", "Abrahamsberg"];

        var sorted = names.Order(SwedishComparer.Instance).ToList();

        Assert.Equal(["Abrahamsberg", "bromma", "Édith", "Enskede", "Zeta", "Åkeshov", "Älvsjö", "Östermalm"], sorted);
    }
}
