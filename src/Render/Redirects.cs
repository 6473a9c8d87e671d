using System.Text;
using Site.Model;

namespace Site.Render;

/// <summary>
/// Netlify's _redirects file: a merged or renamed school's old page (and its English page and data slice) go to its
/// successor's, so links people saved keep working.
/// </summary>
public static class Redirects
{
    public static OutputFile Build(Dataset dataset)
    {
        var builder = new StringBuilder("# Generated from schools.csv successor_code: old school pages go to their successor.\n");
        foreach (var school in dataset.Schools.Where(s => s.SuccessorCode is not null).OrderBy(s => s.Code, StringComparer.Ordinal))
        {
            builder.Append($"/skolor/{school.Code}/ /skolor/{school.SuccessorCode}/ 301\n");
            builder.Append($"/en/skolor/{school.Code}/ /en/skolor/{school.SuccessorCode}/ 301\n");
        }

        return new OutputFile("_redirects", new UTF8Encoding(false).GetBytes(builder.ToString()));
    }
}
