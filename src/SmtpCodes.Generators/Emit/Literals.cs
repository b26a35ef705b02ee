using System.Globalization;
using System.Text;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// Turns catalog text into C# string literals and XML doc text. Catalog text is data, never code: every
/// character that could end a literal, a comment or a line is escaped, so no catalog can inject code.
/// </summary>
internal static class Literals
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsUnicodeEscape(c))
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

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Text for a <c>///</c> comment: XML-escaped, on one line, without invisible or line-breaking characters.</summary>
    public static string XmlDoc(string value)
    {
        var builder = new StringBuilder(value.Length);
        var lastWasSpace = false;
        foreach (var c in value)
        {
            var isBreak = c is '\n' or '\r' or '\t' || NeedsUnicodeEscape(c);
            if (isBreak || c == ' ')
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString().TrimEnd();
    }

    // Control and format characters (line and paragraph separators, bidirectional marks) are escaped in
    // literals and dropped from comments: in a comment they could end the line or hide what follows.
    private static bool NeedsUnicodeEscape(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.PrivateUse;
    }
}
