using Microsoft.Extensions.ObjectPool;

namespace Site.Render;

/// <summary>A pool's policy for objects a function makes and that are kept as they are given back.</summary>
public sealed class MadePolicy<T>(Func<T> make) : PooledObjectPolicy<T>
    where T : notnull
{
    public override T Create() => make();

    public override bool Return(T obj) => true;
}
