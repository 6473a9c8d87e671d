using System.CommandLine;
using System.Text;
using Site;
using Site.Build;
using Site.Import;
using Site.Import.Api;
using Site.Load;

// The composition root: parse the command line, run one command, return its exit code.
Console.OutputEncoding = new UTF8Encoding(false);
var log = Console.Out;

Option<string> Folder(string name, string defaultValue, string description) =>
    new(name) { Description = description, DefaultValueFactory = _ => defaultValue };

Option<string> DataOption() =>
    Folder("--data", "data", "Folder with site.json, schools.csv, results/ and the district boundaries.");
Option<string> InputOption() => Folder("--input", "input", "Folder with the Markdown pages.");
Option<string> OutputOption() =>
    Folder("--output", "output", "Folder the site is written to; replaced whole, only when the build succeeds.");

Command BuildLike(Command command)
{
    var data = DataOption();
    var input = InputOption();
    var output = OutputOption();
    command.Options.Add(data);
    command.Options.Add(input);
    command.Options.Add(output);
    var noCache = new Option<bool>("--no-cache")
    {
        Description = "Read every input file anew and make every output file; by default a build keeps its read of "
            + "Skolverket's municipality workbook and its chart templates in $XDG_CACHE_HOME/skolresultat (else "
            + "~/.cache/skolresultat) for the next build of the same file and program, keeps the pages and data "
            + "files of the last build in the output folder that have not changed (.site-stamps), and keeps its "
            + "analysis there for the next build into the same output folder.",
    };
    command.Options.Add(noCache);
    // For measuring, not for publishing (bench/run): the build's own time without a new process's start.
    var repeat = new Option<int>("--repeat")
    {
        Description = "Build this many times in one process, removing the output folder this program wrote before "
            + "each build after the first, and print each build's time: what a build costs once the process is warm.",
        Hidden = true,
        DefaultValueFactory = _ => 1,
    };
    command.Options.Add(repeat);
    command.SetAction((result, _) =>
    {
        var paths = new BuildPaths(
            Data: result.GetValue(data)!,
            Input: result.GetValue(input)!,
            Output: result.GetValue(output)!,
            Cache: result.GetValue(noCache) ? null : ParsedInputStore.DefaultFolder);
        return BuildCommand.RepeatAsync(paths, result.GetValue(repeat), log);
    });
    return command;
}

var build = BuildLike(new Command("build", "Build the site from the data and input folders."));

var validateData = DataOption();
var validate = new Command("validate", "Read and check every input; print every problem; write nothing.")
{
    validateData,
};
validate.SetAction(result => ValidateCommand.Run(result.GetValue(validateData)!, log));

var importApi = new Option<string>("--api")
{
    Description = "Folder of API responses (school-units/ and statistics-gr/); default: DATA/sources/skolverket-api.",
};
var importData = DataOption();
var importFetch = new Option<bool>("--from-api")
{
    Description = "Fetch the responses from Skolverket's API into the --api folder first (resuming from what is "
        + "saved), then import them.",
};
var importMunicipalities = new Option<string?>("--municipalities")
{
    Description = "With --from-api: municipality codes to fetch, e.g. 0180,0138; default: those of site.json.",
};
var importUrl = new Option<string>("--api-url")
{
    Description = "With --from-api: the API's base URL (a mirror, or a test server).",
    DefaultValueFactory = _ => ApiEndpoints.DefaultBaseUrl,
};
var importRefresh = new Option<bool>("--refresh")
{
    Description = "With --from-api: fetch every response again, also those already saved.",
};
var import = new Command(
    "import",
    "Turn Skolverket API responses (saved, or fetched with --from-api) into tidy files and the school registry in the "
    + "data folder.")
{
    importApi, importData, importFetch, importMunicipalities, importUrl, importRefresh,
};
import.SetAction(async (result, cancel) =>
{
    var data = result.GetValue(importData)!;
    var folder = result.GetValue(importApi) ?? Path.Combine(data, "sources", "skolverket-api");
    if (!result.GetValue(importFetch))
    {
        return ImportCommand.Run(folder, data, log);
    }

    if (ApiImportCommand.Municipalities(result.GetValue(importMunicipalities), data, log) is not { } municipalities)
    {
        return ExitCodes.UsageErrors;
    }

    if (ApiImportCommand.BaseUrl(result.GetValue(importUrl)!, log) is not { } url)
    {
        return ExitCodes.UsageErrors;
    }

    var options = new ApiFetchOptions
    {
        BaseUrl = url,
        Municipalities = municipalities,
        Folder = folder,
        Refresh = result.GetValue(importRefresh),
    };
    return await ApiImportCommand.RunAsync(options, data, log, cancel);
});

var allocationData = DataOption();
var allocationYear = new Option<string>("--year")
{
    Description = "The school year the allocation is for, e.g. 2024/25.",
    Required = true,
};
var allocation = new Command(
    "illustrate-allocation",
    "Write a clearly illustrative allocation for the municipal schools, derived from the background export in "
    + "data/background/.")
{
    allocationData,
    allocationYear,
};
allocation.SetAction(result => IllustrativeAllocationCommand.Run(
    result.GetValue(allocationData)!,
    result.GetValue(allocationYear)!,
    log));

var previewData = DataOption();
var previewInput = InputOption();
var previewOutput = OutputOption();
var previewPort = new Option<int>("--port") { Description = "Port on 127.0.0.1.", DefaultValueFactory = _ => 8080 };
var preview = new Command("preview", "Build, serve on 127.0.0.1 and rebuild when data/ or input/ change.")
{
    previewData,
    previewInput,
    previewOutput,
    previewPort,
};
preview.SetAction((result, cancel) => PreviewCommand.RunAsync(
    new BuildPaths(result.GetValue(previewData)!, result.GetValue(previewInput)!, result.GetValue(previewOutput)!),
    result.GetValue(previewPort),
    log,
    cancel));

var publishedData = DataOption();
var publishedOutput = OutputOption();
var markPublished = new Command(
    "mark-published",
    "Record the built site as published (copies manifest.json and changes.json into data/published/ to commit).")
{
    publishedData,
    publishedOutput,
};
markPublished.SetAction(result => MarkPublishedCommand.Run(
    result.GetValue(publishedData)!,
    result.GetValue(publishedOutput)!,
    log));

var root = BuildLike(
    new RootCommand(
        "Builds a static site of school results from Skolverket's published files. Without a command it builds with "
        + "the default folders."));
root.Subcommands.Add(build);
root.Subcommands.Add(validate);
root.Subcommands.Add(import);
root.Subcommands.Add(allocation);
root.Subcommands.Add(preview);
root.Subcommands.Add(markPublished);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run with --help for the commands and options.");
    return ExitCodes.UsageErrors;
}

return await parsed.InvokeAsync();
