namespace SmtpCodes
{
    public readonly partial struct SmtpReply
    {
        // The catalog's match strings found in a reply's text, and the row that fits it best: the scan of the automaton
        // the generator builds from the catalog (its tables are the generated part of CatalogMessages) and the ranking
        // of the rows it offers. What the diagnosis makes of the deciding row is SmtpReply.Diagnosis.cs.
        private static partial class CatalogMessages
        {
            // One pass of the Aho-Corasick automaton over the folded text (or the reply itself where it is plain),
            // offering the rows of every match string found, each once. A character is read as its class (0: in no
            // match string, back to the root; an ASCII letter's class is its lower-case letter's); the root
            // and the shallow states move by a complete row, deeper states by their edge in the double array or else
            // by their failure state. Failure steps never outnumber the characters read, and a match string's chain of
            // shorter matches is walked once per call, so the time is linear in the text. The tables are read into
            // locals so the loop keeps them in registers. A table's element type is the narrowest that holds its
            // values (the generator chooses), so values are read into int variables, never var.
#if SMTPCODES_SPAN
            public static void Scan(global::System.ReadOnlySpan<char> text, int length, int matchedCap, ref Best message, ref Best blocklist)
#else
            public static void Scan(char[] text, int length, int matchedCap, ref Best message, ref Best blocklist)
#endif
            {
                var charClasses = CharClasses;
                var shallowRows = ShallowRows;
                var edgeBase = EdgeBase;
                var edgeCheck = EdgeCheck;
                var failure = Failure;
                var output = Output;
                int stamp;
                int[] aligned;
                var seen = SeenStamps(out stamp, out aligned);
                var state = 0;
                var link = -1;
                var senderClause = SenderClause.Start();
                for (var index = 0; index < length; index++)
                {
                    CountStep();
                    var c = text[index];
                    if (c <= ' ')
                    {
                        // A link ends at a blank of any kind: a tab, or the line break of a multiline reply.
                        link = -1;
                    }
                    else if (c == '/' && index >= 2 && text[index - 1] == '/' && text[index - 2] == ':')
                    {
                        link = index - 2;
                    }

                    int number = c < SmtpCatalogLayout.AsciiWidth ? charClasses[c] : WideClass(c);
                    if (number == 0)
                    {
                        state = 0;
                        continue;
                    }

                    while (true)
                    {
                        CountStep();
                        if (state < ShallowStates)
                        {
                            state = shallowRows[(state << RowShift) | number];
                            break;
                        }

                        int next = edgeBase[state] + number;
                        if (edgeCheck[next] == number)
                        {
                            state = next;
                            break;
                        }

                        state = failure[state];
                    }

                    int found = output[state];
                    if (found != 0)
                    {
                        OfferMatches(found, text, index, length, matchedCap, link, ref senderClause, seen, aligned, stamp, ref message, ref blocklist);
                    }
                }
            }

            // The match strings that end at position end: the longest one of the state (Output: its index plus one) and the
            // shorter ones its dictionary links lead to (TerminalLink: the index of the next plus one; 0 ends the chain). A
            // match string counts only as whole words ("spf" is not found in "xspf"); one that failed here may still be
            // found at a later position, so only a match string offered is marked as seen, and the chain is walked on.
            // Words whose rows name no cause end the chain once offered: the shorter match strings there are their own
            // words, read in a sentence that names none (cPanel's "may not exist, they may be blacklisted" is no listing).
            // A match inside a link (link: where the "://" of the text's current word is, or -1) names the page where a
            // cause is explained, not a cause the reply states ("Please see http://www.open-spf.org/Why", the SPF
            // explanation of libspf2 and Exim): it counts as the least any text counts, so that words the reply holds at
            // the same rank ("user unknown", "rejected as spam") decide. A match string that is a piece of aligned pieces
            // (catalog "{...}") counts at every place it is found, seen or not: its next place may be the one that follows
            // the piece before it.
#if SMTPCODES_SPAN
            private static void OfferMatches(int found, global::System.ReadOnlySpan<char> text, int end, int length, int matchedCap, int link, ref SenderClause senderClause, int[] seen, int[] aligned, int stamp, ref Best message, ref Best blocklist)
#else
            private static void OfferMatches(int found, char[] text, int end, int length, int matchedCap, int link, ref SenderClause senderClause, int[] seen, int[] aligned, int stamp, ref Best message, ref Best blocklist)
#endif
            {
                while (found != 0)
                {
                    CountStep();
                    var index = found - 1;
                    var start = end - TerminalLength[index] + 1;
                    var isPiece = PieceEntryStart[index] != PieceEntryStart[index + 1];
                    if ((seen[index] != stamp || isPiece) && IsWholeWords(text, start, end, length))
                    {
                        var inLink = link >= 0 && link < start;
                        if (isPiece)
                        {
                            AdvanceAligned(index, text, start, end, length, inLink ? WeakestMatch : matchedCap, ref senderClause, aligned, stamp, ref message, ref blocklist);
                        }

                        if (seen[index] == stamp)
                        {
                            found = TerminalLink[index];
                            continue;
                        }

                        seen[index] = stamp;
                        var namesCause = TerminalRuleStart[index] == TerminalRuleStart[index + 1];
                        var matched = inLink ? WeakestMatch : global::System.Math.Min((int)TerminalLength[index], matchedCap);
                        for (int entry = TerminalRuleStart[index], last = TerminalRuleStart[index + 1]; entry < last; entry++)
                        {
                            CountStep();
                            if (inLink && TerminalRuleIsFallback[entry])
                            {
                                // A cause word inside a link is a page's name ("http://example.org/spam-policy"), no cause.
                                continue;
                            }

                            int rule = TerminalRules[entry];
                            var aboutSender = SenderClause.CanMatter(rule) && senderClause.Covers(text, start, end, length);
                            Offer(rule, matched, TerminalRuleIsVendorEvidence[entry], TerminalRuleIsContext[entry], TerminalRuleIsFallback[entry], TerminalRuleIsScoped[entry], aboutSender, ref message, ref blocklist);
                            namesCause |= Reasons[rule] != SmtpBounceReason.Undefined;
                        }

                        if (!namesCause)
                        {
                            return;
                        }
                    }

                    found = TerminalLink[index];
                }
            }

            // Aligned pieces (catalog "{...}", Sisimai's pairs read by its moji.AlignedAny: "the ip" ... " is blacklisted") are
            // found in the same pass: per entry of pieces, this call's progress (how many of its pieces were found in order)
            // and where the last one found ends, three ints per entry of the per-thread array (the stamp of the call that
            // wrote them, the progress, the end), so nothing is cleared between calls. A piece found where its entry waits
            // for it, starting after the previous piece ended, advances the entry; taking each piece's earliest place that
            // follows the one before leaves the most text for the pieces after it, so this finds the pieces in order
            // wherever they occur in order, whatever lies between them. The last piece offers the entry's row, ranked as
            // the pieces' total length less one: below a phrase of that length, since words that stand together say more
            // than the same words apart. The cost is one step per entry a found piece belongs to. The row is about the
            // sender where its last piece stands in a sender's clause (SenderClause).
#if SMTPCODES_SPAN
            private static void AdvanceAligned(int terminal, global::System.ReadOnlySpan<char> text, int start, int end, int length, int matchedCap, ref SenderClause senderClause, int[] aligned, int stamp, ref Best message, ref Best blocklist)
#else
            private static void AdvanceAligned(int terminal, char[] text, int start, int end, int length, int matchedCap, ref SenderClause senderClause, int[] aligned, int stamp, ref Best message, ref Best blocklist)
#endif
            {
                for (int entry = PieceEntryStart[terminal], last = PieceEntryStart[terminal + 1]; entry < last; entry++)
                {
                    CountStep();
                    int slot = PieceAligned[entry] * 3;
                    if (aligned[slot] != stamp)
                    {
                        aligned[slot] = stamp;
                        aligned[slot + 1] = 0;
                        aligned[slot + 2] = -1;
                    }

                    int order = PieceOrder[entry];
                    if (aligned[slot + 1] != order || start <= aligned[slot + 2])
                    {
                        continue;
                    }

                    aligned[slot + 1] = order + 1;
                    aligned[slot + 2] = end;
                    int pieces = AlignedPieceCounts[PieceAligned[entry]];
                    if (order + 1 == pieces)
                    {
                        int matched = global::System.Math.Min(AlignedLengths[PieceAligned[entry]] - 1, matchedCap);
                        int rule = AlignedRules[PieceAligned[entry]];
                        var aboutSender = SenderClause.CanMatter(rule) && senderClause.Covers(text, start, end, length);
                        Offer(rule, matched, false, false, false, false, aboutSender, ref message, ref blocklist);
                    }
                }
            }

            // A match that starts (or ends) with an ASCII letter or digit must not continue a word of the text there.
            // Other scripts are left alone: Chinese or Japanese text has no spaces between words.
#if SMTPCODES_SPAN
            private static bool IsWholeWords(global::System.ReadOnlySpan<char> text, int start, int end, int length) =>
#else
            private static bool IsWholeWords(char[] text, int start, int end, int length) =>
#endif
                !(IsAsciiWordChar(text[start]) && start > 0 && IsAsciiWordChar(text[start - 1]))
                && !(IsAsciiWordChar(text[end]) && end + 1 < length && IsAsciiWordChar(text[end + 1]))
                && !EndsInHostName(text, start, end, length);

            // A phrase of several words whose last word runs on into ".label" ended inside a host name, not on its word:
            // dma's "DNS lookup failure: host <domain> not found" is not Courier's "417 DNS lookup failure: <domain>" for a
            // domain named host.example (Courier's submit, 1.0.16). A single word may still be a name's label ("spamhaus"
            // in zen.spamhaus.org): only a phrase, which a sentence holds, must end where the text's word does.
#if SMTPCODES_SPAN
            private static bool EndsInHostName(global::System.ReadOnlySpan<char> text, int start, int end, int length)
#else
            private static bool EndsInHostName(char[] text, int start, int end, int length)
#endif
            {
                if (!IsAsciiWordChar(text[end]) || end + 2 >= length || text[end + 1] != '.' || !IsAsciiWordChar(text[end + 2])
                    || StartsSentence(text, end + 2, length))
                {
                    return false;
                }

                for (int index = start; index < end; index++)
                {
                    CountStep();
                    if (text[index] == ' ')
                    {
                        return true;
                    }
                }

                return false;
            }

            // A capital letter followed by a small one after the full stop begins the next sentence, glued on without a
            // space ("Your message was rejected for possible spam/virus content.Please ask your email provider ...",
            // Network Solutions' 553 as senders' returns quote it): the phrase ended on its word. Host names are
            // written in small letters or all in capitals, not as a capitalised word, so "host.example" and
            // "HOST.EXAMPLE" still end inside a name.
#if SMTPCODES_SPAN
            private static bool StartsSentence(global::System.ReadOnlySpan<char> text, int index, int length) =>
#else
            private static bool StartsSentence(char[] text, int index, int length) =>
#endif
                text[index] >= 'A' && text[index] <= 'Z' && index + 1 < length && text[index + 1] >= 'a' && text[index + 1] <= 'z';

            private static bool IsAsciiWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');

            // The class of a character beyond ASCII: its match strings' characters are sorted, so searched by halves.
            private static int WideClass(char c)
            {
                var low = 0;
                var high = WideChars.Length - 1;
                while (low <= high)
                {
                    CountStep();
                    var middle = low + ((high - low) >> 1);
                    var label = WideChars[middle];
                    if (label == c)
                    {
                        return FirstWideClass + middle;
                    }

                    if (label < c)
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                return 0;
            }

            // How much of a match string's length counts: all of it, or (for words that met only once an address
            // between them was left out) the least any text counts, so that any words the reply held whole, at the
            // same rank, are preferred.
            public const int WholeMatch = int.MaxValue;

            public const int WeakestMatch = 1;

            // The rows known by their enhanced codes alone fit whatever the text says, when the reply has one of their codes.
            public static void OfferCodeOnlyRules(bool hasEnhanced, int subject, ref Best message, ref Best blocklist)
            {
                if (!hasEnhanced)
                {
                    return;
                }

                for (int index = CodeOnlyRuleStart[subject], end = CodeOnlyRuleStart[subject + 1]; index < end; index++)
                {
                    CountStep();
                    Offer(CodeOnlyRules[index], 0, false, false, false, false, false, ref message, ref blocklist);
                }
            }

            // A row's own enhanced codes, found in the reply, are evidence of its vendor as much as its tokens are.
            // textIsContext: the match string is context for the row (catalog "{context}"), not a cause; textIsFallback: it is
            // a cause word of the row (catalog "{fallback}"), which names the cause only where nothing else does;
            // textIsScoped: it is read under the row's codes only (catalog "{scoped}"); textIsAboutSender: the match
            // string stands in a clause about the envelope sender (SenderClause).
            private static void Offer(int rule, int matched, bool textIsVendorEvidence, bool textIsContext, bool textIsFallback, bool textIsScoped, bool textIsAboutSender, ref Best message, ref Best blocklist)
            {
                var score = message.Score(rule, matched, textIsContext, textIsFallback, textIsScoped);
                var evidence = textIsVendorEvidence || (HasOwnCodes[rule] && message.HasEnhanced);
                message.Offer(rule, score, evidence, textIsFallback, textIsAboutSender);
                if (IsBlocklist[rule])
                {
                    blocklist.Offer(rule, score, evidence, textIsFallback, textIsAboutSender);
                }
            }

            // The most specific row that fits, by these criteria in turn: a row that gives a reason over one that only
            // says where the reason is, whatever codes the latter fits (a row that names no reason cannot be more specific
            // than words that name one: Yahoo's internal number beside its [TSS04] token or the words "user complaints";
            // Sisimai's pseudo status 5.0.999, which some DSNs carry, beside "unknown user"); codes that fit; a cause over
            // a failed delivery program or a context phrase (words that say only where or after what the delivery failed);
            // a vendor's own message over generic text evidence (vendor "Generic"), unless the
            // vendor's codes are missing from the reply; a row whose reason the enhanced code confirms; the longer match
            // string; a phrase read under its row's own codes (a scoped phrase, catalog "{scoped}", or a context phrase
            // of a row that names codes, all of them in the reply) over the same words of another row; the earlier row
            // (project rows come first).
            public struct Best
            {
                private readonly int basic;
                private readonly bool hasEnhanced;
                private readonly SmtpEnhancedStatusCode enhanced;
                private readonly SmtpBounceReason codeReason;
                private readonly int excludedReason;
                private int bestScore;

                public Best(int basic, bool hasEnhanced, SmtpEnhancedStatusCode enhanced, SmtpBounceReason codeReason, int excludedReason)
                {
                    this.excludedReason = excludedReason;
                    this.basic = basic;
                    this.hasEnhanced = hasEnhanced;
                    this.enhanced = enhanced;
                    this.codeReason = codeReason;
                    bestScore = -1;
                    Rule = -1;
                    IsVendorEvidence = false;
                    IsCauseWord = false;
                    IsAboutSender = false;
                }

                public int Rule { get; private set; }

                // Whether the best row's vendor showed its own evidence (a token, code, host or URL) in the reply.
                public bool IsVendorEvidence { get; private set; }

                // Whether the best row was found only by one of its cause words (catalog "{fallback}"): a row found by a
                // phrase of its own scores higher, so it is the best only where no phrase of it was found.
                public bool IsCauseWord { get; private set; }

                // Whether every match string that found the best row stood in a clause about the envelope sender
                // (SenderClause): its words, if they say an address is bad, say it of the sender's.
                public bool IsAboutSender { get; private set; }

                public bool HasEnhanced => hasEnhanced;

                // -1 when the row does not fit the reply. context: the row was found by a match string that is context
                // for it, not cause. fallback: by one of its cause words, which never contradict an enhanced code that
                // names a cause of its own (X.1.1's unknown user, X.2.2's full mailbox): only the catch-all codes (X.Y.0,
                // X.7.1), which CodeReason reads as no reason, and the basic codes, whose meanings are too broad, give way
                // to a word. scoped: by a match string read only under the row's codes (catalog "{scoped}"): a code of
                // the row must be in the reply and none contradict it, and the codes then count as the text alone, so the
                // phrase ranks as the same words of a row without codes would, and wins only the tie with them (its last
                // bit): under its codes the words read its cause, and any phrase that outranks those words beside it
                // still decides (catalog/README.md, "Scoped phrases"). A context phrase of a row that names codes, read
                // only where the reply carries them all (ContextCodeScore), takes the same last bit: its codes say the
                // reply is the one its row describes (Mailgun's "550 5.0.1 Recipient rejected"), so it wins the tie with
                // the same words of a row without codes, and, its codes counting as the text alone, outranks nothing
                // those words would not (catalog/README.md, "Context phrases").
                public int Score(int rule, int matched, bool context, bool fallback, bool scoped)
                {
                    var codes = CodeScore(rule, basic, hasEnhanced, enhanced, matched > 0);
                    var underOwnCodes = false;
                    if (context)
                    {
                        codes = ContextCodeScore(rule, codes);
                        underOwnCodes = codes > 0 && (BasicCodes[rule] != 0 || EnhancedStart[rule] != EnhancedStart[rule + 1]);
                    }
                    else if (scoped)
                    {
                        underOwnCodes = codes > 1;
                        codes = underOwnCodes ? 1 : -1;
                    }

                    if (codes < 0 || (int)Reasons[rule] == excludedReason || (hasEnhanced && SmtpReplyRules.IsAboutSenderAddress(enhanced.Subject, enhanced.Detail) && SmtpReplyRules.IsAboutRecipientAddress(Reasons[rule]))
                        || (fallback && codeReason != SmtpBounceReason.Undefined && codeReason != Reasons[rule]))
                    {
                        // A reply about the sender's address ("550 5.1.7 No such domain" answering MAIL FROM) does
                        // not say the recipient's address is bad, whatever its words would mean about a recipient.
                        return -1;
                    }

                    // A vendor's row is more specific than generic evidence when its codes are in the reply or it has none.
                    // Not a vendor's context or scoped phrase under its codes, though its codes are in the reply: there the
                    // codes only say where the words are read and count as the text alone (codes is 1). Counted, the bit,
                    // above the enhanced code's confirmation and the match length, would let Mailgun's two context words
                    // outrank a longer context phrase or a MailerError row beside them, which the same words of a row
                    // without codes would not; the vendor's message still wins over generic text evidence of the same
                    // words, by the last bit.
                    var isVendorSpecific = !IsGeneric[rule] && (codes > 1 || (BasicCodes[rule] == 0 && EnhancedStart[rule] == EnhancedStart[rule + 1]));
                    var reasonWeight = ReasonWeight(Reasons[rule], context, fallback);
                    var rank = ((reasonWeight == 0 ? 0 : 1) * MaxCodeScore) + codes;
                    rank = (rank * 4) + reasonWeight;
                    rank = (rank * 2) + (isVendorSpecific ? 1 : 0);
                    rank = (rank * 2) + (Reasons[rule] == codeReason ? 1 : 0);
                    rank = (rank * 4096) + global::System.Math.Min(matched, 4095);
                    return (rank * 2) + (underOwnCodes ? 1 : 0);
                }

                // Above any CodeScore: text (1), a basic code (2) and an enhanced code (2) that fit.
                private const int MaxCodeScore = 6;

                // A context phrase says where or after what a failure happened, not why; a row's codes say under which
                // replies its phrase is that context ("service unavailable" under a temporary X.7.1 only). So the reply
                // must carry every code the row names, and the codes then count as the text alone: a context phrase
                // never outranks a row that names a cause by fitting more codes (catalog/README.md, "Context phrases").
                private static int ContextCodeScore(int rule, int codes)
                {
                    var named = 1 + (BasicCodes[rule] != 0 ? 2 : 0) + (EnhancedStart[rule] != EnhancedStart[rule + 1] ? 2 : 0);
                    return codes == named ? 1 : -1;
                }

                // 0: the row names no reason; 1: it says only that a delivery program failed (MailerError: Postfix's
                // pipe(8) "Command died with status N" or "permission denied. Command output: ...", where the
                // program's own words follow and, when they name a cause such as a full mailbox, say why, as
                // Sisimai's reason order, which tries MailerError last, has it), or it was found only by a context
                // phrase, a heading that says where the failure happened (Exim's "SMTP error from remote mail server
                // after initial connection:", which Sisimai's reason order, trying Blocked last, reads under the reply
                // it heads): its reason holds only when no row of the reply's words names a cause; 2: it was found only
                // by a cause word (catalog "{fallback}": "spam", "dkim"), one word that names a cause where no phrase of
                // the catalog does, above a heading or a failed program (it says why) and below any phrase that names a
                // cause (a phrase says more than one of its words); 3: it names a cause.
                private static int ReasonWeight(SmtpBounceReason reason, bool context, bool fallback) =>
                    reason == SmtpBounceReason.Undefined ? 0 : reason == SmtpBounceReason.MailerError || context ? 1 : fallback ? 2 : 3;

                public void Offer(int rule, int score, bool vendorEvidence, bool causeWord, bool aboutSender)
                {
                    if (score >= 0 && (score > bestScore || (score == bestScore && rule < Rule)))
                    {
                        Rule = rule;
                        bestScore = score;
                        IsVendorEvidence = vendorEvidence;
                        IsCauseWord = causeWord;
                        IsAboutSender = aboutSender;
                    }
                    else if (score >= 0 && rule == Rule)
                    {
                        // The same row found again by another of its match strings: its vendor evidence counts too, and
                        // found outside a sender's clause it is about the recipient.
                        IsVendorEvidence |= vendorEvidence;
                        IsAboutSender &= aboutSender;
                    }
                }
            }

            // -1 when a code of the row contradicts the reply; else 2 per code that fits and 1 for matched text. A code
            // the reply lacks does not contradict (only the last line of a reply may have survived), but a row without
            // match text needs its enhanced code in the reply.
            private static int CodeScore(int rule, int basic, bool hasEnhanced, SmtpEnhancedStatusCode enhanced, bool textMatched)
            {
                var score = textMatched ? 1 : 0;
                int ruleBasic = BasicCodes[rule];
                if (ruleBasic != 0 && basic != 0)
                {
                    if (basic != ruleBasic)
                    {
                        return -1;
                    }

                    score += 2;
                }

                int start = EnhancedStart[rule];
                int end = EnhancedStart[rule + 1];
                var enhancedFits = false;
                if (start < end && hasEnhanced)
                {
                    for (var pattern = start; pattern < end && !enhancedFits; pattern++)
                    {
                        CountStep();
                        var offset = pattern * SmtpCatalogLayout.PatternStride;
                        int patternClass = EnhancedPatterns[offset];
                        int from = EnhancedPatterns[offset + 2];
                        enhancedFits = (patternClass == 0 || patternClass == (int)enhanced.Class)
                            && EnhancedPatterns[offset + 1] == enhanced.Subject
                            && (from < 0 || (enhanced.Detail >= from && enhanced.Detail <= EnhancedPatterns[offset + 3]));
                    }

                    if (!enhancedFits)
                    {
                        return -1;
                    }

                    score += 2;
                }

                return textMatched || enhancedFits ? score : -1;
            }
        }
    }
}
