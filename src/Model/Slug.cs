using System.Text;

namespace Site.Model;

/// <summary>
/// URL slugs: lower-case ASCII, å/ä→a, ö→o (and other accented Latin letters to their base), anything else→'-'.
/// The letter map is explicit rather than Unicode decomposition, which the program's invariant globalization mode does
/// not do.
/// </summary>
public static class Slug
{
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            var ascii = Fold(c);
            if (ascii is not null)
            {
                builder.Append(ascii);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static string? Fold(char c) => c switch
    {
        _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
        'å' or 'ä' or 'à' or 'á' or 'â' or 'ã' => "a",
        'ö' or 'ø' or 'ò' or 'ó' or 'ô' or 'õ' => "o",
        'é' or 'è' or 'ê' or 'ë' => "e",
        'ü' or 'ù' or 'ú' or 'û' => "u",
        'í' or 'ì' or 'î' or 'ï' => "i",
        'ç' => "c",
        'ñ' => "n",
        'ý' or 'ÿ' => "y",
        'æ' => "ae",
        'ß' => "ss",
        _ => null,
    };
}
