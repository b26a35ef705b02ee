namespace SmtpCodes
{
    /// <summary>
    /// The recipient lines of qmail's and Postfix's notices.
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

        // The headings Postfix's bounce(8) writes at the top of its notice: "This is the mail system at host HOST." (the
        // default failure, delay and success templates of bounce_template.c since Postfix 2.3, bounce(5)) and "This is
        // the Postfix program at host HOST." (Postfix 1 and 2.0 to 2.2, bounce_notify_util.c).
        private static readonly string[] PostfixHeadings = { "this is the mail system at host", "this is the postfix program at host" };

        private static bool IsPostfixHeading(SmtpMimeText text, int start, int end) =>
            SmtpBouncePhrases.ContainsAny(text, start, end, PostfixHeadings);

        // Postfix's recipient line: bounce_notify_util.c (bounce_recipient_log) writes each recipient as "<%s>", then
        // " (expanded from <%s>)" when an alias led there, then ": %s", the reason, at the start of a line. In a Postfix
        // notice that line names a failed recipient even when it is the notice's own addressee: mail sent to oneself
        // comes back to the address that failed, as qmail's "<a@b>:" line and Exim's list of failed addresses do.
        private static bool IsPostfixRecipientLine(SmtpMimeText text, int start, int end)
        {
            if (end - start < 4 || text[start] != '<')
            {
                return false;
            }

            int close = text.IndexOf('>', start, end - start);
            return close > start + 1
                && close + 1 < end
                && (text[close + 1] == ':' || SmtpMimeText.StartsWithIgnoreCase(text, close + 1, end, " (expanded from <"));
        }
    }
}
