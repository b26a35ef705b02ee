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

    /// <summary>
    /// Finds the recipients of a bounce in its human-readable text, the shapes of the common MTAs:
    /// <list type="bullet">
    /// <item>a line that starts with <c>&lt;address&gt;</c> (Postfix, qmail, Yahoo, Sendmail's address list), its reply after it;</item>
    /// <item>a line that starts with the bare address (Exim, Exchange "address on date", Domino, Gmail), the indented lines or the paragraph after it;</item>
    /// <item>a reply line that names the address (Sendmail's transcript <c>550 5.1.1 &lt;a@b&gt;... User unknown</c>);</item>
    /// <item>a label (<c>Recipient:</c>, <c>Failed address:</c>, <c>Final-Recipient: rfc822;</c>) or a sentence
    /// (<c>wasn't delivered to a@b</c>, <c>Delivery to a@b failed</c>) before the address.</item>
    /// </list>
    /// The text of the returned message is cut off first, and the bounce's own addresses (its sender, the postmaster) are
    /// never recipients.
    /// </summary>
    internal static class SmtpPlainTextRecipients
    {
        private const int MaxLinesPerRecipient = 24;

        // What sets an address off from the words before it: in a sentence, and after a label.
        private static readonly char[] BeforeSentenceAddress = { '<', ' ', '"', '\'', ',' };
        private static readonly char[] BeforeLabelledAddress = { ' ', '\t', '<', '[', '"' };
        private static readonly char[] Blanks = { ' ', '\t' };

        // The characters a text's first word follows: blanks and line breaks.
        private static readonly char[] BlanksAndLineBreaks = { ' ', '\t', '\r', '\n' };
        private const int MaxRecipients = 500;

        // Labels that end in a colon but name the bounce's own or the returned message's addresses, not a failed recipient.
        private static readonly string[] NotRecipientLabels =
        {
            "from:", "reply-to:", "return-path:", "sender:", "message-id:", "received:", "references:", "in-reply-to:", "errors-to:",
            "please send mail to:", "contact:", "postmaster:", "mailto:",

            // RFC 3464's Original-Envelope-Id (the sender's ENVID, RFC 3461) is an identifier that may look like an address.
            "envelope-id:",

            // The returned message's own To and Cc name every recipient it had, not the ones that failed.
            "to:", "cc:", "bcc:",
        };

        // Words before "to"/"for" that make a sentence about delivering to the address that follows
        // (Gmail "wasn't delivered to", Dovecot "Your message to <a> was automatically rejected", Exim "(generated from").
        private static readonly string[] DeliveryWords = { "deliver", "send", "sent", "message", "addressed", "mailbox" };

        // Exim "(generated from a@b)" and Sendmail/qmail "(Originally addressed to a@b)": the address the sender used.
        // Exim names a pipe or file delivery by its command or path ("save to /var/mail/x", "pipe to |cmd") and puts
        // the address that led there on the next line, "generated by a@b" (deliver.c, print_address_information).
        private static readonly string[] OriginalAddressMarkers = { "(generated from ", "(originally addressed to ", "(expanded from ", "generated by " };

        // What a session transcript puts before the client's own lines (Sendmail's and Courier's ">>> DATA").
        private const string TranscriptCommandMarker = ">>> ";

        // What it puts before the server's replies ("<<< 550 5.1.1 <a@b>... User unknown").
        private const string TranscriptReplyMarker = "<<< ";

        private const string ReceivedField = "Received: ";
        private const string ReturnPathField = "Return-Path: ";
        private static readonly char[] LineBreaks = { '\r', '\n' };

        /// <summary>
        /// Where the quoted returned message starts in the text (its length when there is none): the first line that
        /// holds a returned-message marker, or that starts a Received or Return-Path field after some text.
        /// </summary>
        internal static int ReturnedMessageStart(SmtpMimeText text, int start, int end)
        {
            // Every marker mentions "message" or "header": the next place each of the four words occurs is found by one
            // forward search over the text, and only the lines that hold one are looked at, not every line.
            int firstText = SmtpMimeText.TrimStart(text, start, end, BlanksAndLineBreaks);
            int nextMessage = NotSearched;
            int nextHeader = NotSearched;
            int nextReceived = NotSearched;
            int nextReturnPath = NotSearched;
            int position = start;
            while (position < end)
            {
                nextMessage = NextWord(text, SmtpBouncePhrases.MarkerWordMessage, position, end, nextMessage);
                nextHeader = NextWord(text, SmtpBouncePhrases.MarkerWordHeader, position, end, nextHeader);
                nextReceived = NextWord(text, ReceivedField, position, end, nextReceived);
                nextReturnPath = NextWord(text, ReturnPathField, position, end, nextReturnPath);
                int candidate = Earliest(Earliest(nextMessage, nextHeader), Earliest(nextReceived, nextReturnPath));
                if (candidate < 0)
                {
                    break;
                }

                int lastBreak = candidate > position ? text.LastIndexOfAny(LineBreaks, candidate - 1, candidate - position) : -1;
                int lineStart = lastBreak < 0 ? position : lastBreak + 1;

                int lineEnd = SmtpMimeLines.LineEnd(text, candidate, end, out int next);
                if (SmtpBouncePhrases.ContainsAny(text, lineStart, lineEnd, SmtpBouncePhrases.ReturnedMessageMarkers))
                {
                    return lineStart;
                }

                if (firstText < lineStart && (SmtpMimeText.StartsWithIgnoreCase(text, lineStart, lineEnd, ReceivedField) || SmtpMimeText.StartsWithIgnoreCase(text, lineStart, lineEnd, ReturnPathField)))
                {
                    return lineStart;
                }

                position = next;
            }

            return end;
        }

        // The earlier of two answers of NextWord (NoneLeft when both are).
        private static int Earliest(int first, int second)
        {
            return first < 0 ? second : second < 0 ? first : global::System.Math.Min(first, second);
        }

        private const int NotSearched = -1;
        private const int NoneLeft = -2;

        /// <summary>
        /// The first place at or after <paramref name="from"/> where <paramref name="word"/> occurs (any case), or
        /// <see cref="NoneLeft"/>; <paramref name="found"/> is the last answer, kept while it is still ahead.
        /// </summary>
        private static int NextWord(SmtpMimeText text, string word, int from, int end, int found)
        {
            if (found == NoneLeft || found >= from)
            {
                return found;
            }

            int at = text.IndexOf(word, from, end - from, global::System.StringComparison.OrdinalIgnoreCase);
            return at < 0 ? NoneLeft : at;
        }

        internal static void Find(SmtpMimeText text, int start, int end, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            int position = start;
            int open = -1;
            int openLines = 0;
            int openIndent = 0;
            bool openHasText = false;

            // A server's failure reply on the line before, which named no recipient: Sendmail's next line names the
            // recipient it was about ("<<< 550 Insecure Mail Relay" then "554 <a@b>... Remote protocol error").
            SmtpTextRange lastReply = SmtpTextRange.Empty;
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                int indent = Indent(text, position, lineEnd);
                SmtpTextRange pendingReply = lastReply;
                lastReply = SmtpTextRange.Empty;
                if (open >= 0 && indent > openIndent && indent < lineEnd - position && openLines < MaxLinesPerRecipient)
                {
                    // A line indented deeper than the recipient's own line continues what is said about it (Postfix's
                    // wrapped reply, Exim's and Sendmail's details), even when it names another address: a relay's
                    // reply quoting the address it was given, or the sender's bounce address.
                    openHasText |= AppendLine(into[open].Text, text, position, lineEnd);
                    openLines++;
                    position = next;
                    continue;
                }

                if (TryOriginalAddress(text, position, lineEnd, out SmtpTextRange original))
                {
                    if (open >= 0)
                    {
                        SmtpFoundRecipient current = into[open];
                        current.OriginalAddress = original;
                        into[open] = current;
                    }
                    else if (IndexOf(into, original.Text, original.Start, original.End) < 0 && into.Count < MaxRecipients)
                    {
                        // Exim "an undisclosed address (generated from a@b)": the original address is all there is.
                        into.Add(SmtpFoundRecipient.At(original, position));
                        open = into.Count - 1;
                        openLines = 0;
                        openIndent = indent;
                        openHasText = false;
                    }

                    position = next;
                    continue;
                }

                if (TryRecipientLine(text, position, lineEnd, out int addressStart, out int addressEnd, out int restStart))
                {
                    // The address is compared where it is; a string is made only for a recipient added.
                    int existing = IndexOf(into, text, addressStart, addressEnd);
                    if (existing < 0 && open >= 0 && openLines < MaxLinesPerRecipient && IsTranscriptReply(text, position, lineEnd))
                    {
                        // A server's reply in a session transcript answers the command just before it, which belongs to
                        // the recipient being read: an address it names that no line has named as a recipient is the
                        // sender's or a rewritten one (Courier: "<a@b>:" then ">>> RCPT TO:<a@b>" then "<<< 450 4.1.7
                        // <sender>: Sender address rejected"), not another failed recipient.
                        openHasText |= AppendLine(into[open].Text, text, position, lineEnd);
                        openLines++;
                        position = next;
                        continue;
                    }

                    if (existing < 0 && (!ContainsIgnoreCase(excluded, text, addressStart, addressEnd) || IsRecipientField(text, position, lineEnd))
                        && !SmtpMailAddresses.IsServiceAddress(text, addressStart, addressEnd) && into.Count < MaxRecipients)
                    {
                        into.Add(SmtpFoundRecipient.At(new SmtpTextRange { Text = text, Start = addressStart, End = addressEnd }, position));
                        existing = into.Count - 1;
                    }

                    if (existing >= 0)
                    {
                        // A sentence that names the recipient being read again ("responded with failure: 552 sorry,
                        // mailbox a@b is over quota") is said about it whole: the reply is before the address.
                        int from = existing == open ? position : restStart;
                        open = existing;
                        openLines = 0;
                        openIndent = indent;
                        openHasText = AppendLine(into[open].Text, text, from, lineEnd);
                        KeepRemoteReply(into, existing, IsTranscriptReply(text, position, lineEnd) ? FailureReply(text, position, lineEnd) : pendingReply);
                    }

                    position = next;
                    continue;
                }

                if (SmtpMimeText.IsBlank(text, position, lineEnd))
                {
                    if (openHasText)
                    {
                        open = -1;
                    }
                }
                else if (open >= 0 && openLines < MaxLinesPerRecipient)
                {
                    openHasText |= AppendLine(into[open].Text, text, position, lineEnd);
                    openLines++;
                }

                SmtpTextRange reply = IsTranscriptReply(text, position, lineEnd) ? FailureReply(text, position, lineEnd) : SmtpTextRange.Empty;
                if (reply.Length > 0)
                {
                    // A multiline reply ("<<< 550-...", "<<< 550 ...") is one reply.
                    lastReply = pendingReply.Length > 0 ? Joined(pendingReply, reply) : reply;
                }

                position = next;
            }
        }

        // The first remote reply found about a recipient is kept; a later line repeats or summarises it.
        private static void KeepRemoteReply(List<SmtpFoundRecipient> into, int index, SmtpTextRange reply)
        {
            if (reply.Length > 0 && into[index].RemoteReply.Length == 0)
            {
                SmtpFoundRecipient recipient = into[index];
                recipient.RemoteReply = reply;
                into[index] = recipient;
            }
        }

        // A transcript's "<<< 550 ..." line without its marker when the reply is a failure (4yz or 5yz); else empty.
        private static SmtpTextRange FailureReply(SmtpMimeText text, int start, int end)
        {
            int first = start + Indent(text, start, end) + TranscriptReplyMarker.Length;
            end = SmtpMimeText.TrimEnd(text, first, end, Blanks);
            return IsReplyLine(text, first, end) ? new SmtpTextRange { Text = text, Start = first, End = end } : SmtpTextRange.Empty;
        }

        // Two lines of one reply, joined by a space in a buffer of the read (they do not lie together in the text).
        private static SmtpTextRange Joined(SmtpTextRange first, SmtpTextRange second)
        {
            int length = first.Length + 1 + second.Length;
            char[] chars = SmtpMimeArena.Chars(length);
            first.Text.CopyTo(first.Start, chars, 0, first.Length);
            chars[first.Length] = ' ';
            second.Text.CopyTo(second.Start, chars, first.Length + 1, second.Length);
            return SmtpTextRange.Whole(new SmtpMimeText(chars, length));
        }

        // What a label before a bare local part says: a recipient, and that it failed ("Receiver not found:", "Invalid
        // receiver address:", "Unknown recipient:"); a label that only names ("Recipient: unknown") names nobody.
        private static readonly string[] RecipientLabelWords = { "receiver", "recipient", "addressee" };

        private static readonly string[] FailedLabelWords = { "not found", "invalid", "unknown" };

        private const int LongestLabel = 48;

        /// <summary>
        /// A bounce of a host's own users may name the recipient by its local part alone after a label: CompuServe's
        /// "Invalid receiver address: user1" (the line GNU Mailman's Compuserve bounce detector reads) or "Receiver not
        /// found: user1". Read only where no address was found: the local part, as written, is the recipient.
        /// </summary>
        internal static void FindLabelledLocalParts(SmtpMimeText text, int start, int end, List<SmtpFoundRecipient> into)
        {
            int position = start;
            while (position < end && into.Count < MaxRecipients)
            {
                TrimmedLine(text, position, end, out int first, out int stop, out int next);
                int colon = stop > first ? text.IndexOf(':', first, global::System.Math.Min(stop - first, LongestLabel + 1)) : -1;
                if (colon > first && IsRecipientLabel(text, first, colon))
                {
                    int value = colon + 1;
                    TrimBlanks(text, ref value, ref stop);
                    if (SmtpMailAddresses.IsLocalPart(text, value, stop) && SmtpMailAddresses.HasLetter(text, value, stop))
                    {
                        if (IndexOf(into, text, value, stop) < 0)
                        {
                            into.Add(SmtpFoundRecipient.At(new SmtpTextRange { Text = text, Start = value, End = stop }, position));
                        }
                    }
                }

                position = next;
            }
        }

        private static bool IsRecipientLabel(SmtpMimeText text, int start, int colon)
        {
            return HasAnyWord(text, start, colon, RecipientLabelWords) && HasAnyWord(text, start, colon, FailedLabelWords);
        }

        private static bool HasAnyWord(SmtpMimeText text, int start, int end, string[] words)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (text.IndexOf(words[i], start, end - start, global::System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private const string ToField = "To:";

        /// <summary>
        /// The last resort of a bounce that names no recipient: the returned message's one To address. Yahoo's failure
        /// notice quotes only the returned message's Subject and To above its copy; Sisimai's lhost modules fall back
        /// on the original message's To the same way. Only a To of exactly one address counts (a message to several,
        /// or to a list, does not say which failed), and never one of the bounce's own addresses: <paramref name="returnedTo"/>
        /// (the returned message's To) first, else a To line among other header lines quoted in the explanation.
        /// </summary>
        internal static void FindOnlyReturnedRecipient(string returnedTo, SmtpMimeText text, int start, int end, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            if (returnedTo.Length > 0)
            {
                AddOnlyAddress(returnedTo, 0, returnedTo.Length, -1, excluded, into);
                return;
            }

            int position = start;
            bool previousIsField = false;
            while (position < end)
            {
                int lineEnd = SmtpMimeLines.LineEnd(text, position, end, out int next);
                bool isField = SmtpMimeHeaderList.IsFieldLine(text, position, lineEnd);
                if (isField && SmtpMimeText.StartsWithIgnoreCase(text, position, lineEnd, ToField))
                {
                    int nextEnd = next < end ? SmtpMimeLines.LineEnd(text, next, end, out int _) : next;
                    if (previousIsField || (next < end && SmtpMimeHeaderList.IsFieldLine(text, next, nextEnd)))
                    {
                        // A To line quoted with other header lines (Subject, From, Date) of the returned message.
                        AddOnlyAddress(text, position + ToField.Length, lineEnd, position, excluded, into);
                        return;
                    }
                }

                previousIsField = isField;
                position = next;
            }
        }

        // The range's address when it holds exactly one that is not the bounce's own nor a service address.
        private static void AddOnlyAddress(SmtpMimeText text, int start, int end, int lineStart, List<SmtpTextRange> excluded, List<SmtpFoundRecipient> into)
        {
            if (!SmtpMailAddresses.TryFind(text, start, end, out int addressStart, out int addressEnd)
                || SmtpMailAddresses.TryFind(text, addressEnd, end, out int _, out int _))
            {
                return;
            }

            if (!ContainsIgnoreCase(excluded, text, addressStart, addressEnd) && !SmtpMailAddresses.IsServiceAddress(text, addressStart, addressEnd))
            {
                into.Add(SmtpFoundRecipient.At(new SmtpTextRange { Text = text, Start = addressStart, End = addressEnd }, lineStart));
            }
        }

        /// <summary>The domain whose bounces name recipients by a bare screen name (see <see cref="FindScreenNames"/>).</summary>
        internal const string ScreenNameDomain = "aol.com";

        private const int LongestScreenName = 64;

        /// <summary>
        /// AOL's bounce of a sender its members block names each recipient by screen name alone, on the lines after
        /// "Your mail to the following recipients could not be delivered because they are not accepting mail from
        /// x@y:" (a screen name is the local part of an aol.com address, as bounce handlers such as mySociety's
        /// HandleMail and flufl.bounce's AOL detector read it). The caller has checked that the bounce is from aol.com.
        /// </summary>
        internal static void FindScreenNames(SmtpMimeText text, int start, int end, List<SmtpFoundRecipient> into)
        {
            int position = start;
            bool listing = false;
            while (position < end && into.Count < MaxRecipients)
            {
                TrimmedLine(text, position, end, out int first, out int stop, out int next);
                if (!listing)
                {
                    listing = stop > first && text[stop - 1] == ':' && text.IndexOf("the following recipients", first, stop - first, global::System.StringComparison.OrdinalIgnoreCase) >= 0;
                }
                else if (IsScreenName(text, first, stop))
                {
                    // The screen name and the domain, joined in a buffer of the read.
                    int length = stop - first + 1 + ScreenNameDomain.Length;
                    char[] address = SmtpMimeArena.Chars(length);
                    text.CopyTo(first, address, 0, stop - first);
                    address[stop - first] = '@';
                    ScreenNameDomain.CopyTo(0, address, stop - first + 1, ScreenNameDomain.Length);
                    if (IndexOf(into, new SmtpMimeText(address, length), 0, length) < 0)
                    {
                        into.Add(SmtpFoundRecipient.At(SmtpTextRange.Whole(new SmtpMimeText(address, length)), position));
                    }
                }
                else
                {
                    return;
                }

                position = next;
            }
        }

        // A screen name: a letter, then letters, digits, dots, underscores or hyphens; no blanks, no '@'.
        private static bool IsScreenName(SmtpMimeText text, int start, int end)
        {
            if (end <= start || end - start > LongestScreenName || !char.IsLetter(text[start]) || text[start] > '\u007F')
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                char c = text[i];
                bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
                if (!allowed)
                {
                    return false;
                }
            }

            return true;
        }

        // The line at position without its blanks at either end ([first, stop)), and where the next line starts.
        private static void TrimmedLine(SmtpMimeText text, int position, int end, out int first, out int stop, out int next)
        {
            first = position;
            stop = SmtpMimeLines.LineEnd(text, position, end, out next);
            TrimBlanks(text, ref first, ref stop);
        }

        private static void TrimBlanks(SmtpMimeText text, ref int start, ref int end)
        {
            while (start < end && (text[start] == ' ' || text[start] == '\t'))
            {
                start++;
            }

            while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            {
                end--;
            }
        }

        private static bool ContainsIgnoreCase(List<SmtpTextRange> addresses, SmtpMimeText text, int start, int end)
        {
            for (int i = 0; i < addresses.Count; i++)
            {
                if (addresses[i].EqualsIgnoreCase(text, start, end))
                {
                    return true;
                }
            }

            return false;
        }

        private static int Indent(SmtpMimeText text, int start, int end)
        {
            int at = start;
            while (at < end && (text[at] == ' ' || text[at] == '\t'))
            {
                at++;
            }

            return at - start;
        }

        private static int IndexOf(List<SmtpFoundRecipient> found, SmtpMimeText text, int start, int end)
        {
            for (int i = 0; i < found.Count; i++)
            {
                if (found[i].Address.EqualsIgnoreCase(text, start, end))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool AppendLine(StringBuilder into, SmtpMimeText text, int start, int end)
        {
            while (start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == ':' || text[start] == '.' || text[start] == '>'))
            {
                start++;
            }

            if (start >= end)
            {
                return false;
            }

            if (into.Length > 0)
            {
                into.Append(' ');
            }

            text.AppendTo(into, start, end - start);
            return true;
        }

        // RFC 3464's per-recipient fields (section 2.3.1, 2.3.2) name a recipient of the report and nothing else: their
        // address is a recipient even when it is one of the bounce's own. A message to oneself bounces back to the address
        // that failed (cron mails a job's output to the user who owns it; Sendmail's bounce of it is addressed there too).
        private static readonly string[] RecipientFields = { "Final-Recipient:", "Original-Recipient:" };

        private static bool IsRecipientField(SmtpMimeText text, int start, int end)
        {
            int first = SmtpMimeText.TrimStart(text, start, end, Blanks);
            for (int i = 0; i < RecipientFields.Length; i++)
            {
                if (SmtpMimeText.StartsWithIgnoreCase(text, first, end, RecipientFields[i]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool TryRecipientLine(SmtpMimeText text, int start, int end, out int addressStart, out int addressEnd, out int restStart)
        {
            restStart = end;
            int first = start;
            while (first < end && (text[first] == ' ' || text[first] == '\t' || ((text[first] == '*' || text[first] == '-') && first + 1 < end && (text[first + 1] == ' ' || text[first + 1] == '-'))))
            {
                // Blanks and list bullets ("* a@b", "-- a@b") before the address.
                first++;
            }

            bool transcript = SmtpMimeText.StartsWithIgnoreCase(text, first, end, TranscriptCommandMarker);
            if (transcript)
            {
                // A session transcript's client line (Sendmail and Courier write ">>> RCPT TO:<a@b>"); Active!hunter
                // lists each failed address the same way, ">>> a@b <a@b>", under Sendmail's "The following addresses
                // had permanent fatal errors" (the shape Sisimai's Lhost::Activehunter reads): the marker is not the line's start.
                first += TranscriptCommandMarker.Length;
            }

            if (first >= end)
            {
                addressStart = -1;
                addressEnd = -1;
                return false;
            }

            if (!SmtpMailAddresses.TryFind(text, first, end, out addressStart, out addressEnd))
            {
                return false;
            }

            bool bracketed = addressStart > first && text[addressStart - 1] == '<' && addressEnd < end && text[addressEnd] == '>';
            int after = bracketed ? addressEnd + 1 : addressEnd;
            if (!bracketed && after < end && (text[after] == '"' || text[after] == '\'' || text[after] == ']'))
            {
                after++;
            }

            bool found = false;
            if (addressStart == first || (bracketed && addressStart == first + 1) || (addressStart == first + 1 && (text[first] == '"' || text[first] == '\'')))
            {
                // Shape 1 and 2: the line starts with the address.
                found = bracketed || EndsAddressLine(text, after, end);
            }
            else if (IsReplyLine(text, first, addressStart) || EndsWithCode(text, first, addressStart))
            {
                // Shape 3: "550 5.1.1 <a@b>... User unknown": the whole line is the reply.
                found = true;
                after = first;
            }
            else if (HasLabelBefore(text, first, addressStart, !transcript) || HasDeliverySentenceBefore(text, first, addressStart))
            {
                found = true;
            }
            else if (bracketed && IsTransportBefore(text, first, addressStart - 1))
            {
                // Post.Office's "The following destination addresses were unknown" lists "SMTP <a@b>": the transport, then the address.
                found = true;
            }

            if (!found)
            {
                return false;
            }

            restStart = after;
            return true;
        }

        // "<<< 550 ...": the server's side of a session transcript (Sendmail, Courier), after any indentation.
        private static bool IsTranscriptReply(SmtpMimeText text, int start, int end)
        {
            int first = start + Indent(text, start, end);
            return SmtpMimeText.StartsWithIgnoreCase(text, first, end, TranscriptReplyMarker);
        }

        // After a bare address at the start of a line: the end of the line, or what Exim, Exchange and Domino put after it.
        private static bool EndsAddressLine(SmtpMimeText text, int after, int end)
        {
            if (after >= end || SmtpMimeText.IsBlank(text, after, end))
            {
                return true;
            }

            char c = text[after];

            // "a@b<mailto:a@b>": Exchange and Office 365 write the address as a link.
            return c == ':' || c == ',' || c == ';' || c == '>' || c == '.' || c == '<'
                || (c == ' ' && (SmtpMimeText.StartsWithIgnoreCase(text, after, end, " on ") || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " (")
                    || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " ...") || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " \"")
                    || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " - ") || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " <")
                    || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " because") || SmtpMimeText.StartsWithIgnoreCase(text, after, end, " #")));
        }

        private const string SmtpTransport = "SMTP";

        // "SMTP " (any case, then blanks) and nothing else from the line's first character to the address's bracket.
        private static bool IsTransportBefore(SmtpMimeText text, int first, int bracket)
        {
            int end = bracket;
            while (end > first && (text[end - 1] == ' ' || text[end - 1] == '\t'))
            {
                end--;
            }

            return end < bracket && end - first == SmtpTransport.Length && SmtpMimeText.StartsWithIgnoreCase(text, first, end, SmtpTransport);
        }

        // "550 ", "550-", "550 5.1.1 " before the address: an SMTP reply line.
        private static bool IsReplyLine(SmtpMimeText text, int first, int addressStart)
        {
            return addressStart - first >= 4 && char.IsDigit(text[first]) && char.IsDigit(text[first + 1]) && char.IsDigit(text[first + 2])
                && (text[first + 3] == ' ' || text[first + 3] == '-') && (text[first] == '4' || text[first] == '5');
        }

        // "Recipient: <a@b>", "Invalid final delivery userid: a@b", "Final-Recipient: rfc822; a@b", "Recipient: [SMTP:a@b]",
        // Exchange 5.5's X.400 "...;dda:SMTP=a@b;": a short label ending in a colon (or SMTP=) just before the address.
        // The SMTP command that names a recipient (RFC 5321 4.1.1.3), as a label of a report's details (Apache James's
        // "Message details: ... RCPT TO: a@b"); in a session transcript (">>> RCPT TO:<a@b>") the reply after it decides.
        private const string RcptToLabel = "RCPT TO:";

        // A label is short; a sentence that says it names recipients may run longer ("The following recipients returned
        // permanent errors: a@b.", the shape Sisimai's X6 decoder reads).
        private const int LongestSentenceLabel = 96;

        private static int LongestLabelBefore(SmtpMimeText text, int first, int end)
        {
            int length = end - first;
            return length > LongestLabel && length <= LongestSentenceLabel && SmtpBouncePhrases.ContainsAny(text, first, end, RecipientLabelWords) ? LongestSentenceLabel : LongestLabel;
        }

        // The label is read in place, [first, end) of the text: no substring per address found.
        private static bool HasLabelBefore(SmtpMimeText text, int first, int addressStart, bool rcptToNamesRecipient)
        {
            int end = SmtpMimeText.TrimEnd(text, first, addressStart, BeforeLabelledAddress);
            if (SmtpMimeText.EndsWithIgnoreCase(text, first, end, "SMTP=") || SmtpMimeText.EndsWithIgnoreCase(text, first, end, "SMTP:"))
            {
                return true;
            }

            if (SmtpMimeText.EndsWithIgnoreCase(text, first, end, "rfc822;"))
            {
                end = SmtpMimeText.TrimEnd(text, first, end - 7, Blanks);
            }

            int length = end - first;
            if (length == 0 || length > LongestLabelBefore(text, first, end) || text[end - 1] != ':')
            {
                return false;
            }

            if (rcptToNamesRecipient && length == RcptToLabel.Length && SmtpMimeText.EndsWithIgnoreCase(text, first, end, RcptToLabel))
            {
                return true;
            }

            for (int i = 0; i < NotRecipientLabels.Length; i++)
            {
                if (SmtpMimeText.EndsWithIgnoreCase(text, first, end, NotRecipientLabels[i]) && !IsDeliverySentenceLabel(text, first, end, NotRecipientLabels[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // "Could not be delivered to: <a@b>" (KDDI's au one net bounce) ends in "to:" like a quoted To field, but it is a
        // sentence about delivering to the address: a longer label with a delivery word before its "to:" names the recipient.
        private static bool IsDeliverySentenceLabel(SmtpMimeText text, int first, int end, string ending)
        {
            return ending.Length < end - first && string.Equals(ending, "to:", global::System.StringComparison.Ordinal)
                && text[end - ending.Length - 1] == ' ' && SmtpBouncePhrases.ContainsAny(text, first, end, DeliveryWords);
        }

        // "host mx.example[192.0.2.1]: 553 5.3.0 <a@b>... No such user here": a reply code just before the address.
        private static bool EndsWithCode(SmtpMimeText text, int first, int addressStart)
        {
            int end = addressStart;
            while (end > first && (text[end - 1] == '<' || text[end - 1] == ' '))
            {
                end--;
            }

            int start = end;
            while (start > first && (char.IsDigit(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            if (end - start < 3 || (start > first && text[start - 1] != ' ' && text[start - 1] != ':' && text[start - 1] != '-'))
            {
                return false;
            }

            char leading = text[start];
            bool enhanced = end - start >= 5 && text[start + 1] == '.';
            bool basic = end - start == 3;
            return (leading == '4' || leading == '5') && (enhanced || basic);
        }

        private static bool TryOriginalAddress(SmtpMimeText text, int start, int end, out SmtpTextRange address)
        {
            address = SmtpTextRange.Empty;
            for (int i = 0; i < OriginalAddressMarkers.Length; i++)
            {
                int at = text.IndexOf(OriginalAddressMarkers[i], start, end - start, global::System.StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && SmtpMimeText.IsBlank(text, start, at)
                    && SmtpMailAddresses.TryFind(text, at + OriginalAddressMarkers[i].Length, end, out int addressStart, out int addressEnd))
                {
                    address = new SmtpTextRange { Text = text, Start = addressStart, End = addressEnd };
                    return true;
                }
            }

            return false;
        }

        // "wasn't delivered to a@b", "addressed to 'a@b'", "your message was addressed, a@b, did not" (LLNL):
        // a sentence about delivering, just before the address, whatever quote or comma sets the address off.
        private static bool HasDeliverySentenceBefore(SmtpMimeText text, int first, int addressStart)
        {
            int from = global::System.Math.Max(first, addressStart - 80);
            int end = SmtpMimeText.TrimEnd(text, from, addressStart, BeforeSentenceAddress);
            if (!EndsWithWord(text, from, end, "to") && !EndsWithWord(text, from, end, "for") && !EndsWithWord(text, from, end, "mailbox") && !EndsWithWord(text, from, end, "addressed"))
            {
                return false;
            }

            return SmtpBouncePhrases.ContainsAny(text, from, end, DeliveryWords);
        }

        private static bool EndsWithWord(SmtpMimeText text, int start, int end, string word)
        {
            // " " + word, without making that string: a blank matches only a blank, ignoring case or not.
            return end - start > word.Length && text[end - word.Length - 1] == ' ' && SmtpMimeText.EndsWithIgnoreCase(text, start, end, word);
        }
    }
}
