using System.Globalization;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// Reads the enhanced status code notations of the catalog. RFC 3463: class 2, 4 or 5; subject 0 to 7 (a
/// subject above 7 is no status code, as in Yahoo's "4.16.1"); detail 0 to 999.
/// </summary>
internal static class EnhancedCodeSyntax
{
    /// <summary>Parses <c>5.1.1</c>, <c>X.1.1</c>, <c>5.X.X</c>, <c>X.1.X</c> or a detail range <c>5.7.606-649</c>.</summary>
    public static EnhancedCodePattern? TryParse(string text, out string error)
    {
        error = string.Empty;
        var parts = text.Trim().Split('.');
        if (parts.Length != 3)
        {
            error = "write class.subject.detail, for example 5.1.1, X.1.1, 5.X.X or 5.7.606-649";
            return null;
        }

        var classDigit = 0;
        if (!IsWildcard(parts[0]))
        {
            if (parts[0] is not ("2" or "4" or "5"))
            {
                error = "the class must be 2, 4, 5 or X";
                return null;
            }

            classDigit = parts[0][0] - '0';
        }

        var subject = EnhancedCodePattern.Any;
        if (!IsWildcard(parts[1]))
        {
            if (parts[1].Length != 1 || parts[1][0] < '0' || parts[1][0] > '7')
            {
                error = "the subject must be a digit from 0 to 7 or X";
                return null;
            }

            subject = parts[1][0] - '0';
        }

        if (IsWildcard(parts[2]))
        {
            return new EnhancedCodePattern(classDigit, subject, EnhancedCodePattern.Any, EnhancedCodePattern.Any);
        }

        if (subject == EnhancedCodePattern.Any)
        {
            error = "a detail needs a subject";
            return null;
        }

        var range = parts[2].Split('-');
        if (range.Length > 2 || !TryParseDetail(range[0], out var from) || !TryParseDetail(range[range.Length - 1], out var to))
        {
            error = "the detail must be a number from 0 to 999, a range such as 606-649, or X";
            return null;
        }

        if (to < from)
        {
            error = "the end of a detail range must not be below its start";
            return null;
        }

        return new EnhancedCodePattern(classDigit, subject, from, to);
    }

    private static bool IsWildcard(string part) => part is "X" or "x";

    private static bool TryParseDetail(string text, out int detail)
    {
        detail = 0;
        if (text.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        // "007" is not how anyone writes a detail; leading zeros would make two spellings of one code.
        if (text.Length > 1 && text[0] == '0')
        {
            return false;
        }

        detail = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
