using Site.Model;

namespace Site.Tests.Model;

public class ParallelMapTests
{
    [Fact]
    public void Results_come_in_the_items_order_whatever_order_they_are_made_in()
    {
        var items = Enumerable.Range(0, 200).ToList();

        var results = ParallelMap.Ordered(items, i =>
        {
            // The first items take longest, so that later ones finish first.
            Thread.Sleep(i < 4 ? 20 : 0);
            return $"item {i}";
        });

        Assert.Equal(items.Select(i => $"item {i}"), results);
    }

    [Fact]
    public void A_failing_item_fails_the_map()
    {
        var error = Assert.Throws<AggregateException>(() =>
            ParallelMap.Ordered<int, int>([1, 2, 3], i => i == 2 ? throw new InvalidDataException("two") : i));

        Assert.IsType<InvalidDataException>(error.InnerExceptions.Single());
    }
}
