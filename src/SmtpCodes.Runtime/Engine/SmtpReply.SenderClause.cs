namespace SmtpCodes
{
    public readonly partial struct SmtpReply
    {
        private static partial class CatalogMessages
        {
            // Whether a match stands in a clause whose subject is the envelope sender: "550 Sender address does not
            // exist", "501 MAIL FROM no such domain", qmail's "553 sorry, your envelope sender domain must exist
            // (#5.7.1)". Words that would say the recipient's address is bad (no such user, unknown domain) say the
            // same of the sender's there, and a sender's bad address is never a hard bounce of the recipient; the
            // diagnosis reads such a reply as RFC 3463's X.1.7 or X.1.8 (SmtpDiagnosis.AboutSender), as the bounce
            // reader reads a reply to MAIL FROM. The scan keeps where the current clause began (after ";", "!", "?", a
            // full stop before a blank, or at "but" or "however": "Sender OK; recipient does not exist" and "Sender
            // accepted, but unknown domain in recipient address" refuse the recipient), where its latest sender word
            // begins, and whether a recipient word followed it ("Mail from <a@b> rejected: recipient unknown", "sender
            // ... no such recipient": the words are about the recipient again, wherever the recipient word stands up to
            // the match's end). A sender word is a whole word of the text, not part of an address
            // ("<sender@example.org>") or a host name. The lines of a multiline reply are one text here, as they are to
            // the catalog's phrases. Each word start costs one comparison of a few bounded words, so the scan stays
            // linear.
            public struct SenderClause
            {
                private int clauseStart;
                private int senderAt;
                private bool recipientAfterSender;

                public static SenderClause Start() => new SenderClause { senderAt = -1 };

                // Whether a match that starts at start (and ends where the scan is) follows a sender word in the same
                // clause, with no recipient word after it.
                public bool Covers(int start) => senderAt >= clauseStart && senderAt < start && !recipientAfterSender;

#if SMTPCODES_SPAN
                public void Read(global::System.ReadOnlySpan<char> text, int index, int length)
#else
                public void Read(char[] text, int index, int length)
#endif
                {
                    var c = text[index];
                    if (c == ';' || c == '!' || c == '?' || (c == '.' && (index + 1 == length || text[index + 1] <= ' ')))
                    {
                        clauseStart = index + 1;
                        return;
                    }

                    if (!IsAsciiLetter(c) || (index > 0 && !IsWordBoundaryBefore(text[index - 1])))
                    {
                        return;
                    }

                    // One comparison per word start: the words are told apart by their first letter, and a word
                    // start whose letter begins none of them (most of them) costs only the switch.
                    CountStep();
                    switch ((char)(c | 0x20))
                    {
                        case 'b':
                        case 'h':
                            if (StartsWord(text, index, length, "but", true) || StartsWord(text, index, length, "however", true))
                            {
                                clauseStart = index;
                            }

                            break;
                        case 's':
                        case 'm':
                        case 'e':
                            if (StartsWord(text, index, length, "sender", true) || StartsWord(text, index, length, "mail from", true) || StartsWord(text, index, length, "envelope from", true))
                            {
                                ReadSenderWord(index);
                            }

                            break;
                        case 'r':
                            if (StartsWord(text, index, length, "return path", true) || StartsWord(text, index, length, "return-path", true) || StartsWord(text, index, length, "return address", true)
                                || StartsWord(text, index, length, "reverse path", true) || StartsWord(text, index, length, "reverse-path", true))
                            {
                                ReadSenderWord(index);
                            }
                            else if (StartsWord(text, index, length, "recipient", false) || StartsWord(text, index, length, "rcpt", false))
                            {
                                ReadRecipientWord();
                            }

                            break;
                        case 'a':
                            if (StartsWord(text, index, length, "addressee", false))
                            {
                                ReadRecipientWord();
                            }

                            break;
                    }
                }

                private void ReadSenderWord(int index)
                {
                    senderAt = index;
                    recipientAfterSender = false;
                }

                private void ReadRecipientWord()
                {
                    if (senderAt >= clauseStart)
                    {
                        recipientAfterSender = true;
                    }
                }

                // A word of an address or a host name ("bounce-sender@", "mx.sender.example") is no subject of a sentence.
                private static bool IsWordBoundaryBefore(char c) => !IsAsciiWordChar(c) && c != '@' && c != '.' && c != '-' && c != '_' && c != '=' && c != '/' && c != '+';

                private static bool IsWordBoundaryAfter(char c) => !IsAsciiWordChar(c) && c != '@' && c != '.' && c != '-' && c != '_' && c != '=';

                private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

                // Whether word starts at index, compared without case; wholeWord: it must end there too (a recipient
                // word may go on: "recipients", "recipient's").
#if SMTPCODES_SPAN
                private static bool StartsWord(global::System.ReadOnlySpan<char> text, int index, int length, string word, bool wholeWord)
#else
                private static bool StartsWord(char[] text, int index, int length, string word, bool wholeWord)
#endif
                {
                    var end = index + word.Length;
                    if (end > length || (wholeWord && end < length && !IsWordBoundaryAfter(text[end])))
                    {
                        return false;
                    }

                    for (var offset = 0; offset < word.Length; offset++)
                    {
                        var value = text[index + offset];
                        if ((value >= 'A' && value <= 'Z' ? (char)(value + 32) : value) != word[offset])
                        {
                            return false;
                        }
                    }

                    return true;
                }
            }
        }
    }
}
