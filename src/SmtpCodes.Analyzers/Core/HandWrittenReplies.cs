using System;
using System.Text;
using System.Text.RegularExpressions;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// Reply lines written by hand in strings (<c>"550 5.1.1 &lt;x&gt;: Recipient address rejected\r\n"</c>,
/// <c>"250-SIZE 1000\r\n"</c>): the start that makes a string a reply (SMTP005's syntax filter) and the reading of a
/// whole reply that <c>SmtpReply.Format</c> writes the same, character for character (what its fix may replace).
/// </summary>
internal static class HandWrittenReplies
{
    /// <summary>The longest reply line in octets, CR LF included (RFC 5321 section 4.5.3.1.5), as the formatter wraps.</summary>
    private const int MaxLineLength = 512;

    // A reply code a server sends (2yz to 5yz) followed by the space of a last line or the '-' of a continuation line:
    // "250 OK", "250-SIZE". A number in a sentence ("250 messages") is told apart by where the string goes (SMTP005).
    private static readonly Regex ReplyStart = new(@"^[2-5][0-9]{2}[ -]", RegexOptions.CultureInvariant);

    // One line: code, separator, optional enhanced code (RFC 3463) and its space, text.
    private static readonly Regex ReplyLine = new(@"^(?<code>[2-5][0-9]{2})(?<separator>[ -])(?:(?<enhanced>[245]\.[0-7]\.[0-9]{1,3}) )?(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>Whether the text starts as a reply line does.</summary>
    public static bool StartsLikeAReply(string text) => ReplyStart.IsMatch(text);

    /// <summary>
    /// Reads the codes of the first line and the length of its prefix (<c>"550 5.1.1 "</c> is 10): null when the
    /// text does not start with a code and a separator.
    /// </summary>
    public static HandWrittenReply? ReadStart(string text)
    {
        Match line = ReplyLine.Match(FirstLine(text));
        if (!line.Success)
        {
            return null;
        }

        int code = int.Parse(line.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture);
        string? enhanced = line.Groups["enhanced"].Success ? line.Groups["enhanced"].Value : null;
        return new HandWrittenReply(code, enhanced, line.Groups["text"].Index, line.Groups["separator"].Value == "-");
    }

    /// <summary>
    /// The text <c>SmtpReply.Format(code, enhanced, text)</c> needs to write exactly <paramref name="reply"/>, lines joined
    /// by CR LF; null when no call writes it the same: not ending in CR LF, a partial multi-line reply (its last line a
    /// continuation), lines with other codes, an empty or too long line, control characters, or classes that differ.
    /// </summary>
    public static string? FormatText(string reply, HandWrittenReply start)
    {
        if (!reply.EndsWith("\r\n", StringComparison.Ordinal) || !start.ClassesAgree)
        {
            return null;
        }

        string[] lines = reply.Substring(0, reply.Length - 2).Split(new[] { "\r\n" }, StringSplitOptions.None);
        var text = new StringBuilder();
        for (int index = 0; index < lines.Length; index++)
        {
            Match line = ReplyLine.Match(lines[index]);
            bool last = index == lines.Length - 1;
            if (!line.Success
                || int.Parse(line.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture) != start.Code
                || line.Groups["separator"].Value != (last ? " " : "-")
                || (line.Groups["enhanced"].Success ? line.Groups["enhanced"].Value : null) != start.Enhanced
                || !IsFormattedTextLine(line.Groups["text"].Value, Encoding.UTF8.GetByteCount(lines[index]) + 2))
            {
                return null;
            }

            text.Append(index == 0 ? string.Empty : "\r\n").Append(line.Groups["text"].Value);
        }

        return text.ToString();
    }

    // A line the formatter writes as it is: text, not wrapped, no character it would replace.
    private static bool IsFormattedTextLine(string text, int octets)
    {
        if (text.Length == 0 || octets > MaxLineLength)
        {
            return false;
        }

        foreach (char c in text)
        {
            if ((c < ' ' && c != '\t') || c == '\u007f')
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstLine(string text)
    {
        int end = text.IndexOfAny(new[] { '\r', '\n' });
        return end < 0 ? text : text.Substring(0, end);
    }
}

/// <summary>The codes a hand-written reply starts with, and where its text starts.</summary>
internal sealed class HandWrittenReply
{
    public HandWrittenReply(int code, string? enhanced, int textStart, bool isContinuation)
    {
        Code = code;
        Enhanced = enhanced;
        TextStart = textStart;
        IsContinuation = isContinuation;
    }

    public int Code { get; }

    /// <summary>The enhanced code as written ("5.1.1"), or null.</summary>
    public string? Enhanced { get; }

    /// <summary>The length of the first line's prefix: code, separator, enhanced code and its space.</summary>
    public int TextStart { get; }

    /// <summary>Whether the first line is a continuation line ("250-").</summary>
    public bool IsContinuation { get; }

    /// <summary>RFC 3463: the enhanced code's class is the reply's (and a 3yz reply takes none).</summary>
    public bool ClassesAgree => Enhanced is null || Enhanced[0] - '0' == Code / 100;
}
