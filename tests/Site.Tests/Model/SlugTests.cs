using Site.Model;

namespace Site.Tests.Model;

public class SlugTests
{
    [Theory]
    [InlineData("Enskede-Årsta-Vantör", "enskede-arsta-vantor")]
    [InlineData("Hässelby-Vällingby", "hasselby-vallingby")]
    [InlineData("Spånga-Tensta", "spanga-tensta")]
    [InlineData("Östermalm", "ostermalm")]
    [InlineData("Hägersten-Älvsjö", "hagersten-alvsjo")]
    [InlineData("Norra Ön", "norra-on")]
    [InlineData("  Två  ord ", "tva-ord")]
    [InlineData("../../etc", "etc")]
    [InlineData("Linnéskolan", "linneskolan")]
    public void Makes_lower_case_ascii_slugs(string name, string expected) => Assert.Equal(expected, Slug.From(name));
}
