using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Site.Tests.Import;

/// <summary>
/// A stand-in for Skolverket's planned-educations v4 API on 127.0.0.1 (never any other address): it serves a folder of
/// saved responses under the API's real paths (listing pages from the folder's school-units-list/ where it has them,
/// otherwise made from its school-units/), and injects the faults a test queues for a path.
/// </summary>
public sealed class FakeSkolverketApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Fault> always = new(StringComparer.Ordinal);

    private FakeSkolverketApi(string folder)
    {
        this.folder = folder;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(ServeAsync);
    }

    /// <summary>Every request as it came: path with query, and its Accept header.</summary>
    public ConcurrentQueue<(string Path, string Accept, DateTime At)> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeSkolverketApi> StartAsync(string folder)
    {
        var api = new FakeSkolverketApi(folder);
        await api.app.StartAsync();
        api.BaseUrl = api.app.Urls.Single();
        return api;
    }

    /// <summary>Faults for the next requests of a path (e.g. "/planned-educations/v4/school-units/12345678"), in
    /// order.</summary>
    public void Queue(string path, params Fault[] next)
    {
        var queue = faults.GetOrAdd(path, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in next)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>A fault for every request of a path.</summary>
    public void Always(string path, Fault fault) => always[path] = fault;

    public void Clear()
    {
        faults.Clear();
        always.Clear();
    }

    public int Count(string path) => Requests.Count(r => r.Path.Split('?')[0] == path);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        Requests.Enqueue(
            (path + context.Request.QueryString, context.Request.Headers.Accept.ToString(), DateTime.UtcNow));
        var body = Body(path, context.Request.Query);
        var fault = always.GetValueOrDefault(path)
            ?? (faults.TryGetValue(path, out var queue) && queue.TryDequeue(out var next)
            ? next
            : null);
        switch (fault)
        {
            case Fault.Status status:
                context.Response.StatusCode = status.Code;
                if (status.RetryAfter is { } after)
                {
                    context.Response.Headers.RetryAfter = after;
                }

                return;
            case Fault.Reset:
                context.Abort();
                return;
            case Fault.Delay delay:
                await Task.Delay(delay.Time, CancellationToken.None);
                break;
            case Fault.Truncated when body is not null:
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
            case Fault.Replace replace:
                body = Encoding.UTF8.GetBytes(replace.Json);
                break;
        }

        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/hal+json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    private byte[]? Body(string path, IQueryCollection query)
    {
        const string root = "/planned-educations/v4/school-units";
        if (path == root)
        {
            return Listing(
                query["geographicalAreaCode"].ToString(),
                int.Parse(query["page"].ToString(), CultureInfo.InvariantCulture),
                int.Parse(query["size"].ToString(), CultureInfo.InvariantCulture));
        }

        var parts = path.StartsWith(root + "/", StringComparison.Ordinal) ? path[(root.Length + 1)..].Split('/') : [];
        var file = parts switch
        {
            [var code] => Path.Combine(folder, "school-units", code + ".json"),
            [var code, "statistics", "gr"] => Path.Combine(folder, "statistics-gr", code + ".json"),
            _ => null,
        };
        return file is not null && File.Exists(file) ? File.ReadAllBytes(file) : null;
    }

    private byte[] Listing(string municipality, int page, int size)
    {
        var saved = Path.Combine(folder, "school-units-list", $"{municipality}-page-{page:D4}.json");
        if (File.Exists(saved))
        {
            return File.ReadAllBytes(saved);
        }

        var units = Directory.GetFiles(Path.Combine(folder, "school-units"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement)
            .Where(u => u.GetProperty("geographicalAreaCode").GetString() == municipality)
            .Select(u => new
            {
                code = u.GetProperty(
                "code").GetString(),
                name = u.GetProperty("name").GetString(),
                geographicalAreaCode = municipality
            })
            .ToList();
        var pages = (units.Count + size - 1) / size;
        var listing = new Dictionary<string, object>
        {
            ["page"] = new { size, totalElements = units.Count, totalPages = pages, number = page },
        };
        if (units.Count > 0)
        {
            listing["_embedded"] = new { listedSchoolUnits = units.Skip(page * size).Take(size).ToList() };
        }

        return JsonSerializer.SerializeToUtf8Bytes(listing);
    }
}
