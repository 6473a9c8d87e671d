using Site.Diagnostics;
using Site.Model;
using ReadFiles = System.Collections.Generic.List<(string Path, string Sha256)>;

namespace Site.Load;

/// <summary>
/// Reads a language's folder of Markdown pages (input/, input/en/): each page's file name becomes its URL, so a name
/// that would not make a clean one is an error, and a page's placeholders are checked against those the site fills.
/// </summary>
internal static class MarkdownPageReader
{
    public static List<MarkdownSource> Read(
        string folder,
        Compute.Texts.Language language,
        DiagnosticBag diagnostics,
        ReadFiles files,
        bool optional = false)
    {
        var pages = new List<MarkdownSource>();
        if (!Directory.Exists(folder))
        {
            if (optional)
            {
                return pages;
            }

            diagnostics.Error(
                new SourceRef(folder, 0),
                "the input folder does not exist",
                fix: "pass --input with the folder of Markdown pages");
            return pages;
        }

        foreach (var path in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(path);
            if (!slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                diagnostics.Error(
                    new SourceRef(path, 0),
                    "a page's file name becomes its URL: use lower-case ASCII letters, digits and '-'",
                    slug);
                continue;
            }

            if (InputFileReader.Text(path, diagnostics, files) is { } text)
            {
                Placeholders.Check(path, text, diagnostics);
                pages.Add(new MarkdownSource(slug, path, text, language));
            }
        }

        return pages;
    }
}
