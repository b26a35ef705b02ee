namespace SmtpCodes
{
    /// <summary>
    /// qmail-send's bounce (qmail-send.c, the "Hi. This is the qmail-send program at HOST." notice): each failed recipient
    /// on a line of its own, <c>&lt;address&gt;:</c> at the line's start, and after it the paragraph of what the remote
    /// server or qmail said about it, up to a blank line. Sisimai's Lhost::Qmail (lib/sisimai/lhost/qmail.rb) reads the same:
    /// a recipient only on a line that starts with <c>&lt;</c> and ends with <c>&gt;:</c>, every other line the diagnosis of
    /// the recipient above it.
    /// </summary>
    internal static partial class SmtpPlainTextRecipients
    {
        // The heading qmail-send.c writes at the top of every bounce it sends.
        private const string QmailSendHeading = "this is the qmail-send program";

        // Whether the line is qmail-send's heading: from it on, the notice is read as qmail writes it.
        private static bool IsQmailSendHeading(SmtpMimeText text, int start, int end)
        {
            return text.IndexOf(QmailSendHeading, start, end - start, global::System.StringComparison.OrdinalIgnoreCase) >= 0;
        }

        // qmail-send's recipient line, "<a@b>:" at the line's start and nothing after. An address on any other line of
        // the notice is in a server's reply ("Remote host said: 550 <c@d>... User unknown", the address the server was
        // given or rewrote), which is about the recipient above it, not another failed one.
        private static bool IsQmailRecipientLine(SmtpMimeText text, int start, int end)
        {
            int stop = SmtpMimeText.TrimEnd(text, start, end, Blanks);
            return start < stop && text[start] == '<' && SmtpMimeText.EndsWithIgnoreCase(text, start, stop, ">:");
        }
    }
}
