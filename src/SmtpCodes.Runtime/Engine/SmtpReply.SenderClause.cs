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
            // reader reads a reply to MAIL FROM. The reading keeps where the current clause began (after ";", "!", "?", a
            // full stop before a blank, or at "but" or "however": "Sender OK; recipient does not exist" and "Sender
            // accepted, but unknown domain in recipient address" refuse the recipient), where its latest sender word
            // begins, and whether a recipient word followed it ("Mail from <a@b> rejected: recipient unknown", "sender
            // ... no such recipient": the words are about the recipient again, wherever the recipient word stands up to
            // the match's end). A sender word is a whole word of the text, not part of an address
            // ("<sender@example.org>") or a host name. The lines of a multiline reply are one text here, as they are to
            // the catalog's phrases. A word start whose letter begins one of the words costs one comparison of its
            // few bounded words, any other character a test or two, so the reading stays linear.
            public struct SenderClause
            {
                private int clauseStart;
                private int senderAt;
                private bool recipientAfterSender;

                // The characters before it are read.
                private int readTo;

                public static SenderClause Start() => new SenderClause { senderAt = -1 };

                // Whether the clause can change anything for an offer of the row: the one place that decides where
                // Covers is asked. The diagnosis reads "about the sender" only for the best row, and only when its reason
                // is one of SmtpReplyRules.IsAboutRecipientAddress's (SmtpReply.Diagnosis.cs); a catalog row that decides
                // gives the diagnosis its own reason, or Delivered under a 2XX reply (SmtpReply.Explain), never another.
                // Best keeps IsAboutSender from the offers of the best row alone (set when a row becomes the best, and
                // ANDed over its later offers), so for any other row the value is never read: false costs nothing there.
                // Covers' answer depends only on the text and the match, not on which earlier matches asked it (the
                // reading resumes where it stopped, ends never decrease in the scan's order), so asking it for fewer
                // offers changes no answer; the text after the last such offer is not read at all.
                public static bool CanMatter(int rule) => SmtpReplyRules.IsAboutRecipientAddress(Reasons[rule]);

                // Whether a match from start to end (where the scan is) follows a sender word in the same clause, with
                // no recipient word after it. The text is read here, up to the match's end, not by the scan at every
                // character: read there, the rule took as long as the rest of the diagnosis (session 57), though only
                // the few places where a match is offered ask for it. Each character is still read once, in order, so
                // the reading stays linear, and the text after the last match is not read at all.
#if SMTPCODES_SPAN
                public bool Covers(global::System.ReadOnlySpan<char> text, int start, int end, int length)
#else
                public bool Covers(char[] text, int start, int end, int length)
#endif
                {
                    if (readTo <= end)
                    {
                        ReadTo(text, end, length);
                    }

                    return senderAt >= clauseStart && senderAt < start && !recipientAfterSender;
                }

                // Kept out of the scan's loop, which the reading's loop would only make larger.
                [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
#if SMTPCODES_SPAN
                private void ReadTo(global::System.ReadOnlySpan<char> text, int end, int length)
#else
                private void ReadTo(char[] text, int end, int length)
#endif
                {
                    for (var index = readTo; index <= end; index++)
                    {
                        CountStep();
                        var c = text[index];
                        if (c < 'A')
                        {
                            if (c == ';' || c == '!' || c == '?' || (c == '.' && (index + 1 == length || text[index + 1] <= ' ')))
                            {
                                clauseStart = index + 1;
                            }
                        }
                        else if (BeginsAWord(c) && (index == 0 || IsWordBoundaryBefore(text[index - 1])))
                        {
                            ReadWord(text, index, length);
                        }
                    }

                    readTo = end + 1;
                }

                // The first letters of the words below, either case, as bits from 'a' (bit 0) up: most characters of a
                // text are none of them, or go on a word, and cost this test only.
                private const int FirstLetters = (1 << ('a' - 'a')) | (1 << ('b' - 'a')) | (1 << ('e' - 'a')) | (1 << ('h' - 'a')) | (1 << ('m' - 'a')) | (1 << ('r' - 'a')) | (1 << ('s' - 'a'));

                private static bool BeginsAWord(char c)
                {
                    var letter = (c | 0x20) - 'a';
                    // No cast to uint: a consumer may compile with checked arithmetic.
                    return letter >= 0 && letter < 26 && ((FirstLetters >> letter) & 1) != 0;
                }

                // One comparison at a word start that may begin one of the words: they are told apart by their first
                // letter.
#if SMTPCODES_SPAN
                private void ReadWord(global::System.ReadOnlySpan<char> text, int index, int length)
#else
                private void ReadWord(char[] text, int index, int length)
#endif
                {
                    CountStep();
                    switch ((char)(text[index] | 0x20))
                    {
                        case 'b':
                            TurnIf(StartsWord(text, index, length, "but", true), index);
                            break;
                        case 'h':
                            TurnIf(StartsWord(text, index, length, "however", true), index);
                            break;
                        case 's':
                            SenderIf(StartsWord(text, index, length, "sender", true), index);
                            break;
                        case 'm':
                            SenderIf(StartsWord(text, index, length, "mail from", true), index);
                            break;
                        case 'e':
                            SenderIf(StartsWord(text, index, length, "envelope from", true), index);
                            break;
                        case 'r':
                            if (StartsWord(text, index, length, "return path", true) || StartsWord(text, index, length, "return-path", true) || StartsWord(text, index, length, "return address", true)
                                || StartsWord(text, index, length, "reverse path", true) || StartsWord(text, index, length, "reverse-path", true))
                            {
                                SenderIf(true, index);
                            }
                            else
                            {
                                RecipientIf(StartsWord(text, index, length, "recipient", false) || StartsWord(text, index, length, "rcpt", false));
                            }

                            break;
                        case 'a':
                            RecipientIf(StartsWord(text, index, length, "addressee", false));
                            break;
                    }
                }

                // "but", "however": a new clause begins at the word.
                private void TurnIf(bool found, int index)
                {
                    if (found)
                    {
                        clauseStart = index;
                    }
                }

                // "sender", "mail from", "envelope from", "return path" or "return address", "reverse path".
                private void SenderIf(bool found, int index)
                {
                    if (found)
                    {
                        senderAt = index;
                        recipientAfterSender = false;
                    }
                }

                // "recipient", "rcpt", "addressee", after a sender word of the clause.
                private void RecipientIf(bool found)
                {
                    if (found && senderAt >= clauseStart)
                    {
                        recipientAfterSender = true;
                    }
                }

                // A word of an address or a host name ("bounce-sender@", "mx.sender.example") is no subject of a sentence.
                private static bool IsWordBoundaryBefore(char c) => !IsAsciiWordChar(c) && c != '@' && c != '.' && c != '-' && c != '_' && c != '=' && c != '/' && c != '+';

                private static bool IsWordBoundaryAfter(char c) => !IsAsciiWordChar(c) && c != '@' && c != '.' && c != '-' && c != '_' && c != '=';

                // Whether word starts at index, compared without case; wholeWord: it must end there too (a recipient
                // word may go on: "recipients", "recipient's").
#if SMTPCODES_SPAN
                private static bool StartsWord(global::System.ReadOnlySpan<char> text, int index, int length, string word, bool wholeWord)
#else
                private static bool StartsWord(char[] text, int index, int length, string word, bool wholeWord)
#endif
                {
                    var end = index + word.Length;
                    if (end > length)
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

                    return !wholeWord || end == length || IsWordBoundaryAfter(text[end]);
                }
            }
        }
    }
}
