namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    using SmtpText = global::System.String;
#endif

    public readonly partial struct SmtpReply
    {
        // Allocates nothing: the codes are read in place, and the folded text and the table of match strings seen
        // live in per-thread memory that the next call reuses.
        private static SmtpDiagnosis DiagnoseCore(SmtpText text)
        {
            int basicStart;
            int enhancedStart;
            int enhancedEnd;
            var codes = FindCodes(text, out basicStart, out enhancedStart, out enhancedEnd);
            var message = new CatalogMessages.Best(codes.basicValue, codes.hasEnhanced, codes.enhancedValue, codes.CodeReason());
            var blocklist = message;
            var folded = ScanBuffer(text.Length);
            var length = Normalize(text, 0, codes.basicValue, true, folded);
            CatalogMessages.Scan(folded, length, ref message, ref blocklist);
            CatalogMessages.OfferCodeOnlyRules(codes.hasEnhanced, codes.enhancedValue.Subject, ref message, ref blocklist);
            return codes.Explain(message.Rule, blocklist.Rule);
        }

        // The reason the enhanced code alone gives: it breaks ties between catalog messages that fit equally well. The
        // basic code does not: its meanings are too broad (550 is an unknown user as often as a blocked sender).
        private SmtpBounceReason CodeReason() => hasEnhanced ? enhancedValue.GetDefaultReason() : SmtpBounceReason.Undefined;

        // Precedence: a catalog message whose text and codes fit, then the enhanced code when it means something
        // more than its class, then the basic code. Called on the reply's codes (a reply without text).
        private SmtpDiagnosis Explain(int message, int blocklist)
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
                vendor = CatalogMessages.IsGeneric[message] || CatalogMessages.Vendors[message].Length == 0 ? null : CatalogMessages.Vendors[message];
                entry = CatalogMessages.Names[message];
                basis = SmtpDiagnosisBasis.CatalogMessage;
            }
            else if (hasEnhanced && (basicValue == 0 || enhancedValue.GetDefaultReason() != SmtpBounceReason.Undefined))
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

            var replyClass = basicValue == 0 ? SmtpReplyClass.Unknown : (SmtpReplyClass)(basicValue / 100);
            if (basicValue == 552 && (action == SmtpRecommendedAction.ReduceRecipients || (hasEnhanced && enhancedValue.Subject == 5 && enhancedValue.Detail == 3)))
            {
                // RFC 5321, 4.5.3.1.10: "too many recipients" sent as 552 is an RFC 821 mistake for 452.
                replyClass = SmtpReplyClass.Transient;
            }

            if (replyClass == SmtpReplyClass.Success)
            {
                reason = SmtpBounceReason.Delivered;
                party = SmtpResponsibleParty.Nobody;
                action = SmtpRecommendedAction.None;
            }
            else if (replyClass == SmtpReplyClass.Transient && (action == SmtpRecommendedAction.DoNotRetry || action == SmtpRecommendedAction.RemoveAddress))
            {
                // A transient reply never says to give up: the condition may pass.
                action = SmtpRecommendedAction.RetryLater;
            }

            var blocklistName = blocklist < 0 ? null : CatalogMessages.Titles[blocklist];
            var blocklistType = blocklist < 0 ? (SmtpBlocklistType?)null : CatalogMessages.ListTypes[blocklist];
            return new SmtpDiagnosis(this, replyClass, reason, party, action, basis, title, description, resolution, vendor, entry, blocklistName, blocklistType);
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
            // One pass of the Aho-Corasick automaton over the folded text, offering the rows of every match string
            // found, each once. Failure steps never outnumber the characters read, and a match string's chain of
            // shorter matches is walked once per call, so the time is linear in the text. The tables are read into
            // locals so the loop keeps them in registers. A table's element type is the narrowest that holds its
            // values (the generator chooses), so values are read into int variables, never var.
            public static void Scan(char[] text, int length, ref Best message, ref Best blocklist)
            {
                var edgeStart = EdgeStart;
                var edgeTargets = EdgeTargets;
                var failure = Failure;
                var shallowRows = ShallowRows;
                var output = Output;
                int stamp;
                var seen = SeenStamps(out stamp);
                var state = 0;
                for (var index = 0; index < length; index++)
                {
                    var c = text[index];
                    while (true)
                    {
                        CountStep();
                        // The root and its children, where most characters are read, move by table on ASCII.
                        if (state < ShallowStates && c < SmtpCatalogLayout.AsciiWidth)
                        {
                            state = shallowRows[(state << SmtpCatalogLayout.AsciiShift) | c];
                            break;
                        }

                        if (state == 0)
                        {
                            state = Edge(0, c);
                            break;
                        }

                        // A state's edges are few and sorted by label: a linear search that stops at the first label not below c.
                        var next = 0;
                        for (int edge = edgeStart[state], end = edgeStart[state + 1]; edge < end; edge++)
                        {
                            CountStep();
                            var label = EdgeChars[edge];
                            if (label >= c)
                            {
                                next = label == c ? edgeTargets[edge] : 0;
                                break;
                            }
                        }

                        if (next != 0)
                        {
                            state = next;
                            break;
                        }

                        state = failure[state];
                    }

                    int found = output[state];
                    if (found != 0)
                    {
                        OfferMatches(found, seen, stamp, ref message, ref blocklist);
                    }
                }
            }

            // The match strings that end at a state (Output: the index of the longest one plus one) and the shorter
            // ones its dictionary links lead to (TerminalLink: the index of the next plus one; 0 ends the chain).
            private static void OfferMatches(int found, int[] seen, int stamp, ref Best message, ref Best blocklist)
            {
                while (found != 0)
                {
                    CountStep();
                    var index = found - 1;
                    if (seen[index] == stamp)
                    {
                        return;
                    }

                    seen[index] = stamp;
                    for (int rule = TerminalRuleStart[index], end = TerminalRuleStart[index + 1]; rule < end; rule++)
                    {
                        CountStep();
                        Offer(TerminalRules[rule], TerminalLength[index], ref message, ref blocklist);
                    }

                    found = TerminalLink[index];
                }
            }

            // The edge of a state for a character beyond ASCII: the edges are sorted by label, so searched by halves.
            private static int Edge(int state, char c)
            {
                int low = EdgeStart[state];
                int high = EdgeStart[state + 1] - 1;
                while (low <= high)
                {
                    CountStep();
                    var middle = low + ((high - low) >> 1);
                    char label = EdgeChars[middle];
                    if (label == c)
                    {
                        return EdgeTargets[middle];
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
                    Offer(CodeOnlyRules[index], 0, ref message, ref blocklist);
                }
            }

            private static void Offer(int rule, int matched, ref Best message, ref Best blocklist)
            {
                var score = message.Score(rule, matched);
                message.Offer(rule, score);
                if (IsBlocklist[rule])
                {
                    blocklist.Offer(rule, score);
                }
            }

            // The most specific row that fits, by these criteria in turn: codes that fit; a vendor's own message over
            // generic text evidence (vendor "Generic"), unless the vendor's codes are missing from the reply; a row whose
            // reason the enhanced code confirms; the longer match string; the earlier row (project rows come first).
            public struct Best
            {
                private readonly int basic;
                private readonly bool hasEnhanced;
                private readonly SmtpEnhancedStatusCode enhanced;
                private readonly SmtpBounceReason codeReason;
                private int bestScore;

                public Best(int basic, bool hasEnhanced, SmtpEnhancedStatusCode enhanced, SmtpBounceReason codeReason)
                {
                    this.basic = basic;
                    this.hasEnhanced = hasEnhanced;
                    this.enhanced = enhanced;
                    this.codeReason = codeReason;
                    bestScore = -1;
                    Rule = -1;
                }

                public int Rule { get; private set; }

                // -1 when the row does not fit the reply.
                public int Score(int rule, int matched)
                {
                    var codes = CodeScore(rule, basic, hasEnhanced, enhanced, matched > 0);
                    if (codes < 0)
                    {
                        return -1;
                    }

                    // A vendor's row is more specific than generic evidence when its codes are in the reply or it has none.
                    var isVendorSpecific = !IsGeneric[rule] && (codes > 1 || (BasicCodes[rule] == 0 && EnhancedStart[rule] == EnhancedStart[rule + 1]));
                    var rank = (((codes * 2) + (isVendorSpecific ? 1 : 0)) * 2) + (Reasons[rule] == codeReason ? 1 : 0);
                    return (rank * 4096) + global::System.Math.Min(matched, 4095);
                }

                public void Offer(int rule, int score)
                {
                    if (score >= 0 && (score > bestScore || (score == bestScore && rule < Rule)))
                    {
                        Rule = rule;
                        bestScore = score;
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
