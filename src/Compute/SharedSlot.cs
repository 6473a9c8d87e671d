namespace Site.Compute;

/// <summary>
/// A value made the first time it is asked for and then shared, kept in a slot of an array the owner holds (an area's
/// means, a school's cells): pages on several threads may ask at once.
/// </summary>
internal static class SharedSlot
{
    /// <summary>
    /// What is in <paramref name="slot"/>, or what <paramref name="make"/> makes from <paramref name="state"/>, kept
    /// there; two pages in a race may both make it, and the first kept is shared.
    /// </summary>
    public static T Get<T, TState>(ref T? slot, TState state, Func<TState, T> make)
        where T : class =>
        slot ?? Interlocked.CompareExchange(ref slot, make(state), null) ?? slot!;
}
