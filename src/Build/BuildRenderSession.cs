using Site.Render;

namespace Site.Build;

/// <summary>
/// A build's render services (<see cref="RenderSession"/>), made on the pool once the inputs are read, beside the
/// validation, which uses one core: the service container and the HTML encoder were ~25 ms of Stockholm's start-up on
/// the thread that goes on to read the inputs. The build disposes them.
/// </summary>
internal sealed class BuildRenderSession
{
    /// <summary>The services being made; null until <see cref="Start"/>.</summary>
    public Task<RenderSession>? Making { get; private set; }

    /// <summary>Makes the services, then their chart templates; the task ends when both are made.</summary>
    public Task Start(BuildPaths paths)
    {
        Making = Task.Run(() => new RenderSession());
        return Task.Run(async () => await (await Making).Traces.MakeTemplatesAsync(
            paths.Cache is null ? null : new ChartTemplateStore(paths.Cache)));
    }
}
