using Site.Build;

namespace Site.Tests.Build;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validate_prints_every_error_and_exits_1_without_writing()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        File.AppendAllText(
            Path.Combine(data, "results", "history.csv"),
            "11111111,2022/23,merit_value,ok,999\n1234,2022/23,merit_value,ok,5\n");
        var before = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Length;
        var log = new StringWriter();

        var code = ValidateCommand.Run(data, log);

        Assert.Equal(1, code);
        Assert.Contains("history.csv:10:5: error: merit_value must lie between 0–340 (value: '999')", log.ToString());
        Assert.Contains("history.csv:11:1: error: a school-unit code must be 8 digits (value: '1234')", log.ToString());
        Assert.Equal(before, Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Length);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_school_new_since_the_published_build_is_a_warning_that_does_not_fail()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var output = Path.Combine(temp.Path, "output");
        await BuildCommand.RunAsync(new BuildPaths(data, TestPaths.SmallInput, output), new StringWriter());
        Assert.Equal(0, MarkPublishedCommand.Run(data, output, new StringWriter()));
        File.AppendAllText(Path.Combine(data, "schools.csv"), "55555555,Nya skolan,9999,municipal,1.5,0.5,,\n");
        File.AppendAllText(Path.Combine(data, "results", "history.csv"), "55555555,2024/25,merit_value,ok,240\n");
        var log = new StringWriter();

        var code = ValidateCommand.Run(data, log);

        Assert.Equal(0, code);
        Assert.Contains("warning: school 55555555 (Nya skolan) is new since the last published build", log.ToString());
    }
}
