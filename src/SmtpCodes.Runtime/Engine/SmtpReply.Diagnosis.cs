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
        // System.Net.Mail's SmtpException puts its own sentence for the status ("Mailbox unavailable.") before this and
        // the server's text: only the server's words are evidence.
        private const string ServerResponseMarker = "The server response was:";

        // Allocates nothing: the codes are read in place, and the folded text and the table of match strings seen
        // live in per-thread memory that the next call reuses. A given basic code (a library's status code, kept apart
        // from the text) replaces the one the text has, if any.
        // A reason the caller has ruled out (excludedReason, an SmtpBounceReason value; -1 for none) is never the
        // answer: the next cause the text or the codes give decides (DiagnoseWithout).
        private static SmtpDiagnosis DiagnoseCore(SmtpText text, int givenBasic, int excludedReason = -1)
        {
            int basicStart;
            int enhancedStart;
            int enhancedEnd;
            var codes = FindCodes(text, out basicStart, out enhancedStart, out enhancedEnd);
            if (IsReplyCodeValue(givenBasic) && givenBasic != codes.basicValue)
            {
                SmtpEnhancedStatusCode enhanced;
                var hasEnhanced = FindEnhancedCode(text, givenBasic / 100, out enhanced, out enhancedStart, out enhancedEnd);
                codes = new SmtpReply(givenBasic, enhanced, hasEnhanced, null);
            }

            var codeReason = (int)codes.CodeReason() == excludedReason ? SmtpBounceReason.Undefined : codes.CodeReason();
            var message = new CatalogMessages.Best(codes.basicValue, codes.hasEnhanced, codes.enhancedValue, codeReason, excludedReason);
            var blocklist = message;
            var start = ServerTextStart(text);
#if SMTPCODES_SPAN
            int plainLength;
            var plainStart = PlainTextStart(text, start, codes.basicValue, out plainLength);
            if (plainStart >= 0)
            {
                // Most replies are one line of printable ASCII, already as Normalize would leave it: scanned in place.
                var plain = text.Slice(plainStart, plainLength);
                CatalogMessages.Scan(plain, plainLength, CatalogMessages.WholeMatch, ref message, ref blocklist);
                if (global::System.MemoryExtensions.IndexOfAny(plain, '@', '<') >= 0)
                {
                    var copy = ScanBuffer(plainLength);
                    plain.CopyTo(copy);
                    ScanWithoutAddresses(copy, plainLength, ref message, ref blocklist);
                }
            }
            else
#endif
            {
                var folded = ScanBuffer(text.Length);
                var length = Normalize(text, start, codes.basicValue, true, folded);
                CatalogMessages.Scan(folded, length, CatalogMessages.WholeMatch, ref message, ref blocklist);
                ScanWithoutAddresses(folded, length, ref message, ref blocklist);
            }

            CatalogMessages.OfferCodeOnlyRules(codes.hasEnhanced, codes.enhancedValue.Subject, ref message, ref blocklist);
            return codes.Explain(message.Rule, message.IsVendorEvidence, blocklist.Rule, excludedReason);
        }

        // Servers put the address inside their sentence ("User [a@b] does not exist", "Rcpt <a@b> does not exist",
        // "User (a@b) unknown"), where it splits the words a catalog phrase holds; Sisimai matches such replies with
        // pairs of words around the address (go-sisimai reason/why-userunknown.go: "user " ... " does not exist").
        // The text is scanned a second time with every word that holds an address (or a name in angle brackets) left
        // out, so the words around it
        // meet; what that scan finds counts as the shortest text, below any words the reply held whole at the same
        // rank ("Local mailbox a@b is unavailable: account is disabled" stays a suspended account). The first scan
        // keeps the rows whose match text is an address (T-Online's tosa@rx.t-online.de).
        private static void ScanWithoutAddresses(char[] folded, int length, ref CatalogMessages.Best message, ref CatalogMessages.Best blocklist)
        {
            var shorter = WithoutAddresses(folded, length);
            if (shorter < length)
            {
                CatalogMessages.Scan(folded, shorter, CatalogMessages.WeakestMatch, ref message, ref blocklist);
            }
        }

        // Removes, in place, every space-separated word of the folded text with characters on both sides of an '@'
        // (with its brackets and punctuation: "<a@b>:", "[a@b]"), and the space after it. Returns the new length.
        private static int WithoutAddresses(char[] folded, int length)
        {
            var write = 0;
            var read = 0;
            while (read < length)
            {
                CountStep();
                var end = read;
                var at = -1;
                while (end < length && folded[end] != ' ')
                {
                    CountStep();
                    if (folded[end] == '@')
                    {
                        at = end;
                    }

                    end++;
                }

                if ((at > read && at < end - 1) || IsBracketedName(folded, read, end))
                {
                    read = end < length ? end + 1 : end;
                    continue;
                }

                while (read < end)
                {
                    folded[write++] = folded[read++];
                }

                if (read < length)
                {
                    folded[write++] = folded[read++];
                }
            }

            return write > 0 && folded[write - 1] == ' ' ? write - 1 : write;
        }

        // A word that is a name in angle brackets ("<nosuchuser>", "<nosuchuser>:"), the local part that Courier puts
        // inside its unknown-user reply ("550 User <%s> unknown": its aliasexp, courierd and submit, Courier 1.0.16),
        // stands where an address would: it is left out with them.
        private static bool IsBracketedName(char[] folded, int start, int end)
        {
            var last = end - 1;
            while (last > start && (folded[last] == ':' || folded[last] == ',' || folded[last] == '.' || folded[last] == ';'))
            {
                last--;
            }

            return folded[start] == '<' && folded[last] == '>' && last - start > 1 && folded[start + 1] != '<';
        }

        /// <summary>
        /// Explains a reply as <see cref="Diagnose(string)"/> does, except that <paramref name="excluded"/> is never the
        /// reason: where the caller knows it cannot be (a delay warning has not expired), the next cause decides. The text
        /// is read where it lies: a span, or (without spans) a string or the start of the bounce reader's buffer.
        /// </summary>
        internal static SmtpDiagnosis DiagnoseWithout(SmtpText text, SmtpBounceReason excluded) => DiagnoseCore(text, 0, (int)excluded);

#if !SMTPCODES_SPAN
        /// <summary>
        /// Explains a reply as <see cref="Diagnose(string)"/> does, for a text the bounce reader holds (a string or the
        /// start of its buffer), as the span overload does where there are spans: the reader's evidence becomes a string
        /// only where it is returned.
        /// </summary>
        internal static SmtpDiagnosis Diagnose(SmtpMimeText text) => DiagnoseCore(text, 0);

#endif

#if SMTPCODES_SPAN
        // Where the text from start is already as Normalize leaves it, and how long it is then: printable ASCII (so
        // no white space but single spaces, nothing to fold beyond ASCII), no two spaces in a row, and no code prefix
        // after the leading ones (no later word starts with the reply's own basic code). Else -1: the text is copied.
        private static int PlainTextStart(SmtpText text, int start, int basic, out int length)
        {
            length = 0;
            var index = start;
            var atLineStart = start == 0;
            while (true)
            {
                CountStep();
                index = SkipSpaces(text, index);
                var prefix = index < text.Length ? ContinuationPrefixLength(text, index, basic, atLineStart) : 0;
                atLineStart = false;
                if (prefix == 0)
                {
                    break;
                }

                index += prefix;
            }

            var rest = text.Slice(index);
            var end = rest.Length;
            while (end > 0 && rest[end - 1] == ' ')
            {
                CountStep();
                end--;
            }

            rest = rest.Slice(0, end);
            if (!IsPrintableAscii(rest) || global::System.MemoryExtensions.IndexOf(rest, global::System.MemoryExtensions.AsSpan("  ")) >= 0)
            {
                return -1;
            }

            if (basic != 0)
            {
                // A word that starts with the reply's own code may be a flattened continuation line's prefix.
                global::System.Span<char> wordCode = stackalloc char[4];
                wordCode[0] = ' ';
                wordCode[1] = (char)('0' + (basic / 100));
                wordCode[2] = (char)('0' + (basic / 10 % 10));
                wordCode[3] = (char)('0' + (basic % 10));
                var from = 0;
                while (from < end)
                {
                    CountStep();
                    var found = global::System.MemoryExtensions.IndexOf(rest.Slice(from), wordCode);
                    if (found < 0)
                    {
                        break;
                    }

                    if (ContinuationPrefixLength(text, index + from + found + 1, basic, false) > 0)
                    {
                        return -1;
                    }

                    from += found + 1;
                }
            }

            length = end;
            return index;
        }

        // Whether every character is printable ASCII (' ' to '~'), four at a time: with every 16-bit lane below 0x80,
        // lane + 0x60 has bit 7 set exactly for lanes from ' ', and lane + 1 exactly for '\x7f'.
        private static bool IsPrintableAscii(global::System.ReadOnlySpan<char> text)
        {
            const ulong AboveAscii = 0xFF80FF80FF80FF80UL;
            const ulong Bit7 = 0x0080008000800080UL;
            const ulong Ones = 0x0001000100010001UL;
            var lanes = global::System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text);
            for (var index = 0; index < lanes.Length; index++)
            {
                CountStep();
                var word = lanes[index];
                if ((word & AboveAscii) != 0 || ((word + (Ones * 0x60)) & Bit7) != Bit7 || ((word + Ones) & Bit7) != 0)
                {
                    return false;
                }
            }

            for (var index = lanes.Length * 4; index < text.Length; index++)
            {
                CountStep();
                if (text[index] < ' ' || text[index] > '~')
                {
                    return false;
                }
            }

            return true;
        }

#endif
        // A basic code of class 2, 4 or 5 (RFC 5321); anything else given with a text (MailKit's or System.Net.Mail's
        // status of a failure that was no reply, such as -1) is no code.
        private static bool IsReplyCodeValue(int value) => value >= 200 && value <= 599 && value / 100 != 3;

        private static int ServerTextStart(SmtpText text)
        {
#if SMTPCODES_SPAN
            var marker = global::System.MemoryExtensions.IndexOf(text, global::System.MemoryExtensions.AsSpan(ServerResponseMarker), global::System.StringComparison.OrdinalIgnoreCase);
#else
            var marker = text.IndexOf(ServerResponseMarker, 0, text.Length, global::System.StringComparison.OrdinalIgnoreCase);
#endif
            return marker < 0 ? 0 : marker + ServerResponseMarker.Length;
        }

        // The reason the enhanced code alone gives: it breaks ties between catalog messages that fit equally well. The
        // basic code does not: its meanings are too broad (550 is an unknown user as often as a blocked sender). Nor
        // does a catch-all enhanced code: RFC 3463's "other or undefined" X.Y.0, and X.7.1 ("delivery not authorized,
        // message refused"), which the diagnoser corpus's development part shows for blocks, spam verdicts, refused
        // relaying, SPF failures and unknown users far more often than for the policy it stands for. There the longer
        // match, the server's more specific words, decides.
        private SmtpBounceReason CodeReason() => hasEnhanced && !IsCatchAll(enhancedValue) ? enhancedValue.GetDefaultReason() : SmtpBounceReason.Undefined;

        private static bool IsCatchAll(SmtpEnhancedStatusCode code) => code.Detail == 0 || (code.Subject == 7 && code.Detail == 1);

        // Precedence: a catalog message whose text and codes fit, then the enhanced code when it means something
        // more than its class, then the basic code. Called on the reply's codes (a reply without text).
        private SmtpDiagnosis Explain(int message, bool vendorEvidence, int blocklist, int excludedReason)
        {
            SmtpBounceReason reason;
            SmtpResponsibleParty party;
            SmtpRecommendedAction action;
            SmtpDiagnosisBasis basis;
#if SMTPCODES_NULLABLE
            string? title = null;
            string? description = null;
            string? resolution = null;
            string? vendor = null;
            string? entry = null;
#else
            string title = null;
            string description = null;
            string resolution = null;
            string vendor = null;
            string entry = null;
#endif
            if (message >= 0)
            {
                reason = CatalogMessages.Reasons[message];
                party = CatalogMessages.Parties[message];
                action = CatalogMessages.Actions[message];
                title = CatalogMessages.Titles[message];
                description = CatalogMessages.Descriptions[message];
                resolution = CatalogMessages.Resolutions[message];
                // The vendor is named only on its own evidence: a phrase any MTA writes gives the reason, not the sender.
                vendor = !vendorEvidence || CatalogMessages.IsGeneric[message] || CatalogMessages.Vendors[message].Length == 0 ? null : CatalogMessages.Vendors[message];
                entry = CatalogMessages.Names[message];
                basis = SmtpDiagnosisBasis.CatalogMessage;
            }
            else if (EnhancedDecides(excludedReason))
            {
                reason = enhancedValue.GetDefaultReason();
                party = enhancedValue.GetDefaultParty();
                action = enhancedValue.GetDefaultAction();
                title = enhancedValue.GetTitle();
                description = enhancedValue.GetDescription();
                resolution = enhancedValue.GetResolution();
                basis = SmtpDiagnosisBasis.EnhancedCode;
            }
            else if (basicValue != 0)
            {
                var code = (SmtpReplyCode)basicValue;
                reason = code.GetDefaultReason();
                party = code.GetDefaultParty();
                action = code.GetDefaultAction();
                title = code.GetTitle();
                description = code.GetDescription();
                resolution = code.GetResolution();
                basis = SmtpDiagnosisBasis.BasicCode;
            }
            else
            {
                reason = SmtpBounceReason.Undefined;
                party = SmtpResponsibleParty.Nobody;
                action = SmtpRecommendedAction.None;
                basis = SmtpDiagnosisBasis.None;
            }

            // The class: the basic code's; without one the enhanced code's (RFC 3463: its first digit is a class);
            // without any code, the class the deciding catalog message implies (catalog/README.md, "Implied class").
            var replyClass = basicValue != 0 ? (SmtpReplyClass)(basicValue / 100)
                : hasEnhanced ? enhancedValue.Class
                : message >= 0 ? CatalogMessages.ImpliedClasses[message]
                : SmtpReplyClass.Unknown;
            if (SmtpReplyRules.IsTooManyRecipients(basicValue, action, hasEnhanced ? enhancedValue.Subject : -1, hasEnhanced ? enhancedValue.Detail : -1))
            {
                replyClass = SmtpReplyClass.Transient;
            }

            if (replyClass == SmtpReplyClass.Success)
            {
                reason = SmtpBounceReason.Delivered;
                party = SmtpResponsibleParty.Nobody;
                action = SmtpRecommendedAction.None;
            }
            else
            {
                action = SmtpReplyRules.ActionInClass(replyClass, action);
            }

            // The deciding row's bounce column answers hard or soft for a permanent reply (catalog/README.md, "Hard and soft bounces").
            var hardBounce = replyClass == SmtpReplyClass.Permanent && DecidingBounce(message, excludedReason) == SmtpBounceKind.Hard;
            var blocklistName = blocklist < 0 ? null : CatalogMessages.Titles[blocklist];
            var blocklistType = blocklist < 0 ? (SmtpBlocklistType?)null : CatalogMessages.ListTypes[blocklist];
            return new SmtpDiagnosis(this, replyClass, reason, hardBounce, party, action, basis, title, description, resolution, vendor, entry, blocklistName, blocklistType);
        }

        // Whether the enhanced code decides when no catalog message does: it means more than its class (or there is
        // no basic code), and its meaning is not a reason the caller ruled out.
        private bool EnhancedDecides(int excludedReason) =>
            hasEnhanced && (basicValue == 0 || enhancedValue.GetDefaultReason() != SmtpBounceReason.Undefined)
            && (int)enhancedValue.GetDefaultReason() != excludedReason;

        // The bounce kind of the row that decided, in its permanent form: the catalog message's, else the enhanced
        // code's (when it decided), else the basic code's.
        private SmtpBounceKind DecidingBounce(int message, int excludedReason)
        {
            if (message >= 0)
            {
                return CatalogMessages.Bounces[message];
            }

            if (EnhancedDecides(excludedReason))
            {
                return new SmtpEnhancedStatusCode(5, enhancedValue.Subject, enhancedValue.Detail).GetDefaultBounce();
            }

            return basicValue == 0 ? SmtpBounceKind.None : ((SmtpReplyCode)basicValue).GetDefaultBounce();
        }

        // The per-thread memory of the scan, reused from call to call so that a diagnosis allocates nothing: the
        // folded text, and one stamp per match string telling which were found in this call without clearing
        // anything between calls (so a call costs the same whatever the size of the catalog).
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? scanBuffer;
#else
        private static char[] scanBuffer;
#endif

        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static int[]? seenStamps;
#else
        private static int[] seenStamps;
#endif

        [global::System.ThreadStatic]
        private static int lastStamp;

        // A reply longer than this gets a buffer of its own, so one huge reply does not keep its memory alive.
        private const int LongestKeptBuffer = 16 * 1024;

        private static char[] ScanBuffer(int length)
        {
            var buffer = scanBuffer;
            if (buffer != null && buffer.Length >= length)
            {
                return buffer;
            }

            buffer = new char[global::System.Math.Max(length, 256)];
            if (length <= LongestKeptBuffer)
            {
                scanBuffer = buffer;
            }

            return buffer;
        }

        private static int[] SeenStamps(out int stamp)
        {
            var seen = seenStamps ?? (seenStamps = new int[CatalogMessages.TerminalCount]);
            if (lastStamp == int.MaxValue)
            {
                global::System.Array.Clear(seen, 0, seen.Length);
                lastStamp = 0;
            }

            stamp = ++lastStamp;
            return seen;
        }

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
                var seen = SeenStamps(out stamp);
                var state = 0;
                for (var index = 0; index < length; index++)
                {
                    CountStep();
                    var c = text[index];
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
                        OfferMatches(found, text, index, length, matchedCap, seen, stamp, ref message, ref blocklist);
                    }
                }
            }

            // The match strings that end at position end: the longest one of the state (Output: its index plus one) and the
            // shorter ones its dictionary links lead to (TerminalLink: the index of the next plus one; 0 ends the chain). A
            // match string counts only as whole words ("spf" is not found in "xspf"); one that failed here may still be
            // found at a later position, so only a match string offered is marked as seen, and the chain is walked on.
#if SMTPCODES_SPAN
            private static void OfferMatches(int found, global::System.ReadOnlySpan<char> text, int end, int length, int matchedCap, int[] seen, int stamp, ref Best message, ref Best blocklist)
#else
            private static void OfferMatches(int found, char[] text, int end, int length, int matchedCap, int[] seen, int stamp, ref Best message, ref Best blocklist)
#endif
            {
                while (found != 0)
                {
                    CountStep();
                    var index = found - 1;
                    if (seen[index] != stamp && IsWholeWords(text, end - TerminalLength[index] + 1, end, length))
                    {
                        seen[index] = stamp;
                        for (int entry = TerminalRuleStart[index], last = TerminalRuleStart[index + 1]; entry < last; entry++)
                        {
                            CountStep();
                            Offer(TerminalRules[entry], global::System.Math.Min((int)TerminalLength[index], matchedCap), TerminalRuleIsVendorEvidence[entry], ref message, ref blocklist);
                        }
                    }

                    found = TerminalLink[index];
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
                if (!IsAsciiWordChar(text[end]) || end + 2 >= length || text[end + 1] != '.' || !IsAsciiWordChar(text[end + 2]))
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
                    Offer(CodeOnlyRules[index], 0, false, ref message, ref blocklist);
                }
            }

            // A row's own enhanced codes, found in the reply, are evidence of its vendor as much as its tokens are.
            private static void Offer(int rule, int matched, bool textIsVendorEvidence, ref Best message, ref Best blocklist)
            {
                var score = message.Score(rule, matched);
                var evidence = textIsVendorEvidence || (HasOwnCodes[rule] && message.HasEnhanced);
                message.Offer(rule, score, evidence);
                if (IsBlocklist[rule])
                {
                    blocklist.Offer(rule, score, evidence);
                }
            }

            // The most specific row that fits, by these criteria in turn: a row that gives a reason over one that only
            // says where the reason is, whatever codes the latter fits (a row that names no reason cannot be more specific
            // than words that name one: Yahoo's internal number beside its [TSS04] token or the words "user complaints";
            // Sisimai's pseudo status 5.0.999, which some DSNs carry, beside "unknown user"); codes that fit; a cause over
            // a failed delivery program; a vendor's own message over generic text evidence (vendor "Generic"), unless the
            // vendor's codes are missing from the reply; a row whose reason the enhanced code confirms; the longer match
            // string; the earlier row (project rows come first).
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
                }

                public int Rule { get; private set; }

                // Whether the best row's vendor showed its own evidence (a token, code, host or URL) in the reply.
                public bool IsVendorEvidence { get; private set; }

                public bool HasEnhanced => hasEnhanced;

                // -1 when the row does not fit the reply.
                public int Score(int rule, int matched)
                {
                    var codes = CodeScore(rule, basic, hasEnhanced, enhanced, matched > 0);
                    if (codes < 0 || (int)Reasons[rule] == excludedReason || (hasEnhanced && SmtpReplyRules.IsAboutSenderAddress(enhanced.Subject, enhanced.Detail) && SmtpReplyRules.IsAboutRecipientAddress(Reasons[rule])))
                    {
                        // A reply about the sender's address ("550 5.1.7 No such domain" answering MAIL FROM) does
                        // not say the recipient's address is bad, whatever its words would mean about a recipient.
                        return -1;
                    }

                    // A vendor's row is more specific than generic evidence when its codes are in the reply or it has none.
                    var isVendorSpecific = !IsGeneric[rule] && (codes > 1 || (BasicCodes[rule] == 0 && EnhancedStart[rule] == EnhancedStart[rule + 1]));
                    var reasonWeight = ReasonWeight(Reasons[rule]);
                    var rank = ((reasonWeight == 0 ? 0 : 1) * MaxCodeScore) + codes;
                    rank = (rank * 3) + reasonWeight;
                    rank = (rank * 2) + (isVendorSpecific ? 1 : 0);
                    rank = (rank * 2) + (Reasons[rule] == codeReason ? 1 : 0);
                    return (rank * 4096) + global::System.Math.Min(matched, 4095);
                }

                // Above any CodeScore: text (1), a basic code (2) and an enhanced code (2) that fit.
                private const int MaxCodeScore = 6;

                // 0: the row names no reason; 1: it says only that a delivery program failed (MailerError: Postfix's
                // pipe(8) "Command died with status N" or "permission denied. Command output: ...", where the
                // program's own words follow and, when they name a cause such as a full mailbox, say why, as
                // Sisimai's reason order, which tries MailerError last, has it); 2: it names a cause.
                private static int ReasonWeight(SmtpBounceReason reason) =>
                    reason == SmtpBounceReason.Undefined ? 0 : reason == SmtpBounceReason.MailerError ? 1 : 2;

                public void Offer(int rule, int score, bool vendorEvidence)
                {
                    if (score >= 0 && (score > bestScore || (score == bestScore && rule < Rule)))
                    {
                        Rule = rule;
                        bestScore = score;
                        IsVendorEvidence = vendorEvidence;
                    }
                    else if (score >= 0 && rule == Rule)
                    {
                        // The same row found again by another of its match strings: its vendor evidence counts too.
                        IsVendorEvidence |= vendorEvidence;
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
