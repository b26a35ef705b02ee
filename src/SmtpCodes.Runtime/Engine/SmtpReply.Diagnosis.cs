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
            int causeLength;
            SmtpDiagnosis retried;
            return TryDiagnoseRetriedCause(text, givenBasic, excludedReason, out causeLength, out retried)
                ? retried
                : DiagnoseText(text, givenBasic, excludedReason);
        }

        // Exim gives up on an address whose retries ran out by appending ": retry timeout exceeded" to the reason of its
        // last deferral (retry.c: string_sprintf("%s: retry timeout exceeded", addr->message); the Exim specification's
        // "Retry configuration" chapter: an address whose retry time is exceeded is failed). That reason is why the mail
        // failed ("mailbox is full"), the suffix only when.
        private const string EximRetryTimeout = ": retry timeout exceeded";

        /// <summary>
        /// The one rule for a reply that ends with Exim's ": retry timeout exceeded", by the rule for retries that ran
        /// out (SmtpReplyRules.EndsAsExpired; catalog/README.md, "Retries that ran out"): the last error before the
        /// suffix is the diagnosis where it names a cause that outlasts the expiry (a full mailbox, an unknown user, a
        /// block), in its own class or, when it has no code, the permanent class of a message given up; causeLength is
        /// then where it ends (the bounce reader's evidence). Where it names no such cause, the reply is the expiry
        /// (as the whole reply's words state it, else RFC 3463 X.4.7's meaning in the last error's class) and
        /// causeLength is -1. False when the text does not end
        /// with the suffix, or has nothing before it, or the caller ruled Expired out: the whole text decides.
        /// The reply diagnoser and the bounce reader both ask this.
        /// </summary>
        internal static bool TryDiagnoseRetriedCause(SmtpText text, int givenBasic, int excludedReason, out int causeLength, out SmtpDiagnosis diagnosis)
        {
            causeLength = RetriedCauseLength(text);
            if (causeLength <= 0 || excludedReason == (int)SmtpBounceReason.Expired)
            {
                causeLength = -1;
                diagnosis = default(SmtpDiagnosis);
                return false;
            }

#if SMTPCODES_SPAN
            var cause = DiagnoseText(text.Slice(0, causeLength), givenBasic, excludedReason);
#else
            char[] chars = KeptBuffer(ref causeBuffer, causeLength);
            text.CopyTo(0, chars, 0, causeLength);
            var cause = DiagnoseText(new SmtpMimeText(chars, causeLength), givenBasic, excludedReason);
#endif
            if (SmtpReplyRules.EndsAsExpired(cause))
            {
                // The whole reply states the expiry in the suffix's own words (a catalog row) unless a code or longer
                // words outrank them; then the expiry is read from the last error.
                causeLength = -1;
                var whole = DiagnoseText(text, givenBasic, excludedReason);
                diagnosis = whole.Reason == SmtpBounceReason.Expired ? whole : cause.AfterRetriesRanOut();
                return true;
            }

            diagnosis = cause.GivenUp();
            return true;
        }

        // The length of the text before Exim's suffix, which may be followed by a full stop, blanks and the line breaks
        // that end a bounce's paragraph; -1 when the text does not end with the suffix or has nothing before it.
        private static int RetriedCauseLength(SmtpText text)
        {
            var end = text.Length;
            while (end > 0 && IsSentenceEnd(text[end - 1]))
            {
                CountStep();
                end--;
            }

            var causeEnd = end - EximRetryTimeout.Length;
            if (causeEnd <= 0)
            {
                return -1;
            }

            for (var index = 0; index < EximRetryTimeout.Length; index++)
            {
                CountStep();
                // ASCII case only, as an ordinal comparison that ignores case reads the suffix.
                var value = text[causeEnd + index];
                if ((value >= 'A' && value <= 'Z' ? (char)(value + 32) : value) != EximRetryTimeout[index])
                {
                    return -1;
                }
            }

            return causeEnd;
        }

        private static bool IsSentenceEnd(char value) => value == ' ' || value == '\t' || value == '.' || value == '\r' || value == '\n';

        // The text that diagnoses a reply without the rule for Exim's suffix (DiagnoseCore applies it first).
        private static SmtpDiagnosis DiagnoseText(SmtpText text, int givenBasic, int excludedReason)
        {
            int basicStart;
            int enhancedStart;
            int enhancedEnd;
            var codes = FindCodes(text, out basicStart, out enhancedStart, out enhancedEnd);
            if (IsReplyCodeValue(givenBasic) && givenBasic != codes.basicValue)
            {
                SmtpEnhancedStatusCode enhanced;
                var hasEnhanced = FindEnhancedCode(text, givenBasic / 100, OwnEnhancedCodeAt(text, basicStart, codes.basicValue), out enhanced, out enhancedStart, out enhancedEnd);
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
                if (global::System.MemoryExtensions.IndexOfAny(plain, '@', '<', '[') >= 0)
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
            var diagnosis = codes.Explain(message.Rule, message.IsVendorEvidence, message.IsCauseWord, blocklist.Rule, excludedReason);

            // Words that say an address is bad, in a clause about the envelope sender ("550 Sender address does not
            // exist"), say it of the sender's address: read as the bounce reader reads a reply to MAIL FROM.
            return message.Rule >= 0 && message.IsAboutSender && SmtpReplyRules.IsAboutRecipientAddress(diagnosis.Reason) ? diagnosis.AboutSender() : diagnosis;
        }

        // Servers put the address inside their sentence ("User [a@b] does not exist", "Rcpt <a@b> does not exist",
        // "User (a@b) unknown"), where it splits the words a catalog phrase holds; Sisimai matches such replies with
        // pairs of words around the address (go-sisimai reason/why-userunknown.go: "user " ... " does not exist").
        // The same holds for the client's IP address, which servers write as an address literal ("Client host
        // [192.0.2.1] blocked": Postfix's RBL reply without its "using <zone>"; Sisimai's pairs "access from ip
        // address " ... " blocked", "mail server at " ... " is blocked").
        // The text is scanned a second time with every word that holds an address (or a name in angle brackets, or an
        // address literal) left out, so the words around it
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

                if ((at > read && at < end - 1) || IsBracketedName(folded, read, end) || IsAddressLiteral(folded, read, end))
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

        // A word that is an address literal, an IP address in square brackets ("[192.0.2.1]", "[IPv6:2001:db8::1]:";
        // RFC 5321 4.1.3), names the client host where a sentence would name it: it is left out with the addresses.
        private static bool IsAddressLiteral(char[] folded, int start, int end)
        {
            var last = end - 1;
            while (last > start && (folded[last] == ':' || folded[last] == ',' || folded[last] == '.' || folded[last] == ';'))
            {
                last--;
            }

            if (folded[start] != '[' || folded[last] != ']')
            {
                return false;
            }

            var index = start + 1;
            if (last - index > 5 && (folded[index] | ' ') == 'i' && (folded[index + 1] | ' ') == 'p' && (folded[index + 2] | ' ') == 'v'
                && folded[index + 3] == '6' && folded[index + 4] == ':')
            {
                index += 5;
            }

            var separators = 0;
            var digits = 0;
            for (; index < last; index++)
            {
                CountStep();
                var c = (char)(folded[index] | ' ');
                if (c == '.' || c == ':')
                {
                    separators++;
                }
                else if (c >= '0' && c <= '9')
                {
                    digits++;
                }
                else if (c < 'a' || c > 'f')
                {
                    return false;
                }
            }

            return separators > 0 && digits > 0;
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
        private SmtpDiagnosis Explain(int message, bool vendorEvidence, bool causeWord, int blocklist, int excludedReason)
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

            if (message < 0 && replyClass == SmtpReplyClass.Transient && hasEnhanced && IsPolicyRefusal(enhancedValue))
            {
                ReadDeferredByPolicy(excludedReason, ref reason, ref party, ref action);
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
            return new SmtpDiagnosis(this, replyClass, reason, hardBounce, party, action, basis, title, description, resolution, vendor, entry, blocklistName, blocklistType, null, message >= 0 && causeWord);
        }

        // RFC 3463's X.7.1, "delivery not authorized, message refused": a refusal by the site's policy that says no more.
        // The bounce reader asks the same of a recipient's diagnosis (SmtpBounceReader.DeferredByPolicy).
        internal static bool IsPolicyRefusal(SmtpEnhancedStatusCode code) => code.Subject == 7 && code.Detail == 1;

        // The classification policy's rule for a refusal whose words name no cause (ClassificationPolicy.RefusalWithoutCause,
        // written beside the tables as RefusedHost* and DeferredByPolicy*), for a temporary reply under X.7.1 that no
        // catalog row explains: RFC 3463 meant X.7.1 for permanent refusals, so its temporary form is a policy check that
        // asks the client to come back, greylisting (RFC 6647: a temporary failure an unknown client is expected to retry;
        // ASSP's "451 4.7.1 Please try again later", Postfix's DEFER as Postgrey uses it). A 421 closes the channel
        // whatever command it answered (RFC 5321 3.8): the server refused the connecting host, as a refused greeting. A
        // reason the caller ruled out leaves the code's meaning.
        private void ReadDeferredByPolicy(int excludedReason, ref SmtpBounceReason reason, ref SmtpResponsibleParty party, ref SmtpRecommendedAction action)
        {
            var session = basicValue == 421;
            var ruled = session ? RefusedHostReason : DeferredByPolicyReason;
            if ((int)ruled == excludedReason)
            {
                return;
            }

            reason = ruled;
            party = session ? RefusedHostParty : DeferredByPolicyParty;
            action = session ? RefusedHostAction : DeferredByPolicyAction;
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

        // Per entry of aligned pieces: the stamp of the call that last wrote it, its progress and where its last piece ended.
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static int[]? alignedProgress;
#else
        private static int[] alignedProgress;
#endif

        [global::System.ThreadStatic]
        private static int lastStamp;

        // A reply longer than this gets a buffer of its own, so one huge reply does not keep its memory alive.
        private const int LongestKeptBuffer = 16 * 1024;

#if !SMTPCODES_SPAN
        // The last error before Exim's suffix, copied where there are no spans (the text may be a string); per thread,
        // apart from the scan buffer, which the diagnosis of the copy uses.
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? causeBuffer;
#else
        private static char[] causeBuffer;
#endif

#endif

        private static char[] ScanBuffer(int length) => KeptBuffer(ref scanBuffer, length);

        // A per-thread buffer of at least length characters, kept for the next call unless it is longer than LongestKeptBuffer.
#if SMTPCODES_NULLABLE
        private static char[] KeptBuffer(ref char[]? kept, int length)
#else
        private static char[] KeptBuffer(ref char[] kept, int length)
#endif
        {
            var buffer = kept;
            if (buffer != null && buffer.Length >= length)
            {
                return buffer;
            }

            buffer = new char[global::System.Math.Max(length, 256)];
            if (length <= LongestKeptBuffer)
            {
                kept = buffer;
            }

            return buffer;
        }

        private static int[] SeenStamps(out int stamp, out int[] aligned)
        {
            var seen = seenStamps ?? (seenStamps = new int[CatalogMessages.TerminalCount]);
            aligned = alignedProgress ?? (alignedProgress = new int[CatalogMessages.AlignedCount * 3]);
            if (lastStamp == int.MaxValue)
            {
                global::System.Array.Clear(seen, 0, seen.Length);
                global::System.Array.Clear(aligned, 0, aligned.Length);
                lastStamp = 0;
            }

            stamp = ++lastStamp;
            return seen;
        }
    }
}
