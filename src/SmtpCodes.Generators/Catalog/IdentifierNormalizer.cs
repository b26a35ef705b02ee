using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// Turns a catalog name or title into a PascalCase C# identifier ("mailbox unavailable" becomes
/// "MailboxUnavailable", "too-many recipients" becomes "TooManyRecipients"), and says why the result is not
/// usable when it is not: C# keywords, leading digits, nothing left. A name that already is a plain
/// identifier is kept as written, so "class" stays "class" and is reported rather than silently renamed.
/// </summary>
internal static class IdentifierNormalizer
{
    public static string Normalize(string text)
    {
        var isPlainIdentifier = text.Length > 0;
        foreach (var c in text)
        {
            isPlainIdentifier &= IsIdentifierPart(c);
        }

        if (isPlainIdentifier)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var c in text)
        {
            if (IsIdentifierPart(c))
            {
                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Returns why <paramref name="identifier"/> cannot be a generated member name, or null.</summary>
    public static string? Problem(string identifier)
    {
        if (identifier.Length == 0)
        {
            return "nothing is left after removing characters that C# does not allow";
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(identifier[0]))
        {
            return "it starts with '" + identifier[0] + "', and an identifier must start with a letter or '_'";
        }

        if (SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None)
        {
            return "it is a C# keyword";
        }

        return null;
    }

    private static bool IsIdentifierPart(char c)
    {
        // Letters, digits and '_' only: formatting characters (such as right-to-left marks) are legal in C#
        // identifiers but would make two names that look the same differ.
        var category = char.GetUnicodeCategory(c);
        return c == '_' || category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber;
    }
}
