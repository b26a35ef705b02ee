namespace SmtpCodes
{
    using global::System.Collections.Generic;
    using global::System.Text;

    /// <summary>
    /// A recipient named in a bounce's text, with the lines that speak about it. Its addresses are where they lie (in
    /// the text, or a header): a string is made only of an address that is returned.
    /// </summary>
    internal struct SmtpFoundRecipient
    {
        internal SmtpTextRange Address;
        internal SmtpTextRange OriginalAddress;
        internal StringBuilder Text;

        /// <summary>
        /// The remote server's reply about the recipient in a session transcript (Sendmail's "&lt;&lt;&lt; 550 ..."), without
        /// the marker; empty when there is none. It is the server's own word, where the MTA's lines after it are its
        /// summary or a later local deferral. Where it lies in the text (a string only if it is returned as evidence).
        /// </summary>
        internal SmtpTextRange RemoteReply;

        /// <summary>Where the line that first names the recipient starts in the text; -1 when a header named it.</summary>
        internal int LineStart;

        internal static SmtpFoundRecipient Of(SmtpTextRange address) => At(address, -1);

        internal static SmtpFoundRecipient At(SmtpTextRange address, int lineStart) => new SmtpFoundRecipient { Address = address, OriginalAddress = SmtpTextRange.Empty, Text = SmtpMimeArena.Builder(), RemoteReply = SmtpTextRange.Empty, LineStart = lineStart };

        /// <summary>Where the text starts to name recipients: what comes before is said about all of them.</summary>
        internal static int FirstLineStart(List<SmtpFoundRecipient> found, int end)
        {
            int first = end;
            for (int i = 0; i < found.Count; i++)
            {
                if (found[i].LineStart >= 0 && found[i].LineStart < first)
                {
                    first = found[i].LineStart;
                }
            }

            return first;
        }
    }
}
