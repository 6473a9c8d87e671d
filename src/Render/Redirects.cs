using System.Text;
using Site.Compute;

namespace Site.Render;

/// <summary>
/// Netlify's _redirects file, from the rules <see cref="Routes.Redirects"/> makes: the old page (both languages) and
/// data slice of a school code that has no page of its own go to its successor's, so links people saved keep working.
/// </summary>
public static class Redirects
{
    /// <summary>Netlify's redirect file, at the site's root.</summary>
    public const string FileName = "_redirects";

    public static OutputFile Build(IEnumerable<(string Code, string Successor)> replaced)
    {
        var builder = new StringBuilder(
            "# Generated from schools.csv successor_code: a school code with no page of its own goes to its "
            + "successor.\n");
        builder.Append(
            "# A merged school with results keeps its own page (its earlier years, and a link to its successor).\n");
        foreach (var (from, to) in Routes.Redirects(replaced))
        {
            builder.Append(from).Append(' ').Append(to).Append(" 301\n");
        }

        return new OutputFile(FileName, new UTF8Encoding(false).GetBytes(builder.ToString()));
    }
}
