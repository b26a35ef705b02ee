namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    // Without spans the parser reads a string or the start of a buffer (the bounce reader's), with the same members.
    using SmtpText = SmtpMimeText;
#endif

    public readonly partial struct SmtpReply
    {
        // The label a notice writes before a reply code it lists with other fields, without its separator.
        private const string CodeLabel = "code";

        /// <summary>
        /// A failure code (4yz or 5yz) with a comma glued to it, after a label that names it a code: Zoho's "Invalid
        /// Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable", where no enhanced code
        /// follows the comma (the shape rb-sisimai's lib/sisimai/lhost/zoho.rb quotes beside "ERROR_CODE :550,
        /// ERROR_CODE :5.1.1"). A number after any other word and a comma (a size, a count) stays no code.
        /// </summary>
        private static bool IsLabelledCodeAt(SmtpText text, int index)
        {
            if (index + 3 >= text.Length || text[index + 3] != ',' || (text[index] != '4' && text[index] != '5')
                || !IsDigit(text[index + 1]) || !IsDigit(text[index + 2]))
            {
                return false;
            }

            // The label's colon, and the blanks on either side of it, before the code.
            var labelEnd = index;
            var colon = false;
            while (labelEnd > 0 && (text[labelEnd - 1] == ' ' || text[labelEnd - 1] == ':'))
            {
                colon |= text[labelEnd - 1] == ':';
                labelEnd--;
            }

            // The label ends in the word "code", alone or after '_' or a blank ("ERROR_CODE", "Error code").
            var labelStart = labelEnd - CodeLabel.Length;
            if (!colon || labelStart < 0 || (labelStart > 0 && char.IsLetterOrDigit(text[labelStart - 1])))
            {
                return false;
            }

            for (var i = 0; i < CodeLabel.Length; i++)
            {
                if (char.ToLowerInvariant(text[labelStart + i]) != CodeLabel[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
