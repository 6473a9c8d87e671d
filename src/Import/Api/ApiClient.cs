using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace Site.Import.Api;

/// <summary>
/// GETs one API address with Polly's retry pipeline from Microsoft.Extensions.Http.Resilience (rather than a retry loop
/// of our own): each attempt has its own timeout; timeouts, resets, cut-off bodies, 429 (waiting as its Retry-After
/// says) and 5xx are retried with exponential backoff and jitter; any other 4xx is final. The pipeline wraps the whole
/// GET including reading the body, so a body cut off in transit is retried like a reset.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient client;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public ApiClient(ApiFetchOptions options)
    {
        // The pipeline owns timeouts; HttpClient's own would cut across its retries.
        client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("skolresultat-import/1.0");
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            MaxDelay = TimeSpan.FromMinutes(2),
            ShouldHandle = args => ValueTask.FromResult(
                HttpClientResiliencePredicates.IsTransient(args.Outcome)
                || args.Outcome.Exception is IOException or InvalidBodyException),
        };
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(retry)
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    public async Task<FetchOutcome> GetAsync(ApiRequest request, CancellationToken cancel)
    {
        var attempts = 0;
        string? problem = null;
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async token =>
                {
                    Interlocked.Increment(ref attempts);
                    var (sent, shape) = await SendAsync(request, token);
                    problem = shape;
                    return sent;
                },
                cancel);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var failure = $"HTTP {status} {response.ReasonPhrase}".TrimEnd() + Tries(attempts);
                return new FetchOutcome(request, null, status, failure, attempts);
            }

            // The body was parsed and its shape checked once, inside the attempt that got it.
            return problem is not null
                ? new FetchOutcome(request, null, status, $"unexpected body: {problem}", attempts)
                : new FetchOutcome(
                    request,
                    await response.Content.ReadAsByteArrayAsync(cancel),
                    status,
                    null,
                    attempts);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidBodyException
            or Polly.Timeout.TimeoutRejectedException)
        {
            return new FetchOutcome(request, null, null, Reason(ex) + Tries(attempts), attempts);
        }
    }

    public void Dispose() => client.Dispose();

    /// <summary>One attempt: the response, and for a 200 what is wrong with its body's shape (null when nothing). A
    /// body that is not whole JSON throws, so that the attempt is retried; a whole body of the wrong shape is
    /// not.</summary>
    private async Task<(HttpResponseMessage Response, string? Problem)> SendAsync(
        ApiRequest request,
        CancellationToken token)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ApiEndpoints.Accept));
        var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, token);
        if (!response.IsSuccessStatusCode)
        {
            return (response, null);
        }

        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(token));
            return (response, ApiBodyShapes.Problem(request, document.RootElement));
        }
        catch (JsonException)
        {
            response.Dispose();
            throw new InvalidBodyException("the body is not whole JSON (cut off in transit?)");
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        Polly.Timeout.TimeoutRejectedException => "no answer within the request timeout",
        InvalidBodyException => ex.Message,
        _ => (ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message).Trim(),
    };

    private static string Tries(int attempts) => attempts > 1 ? $" (after {attempts} attempts)" : "";
}
