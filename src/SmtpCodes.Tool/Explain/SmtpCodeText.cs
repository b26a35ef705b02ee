using System.Globalization;

namespace SmtpCodes.Tool.Explain;

/// <summary>A code as the user typed it: a basic reply code (550) or an enhanced status code (5.7.1).</summary>
internal readonly record struct SmtpCodeText(SmtpReplyCode? Basic, SmtpEnhancedStatusCode? Enhanced)
{
    /// <summary>The one-line reason a text is not an SMTP code, for the error message.</summary>
    public const string Expected =
        "expected a reply code of three digits from 100 to 599 (such as 550) or an enhanced status code class.subject.detail with class 2, 4 or 5 and subject 0 to 7 (such as 5.7.1)";

    /// <summary>
    /// Reads a well-formed code, known to the catalog or not (599 and 5.1.99 are explained by their class); the
    /// enhanced form is read by the generated parser, so the tool accepts exactly what the package's API accepts.
    /// </summary>
    public static bool TryParse(string text, out SmtpCodeText code)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 3
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number is >= 100 and <= 599)
        {
            code = new SmtpCodeText((SmtpReplyCode)number, null);
            return true;
        }

        if (trimmed.Contains('.') && SmtpEnhancedStatusCode.TryParse(trimmed, out var enhanced))
        {
            code = new SmtpCodeText(null, enhanced);
            return true;
        }

        code = default;
        return false;
    }
}
