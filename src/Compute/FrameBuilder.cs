using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

public static class FrameBuilder
{
    public static FrameView Build(Dataset dataset, Texts.Texts t) =>
        new(
            t.IsSwedish ? dataset.Settings.Title : dataset.Settings.EnglishTitle ?? dataset.Settings.Title,
            dataset.Settings.AreaName,
            dataset.Settings.BaseUrl,
            dataset.Years[0].Label,
            dataset.Years[^1].Label,
            t);
}
