using Site.Write;

namespace Site.Tests.Build;

/// <summary>A file the site names is written under the output folder, and nowhere else.</summary>
public class StagedFilesTests
{
    [Theory]
    [InlineData("index.html", "/out/index.html")]
    [InlineData("skolor/37416253/index.html", "/out/skolor/37416253/index.html")]
    [InlineData(".site-stamps", "/out/.site-stamps")]
    [InlineData("a/..b/c", "/out/a/..b/c")]
    public void A_path_of_the_site_is_under_the_output_folder(string relative, string path) =>
        Assert.Equal(path, StagedFiles.Resolve("/out", relative));

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData("../a")]
    [InlineData("a/../../b")]
    [InlineData("a/./b")]
    [InlineData("a//b")]
    [InlineData("a/")]
    [InlineData("a\\b")]
    public void A_path_that_leaves_the_output_folder_or_names_none_is_refused(string relative) =>
        Assert.Throws<InvalidOperationException>(() => StagedFiles.Resolve("/out", relative));
}
