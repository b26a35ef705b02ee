namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// The fixed part of the diagnosis: <c>SmtpDiagnosis</c>, <c>SmtpDiagnosisBasis</c>, the precedence of catalog
/// message, enhanced code and basic code, and the walk of the generated automaton over the reply text.
/// The tables it reads are emitted by <see cref="CatalogMessageTables"/>.
/// </summary>
internal static class DiagnosisTemplate
{
    public const string Text = """
/// <summary>What decided a diagnosis.</summary>
$GENERATED$
$ACCESS$ enum SmtpDiagnosisBasis
{
    /// <summary>Nothing: the text has no code and no known message.</summary>
    None = 0,

    /// <summary>The meaning of the basic code.</summary>
    BasicCode = 1,

    /// <summary>The meaning of the enhanced status code.</summary>
    EnhancedCode = 2,

    /// <summary>A catalog message (a vendor message, text evidence or a blocklist) whose text and codes fit the reply.</summary>
    CatalogMessage = 3,
}

/// <summary>What an SMTP reply means and what to do about it: the answer of <see cref="SmtpReply.Diagnose($STRING$)"/>.</summary>
$GENERATED$
$ACCESS$ sealed class SmtpDiagnosis
{
    internal SmtpDiagnosis(SmtpReply reply, SmtpReplyClass replyClass, bool classConflict, SmtpBounceReason reason, bool? isHardBounce, SmtpResponsibleParty party, SmtpRecommendedAction action, SmtpDiagnosisBasis basis, string title, string description, string resolution, $STRING?$ vendor, $STRING?$ catalogEntry, $STRING?$ blocklist, SmtpBlocklistType? blocklistType)
    {
        Reply = reply;
        Class = replyClass;
        ClassConflict = classConflict;
        Reason = reason;
        IsHardBounce = isHardBounce;
        Party = party;
        Action = action;
        Basis = basis;
        Title = title;
        Description = description;
        Resolution = resolution;
        Vendor = vendor;
        CatalogEntry = catalogEntry;
        Blocklist = blocklist;
        BlocklistType = blocklistType;
    }

    /// <summary>The parsed reply: codes and text.</summary>
    public SmtpReply Reply { get; }

    /// <summary>The basic code, or null when the text has none.</summary>
    public SmtpReplyCode? BasicCode => Reply.BasicCode;

    /// <summary>The enhanced status code, or null when the text has none.</summary>
    public SmtpEnhancedStatusCode? EnhancedCode => Reply.EnhancedCode;

    /// <summary>
    /// What the client must do, from the basic code (RFC 5321): transient (retry) or permanent (do not repeat
    /// unchanged). A 552 about too many recipients is transient, as RFC 5321 (4.5.3.1.10) asks. Unknown without a basic code.
    /// </summary>
    public SmtpReplyClass Class { get; }

    /// <summary>Whether the basic code and the enhanced code have different classes (such as 421 5.7.32); the basic code decides.</summary>
    public bool ClassConflict { get; }

    /// <summary>Why the message bounced.</summary>
    public SmtpBounceReason Reason { get; }

    /// <summary>Whether the address does not work (stop sending to it): a permanent reply whose reason is an unknown user or host, a move, or a domain that accepts no mail. Null when the class is unknown.</summary>
    public bool? IsHardBounce { get; }

    /// <summary>Who must act.</summary>
    public SmtpResponsibleParty Party { get; }

    /// <summary>What to do.</summary>
    public SmtpRecommendedAction Action { get; }

    /// <summary>What decided the diagnosis: a catalog message, the enhanced code or the basic code.</summary>
    public SmtpDiagnosisBasis Basis { get; }

    /// <summary>The title of the catalog message or code that decided.</summary>
    public string Title { get; }

    /// <summary>What the reply means, in plain words.</summary>
    public string Description { get; }

    /// <summary>What to do about it, in plain words; empty for a success.</summary>
    public string Resolution { get; }

    /// <summary>Who sends the matched catalog message (a provider or MTA); null for generic text evidence and when no message matched.</summary>
    public $STRING?$ Vendor { get; }

    /// <summary>The name of the matched catalog row, or null.</summary>
    public $STRING?$ CatalogEntry { get; }

    /// <summary>The blocklist the reply names, or null.</summary>
    public $STRING?$ Blocklist { get; }

    /// <summary>What the named blocklist holds, or null.</summary>
    public SmtpBlocklistType? BlocklistType { get; }

    /// <summary>A one-line summary: codes, class, reason and action.</summary>
    public override string ToString()
    {
        var codes = Reply.ToString();
        var head = Reply.BasicCode.HasValue || Reply.EnhancedCode.HasValue ? codes.Substring(0, codes.Length - Reply.Text.Length).Trim() : "(no code)";
        return head + ": " + Class.ToString() + ", " + Reason.ToString() + (IsHardBounce == true ? " (hard bounce)" : string.Empty) + ", " + Party.ToString() + " should " + Action.ToString();
    }
}

$ACCESS$ readonly partial struct SmtpReply
{
    private static SmtpDiagnosis DiagnoseCore($TEXT$ text)
    {
        var reply = ParseCore(text);
        var folded = new char[text.Length];
        var length = Normalize(text, 0, reply.basicValue, true, folded);
        var hits = new int[CatalogMessages.TerminalCount];
        var hitCount = CatalogMessages.Scan(folded, length, hits);
        var message = new CatalogMessages.Best(reply.basicValue, reply.hasEnhanced, reply.enhancedValue, reply.CodeReason());
        var blocklist = message;
        CatalogMessages.Choose(hits, hitCount, ref message, ref blocklist);
        return reply.Explain(message.Rule, blocklist.Rule);
    }

    // The reason the enhanced code alone gives: it breaks ties between catalog messages that fit equally well. The
    // basic code does not: its meanings are too broad (550 is an unknown user as often as a blocked sender).
    private SmtpBounceReason CodeReason() => hasEnhanced ? enhancedValue.GetDefaultReason() : SmtpBounceReason.Undefined;

    // Precedence: a catalog message whose text and codes fit, then the enhanced code when it means something
    // more than its class, then the basic code.
    private SmtpDiagnosis Explain(int message, int blocklist)
    {
        SmtpBounceReason reason;
        SmtpResponsibleParty party;
        SmtpRecommendedAction action;
        SmtpDiagnosisBasis basis;
        string title;
        string description;
        string resolution;
        $STRING?$ vendor = null;
        $STRING?$ entry = null;
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
            title = "No SMTP reply code";
            description = "The text has no SMTP reply code and no message the catalog knows.";
            resolution = string.Empty;
            basis = SmtpDiagnosisBasis.None;
        }

        var replyClass = Class;
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

        var isHardBounce = replyClass == SmtpReplyClass.Unknown ? (bool?)null : replyClass == SmtpReplyClass.Permanent && IsHardReason(reason);
        var classConflict = basicValue != 0 && hasEnhanced && (int)enhancedValue.Class != basicValue / 100;
        var blocklistName = blocklist < 0 ? null : CatalogMessages.Titles[blocklist];
        var blocklistType = blocklist < 0 ? (SmtpBlocklistType?)null : CatalogMessages.ListTypes[blocklist];
        return new SmtpDiagnosis(this, replyClass, classConflict, reason, isHardBounce, party, action, basis, title, description, resolution, vendor, entry, blocklistName, blocklistType);
    }

    private static bool IsHardReason(SmtpBounceReason reason) =>
        reason == SmtpBounceReason.UserUnknown || reason == SmtpBounceReason.HostUnknown || reason == SmtpBounceReason.HasMoved || reason == SmtpBounceReason.NotAccept;

    private static partial class CatalogMessages
    {
        // One pass of the Aho-Corasick automaton over the folded text: which match strings occur (each terminal
        // once, in hits). Failure steps never outnumber the characters read, and each terminal's chain of shorter
        // matches is walked once.
        public static int Scan(char[] text, int length, int[] hits)
        {
            var found = new bool[TerminalCount];
            var hitCount = 0;
            var state = 0;
            for (var index = 0; index < length; index++)
            {
                var c = text[index];
                while (true)
                {
                    var next = Step(state, c);
                    if (next != 0)
                    {
                        state = next;
                        break;
                    }

                    if (state == 0)
                    {
                        break;
                    }

                    state = Failure[state];
                }

                var terminal = TerminalIndex[state] >= 0 ? state : DictionaryLink[state];
                while (terminal != 0 && !found[TerminalIndex[terminal]])
                {
                    found[TerminalIndex[terminal]] = true;
                    hits[hitCount++] = TerminalIndex[terminal];
                    terminal = DictionaryLink[terminal];
                }
            }

            return hitCount;
        }

        private static int Step(int state, char c)
        {
            var low = EdgeStart[state];
            var high = EdgeStart[state + 1] - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var label = EdgeChars[middle];
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

        // Offers every row that can fit: the rows of each match string found (so the work grows with the matches,
        // not with the catalog), and the rows known by their enhanced codes alone.
        public static void Choose(int[] hits, int hitCount, ref Best message, ref Best blocklist)
        {
            for (var hit = 0; hit < hitCount; hit++)
            {
                var terminal = hits[hit];
                for (var index = TerminalRuleStart[terminal]; index < TerminalRuleStart[terminal + 1]; index++)
                {
                    Offer(TerminalRules[index], TerminalLength[terminal], ref message, ref blocklist);
                }
            }

            for (var index = 0; index < CodeOnlyRules.Length; index++)
            {
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
            var ruleBasic = BasicCodes[rule];
            if (ruleBasic != 0 && basic != 0)
            {
                if (basic != ruleBasic)
                {
                    return -1;
                }

                score += 2;
            }

            var start = EnhancedStart[rule];
            var end = EnhancedStart[rule + 1];
            var enhancedFits = false;
            if (start < end && hasEnhanced)
            {
                for (var pattern = start; pattern < end && !enhancedFits; pattern++)
                {
                    var offset = pattern * 4;
                    var patternClass = EnhancedPatterns[offset];
                    var from = EnhancedPatterns[offset + 2];
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
""";
}
