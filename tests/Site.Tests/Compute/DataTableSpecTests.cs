using Site.Compute.Data;

namespace Site.Tests.Compute;

/// <summary>A table knows its own file's name, the one <see cref="DataTableSpec.File"/> gives, and no other.</summary>
public class DataTableSpecTests
{
    [Theory]
    [InlineData("school_results.csv", true)]
    [InlineData("school_results.cs", false)]
    [InlineData("school_results.csv.csv", false)]
    [InlineData("school_resultsx.csv", false)]
    [InlineData("xschool_results.csv", false)]
    [InlineData("skolor/12345678/school_results.csv", false)]
    [InlineData("", false)]
    public void A_file_is_the_table_s_when_it_is_its_name_and_csv(string file, bool isFile)
    {
        var spec = DataSpecs.SchoolResults;

        Assert.Equal("school_results", spec.Name);
        Assert.Equal(isFile, spec.IsFile(file));
        Assert.Equal(file == spec.File, spec.IsFile(file));
    }
}
