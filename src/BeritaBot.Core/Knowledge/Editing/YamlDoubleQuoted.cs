using System.Globalization;
using System.Text;

namespace BeritaBot.Core.Knowledge.Editing;

/// <summary>Writes any text as a YAML double-quoted scalar, the one style in which nothing needs care.</summary>
public static class YamlDoubleQuoted
{
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\u0085':
                    builder.Append("\\N");
                    break;
                case '\u2028':
                    builder.Append("\\L");
                    break;
                case '\u2029':
                    builder.Append("\\P");
                    break;
                default:
                    // Control characters and the BOM are not printable YAML: escape them by code point.
                    if (char.IsControl(c) || c == '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
