using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Model;
using Layout = SmtpCodes.SmtpCatalogLayout;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// Emits the tables of <c>SmtpReply.CatalogMessages</c>: the Aho-Corasick automaton over every match string of
/// the vendor and blocklist rows, and per row its match strings, codes and meaning. Static arrays, so the size
/// of the generated code grows with the catalog and the work per reply with the length of the reply.
/// </summary>
internal static class CatalogMessageTables
{
    private const int ValuesPerLine = 24;

    public static void Write(SourceWriter writer, GenerationSpec spec)
    {
        var rules = MatchRule.From(spec);
        var automaton = MatchAutomaton.Build(rules.SelectMany(rule => rule.FoldedMatches.Concat(rule.FoldedAligned.SelectMany(pieces => pieces))));
        writer.Open(spec.Options.Accessibility + " readonly partial struct SmtpReply");
        WriteRefusalsWithoutCause(writer);
        writer.Open("private static partial class " + Layout.MessageTables);
        writer.Line("// " + Number(rules.Count) + " catalog rows: vendor messages, text evidence and blocklists, in catalog order (project rows first).");
        writer.Line("public const int " + Layout.TerminalCount + " = " + Number(automaton.TerminalCount) + ";");
        writer.Line();
        var packed = PackedAutomaton.Pack(automaton);
        writer.Line("// The automaton: " + Number(automaton.StateCount) + " states in " + Number(packed.EdgeBase.Length) + " slots (the root is slot 0), over " + Number(packed.ClassCount) + " character classes.");
        writer.Line("// A character's class: CharClasses[c] below 128, else FirstWideClass + its index in WideChars; 0 for a character of no match string.");
        Ints(writer, spec, Layout.CharClasses, packed.CharClasses);
        writer.Line("private const string " + Layout.WideChars + " = " + Literals.String(packed.WideChars) + ";");
        writer.Line("public const int " + Layout.FirstWideClass + " = " + Number(packed.FirstWideClass) + ";");
        writer.Line("public const int " + Layout.RowShift + " = " + Number(packed.RowShift) + ";");
        writer.Line();
        writer.Line("// The edge of slot s on class k leads to slot EdgeBase[s] + k when EdgeCheck[EdgeBase[s] + k] == k; else the scanner follows Failure[s].");
        Ints(writer, spec, Layout.EdgeBase, packed.EdgeBase);
        Ints(writer, spec, Layout.EdgeCheck, packed.EdgeCheck);
        writer.Line("// Complete moves (failure steps included) of slots 0 to ShallowStates - 1 (the root and the shallow states, where most characters are read): ShallowRows[(slot << RowShift) | k].");
        writer.Line("public const int " + Layout.ShallowStates + " = " + Number(packed.ShallowStates) + ";");
        Ints(writer, spec, Layout.ShallowRows, packed.ShallowRows);
        Ints(writer, spec, Layout.Failure, packed.Failure);
        writer.Line("// Per slot: 1 + the terminal index of the longest match string that ends there, 0 for none; per terminal: 1 + the index of the next shorter one.");
        Ints(writer, spec, Layout.Output, packed.Output);
        Ints(writer, spec, Layout.TerminalLink, automaton.TerminalLink);
        Ints(writer, spec, Layout.TerminalLength, automaton.TerminalLength);

        var rulesByTerminal = Enumerable.Range(0, automaton.TerminalCount).Select(_ => new List<(int Rule, bool Evidence, bool Context, bool Fallback, bool Scoped)>()).ToList();
        for (var rule = 0; rule < rules.Count; rule++)
        {
            foreach (var match in rules[rule].FoldedMatches)
            {
                rulesByTerminal[automaton.TerminalOf(match)].Add((rule, rules[rule].IsVendorEvidence(match), rules[rule].IsContext(match), rules[rule].IsFallback(match), rules[rule].IsScoped(match)));
            }
        }

        writer.Line("// Per match string (terminal t): the rows it belongs to are TerminalRules[TerminalRuleStart[t]] to TerminalRules[TerminalRuleStart[t + 1] - 1].");
        Ints(writer, spec, Layout.TerminalRuleStart, Offsets(rulesByTerminal.Select(list => list.Count)));
        Ints(writer, spec, Layout.TerminalRules, rulesByTerminal.SelectMany(list => list.Select(pair => pair.Rule)));
        writer.Line("// Per entry of TerminalRules: whether that match string is the row's vendor's own evidence (a token, code, host or URL), which may name the vendor.");
        Data(writer, spec, "bool", Layout.TerminalRuleIsVendorEvidence, rulesByTerminal.SelectMany(list => list.Select(pair => pair.Evidence ? "true" : "false")));
        writer.Line("// Per entry of TerminalRules: whether that match string is context for the row (catalog {context}): where the failure happened, not why.");
        Data(writer, spec, "bool", Layout.TerminalRuleIsContext, rulesByTerminal.SelectMany(list => list.Select(pair => pair.Context ? "true" : "false")));
        writer.Line("// Per entry of TerminalRules: whether that match string is a cause word of the row (catalog {fallback}): it decides only when nothing else names a cause.");
        Data(writer, spec, "bool", Layout.TerminalRuleIsFallback, rulesByTerminal.SelectMany(list => list.Select(pair => pair.Fallback ? "true" : "false")));
        writer.Line("// Per entry of TerminalRules: whether that match string is scoped for the row (catalog {scoped}): read under the row's codes only, preferred to the same words of another row.");
        Data(writer, spec, "bool", Layout.TerminalRuleIsScoped, rulesByTerminal.SelectMany(list => list.Select(pair => pair.Scoped ? "true" : "false")));
        WriteAligned(writer, spec, rules, automaton);
        // A row without match text fits only a reply with one of its enhanced codes, so the rows are listed by subject.
        var codeOnlyBySubject = Enumerable.Range(0, Layout.SubjectCount)
            .Select(subject => Enumerable.Range(0, rules.Count)
                .Where(rule => !rules[rule].HasText && rules[rule].Spec.EnhancedCodes.Any(code => code.Subject == subject))
                .ToList())
            .ToList();
        writer.Line("// The rows without match text, known by their own enhanced codes: those with subject s are CodeOnlyRules[CodeOnlyRuleStart[s]] to CodeOnlyRules[CodeOnlyRuleStart[s + 1] - 1].");
        Ints(writer, spec, Layout.CodeOnlyRuleStart, Offsets(codeOnlyBySubject.Select(list => list.Count)));
        Ints(writer, spec, Layout.CodeOnlyRules, codeOnlyBySubject.SelectMany(list => list));
        Ints(writer, spec, Layout.BasicCodes, rules.Select(rule => rule.Spec.BasicCode));
        writer.Line("// Per row: its enhanced code patterns, four numbers each: class (0 for any), subject, first and last detail (-1 for any).");
        Ints(writer, spec, Layout.EnhancedStart, Offsets(rules.Select(rule => rule.Spec.EnhancedCodes.Count)));
        Ints(writer, spec, Layout.EnhancedPatterns, rules.SelectMany(rule => rule.Spec.EnhancedCodes.SelectMany(Pattern)));
        Data(writer, spec, "bool", Layout.IsBlocklist, rules.Select(rule => rule.IsBlocklist ? "true" : "false"));
        Data(writer, spec, "bool", Layout.IsGeneric, rules.Select(rule => rule.IsGeneric ? "true" : "false"));
        Data(writer, spec, "bool", Layout.HasOwnCodes, rules.Select(rule => rule.HasOwnCodes ? "true" : "false"));
        writer.Line("// Per row, from the classification policy: the class of a reply without any code that the row decides, and the bounce the row gives a permanent reply.");
        Terms(writer, Layout.ImpliedClasses, rules.Select(rule => rule.Spec.ImpliedClass));
        Terms(writer, Layout.Bounces, rules.Select(rule => rule.Spec.Meaning.Bounce ?? ClassificationPolicy.DefaultBounce(5, rule.Spec.Meaning.Reason)));
        Terms(writer, Layout.Reasons, rules.Select(rule => rule.Spec.Meaning.Reason ?? BounceReason.Undefined));
        Terms(writer, Layout.Parties, rules.Select(rule => rule.Spec.Meaning.Party ?? ResponsibleParty.Nobody));
        Terms(writer, Layout.Actions, rules.Select(rule => rule.Spec.Meaning.Action ?? RecommendedAction.None));
        Terms(writer, Layout.ListTypes, rules.Select(rule => rule.ListType ?? BlocklistType.Ip));
        Strings(writer, Layout.Names, rules.Select(rule => rule.Spec.Name));
        Strings(writer, Layout.Vendors, rules.Select(rule => rule.Spec.Vendor));
        Strings(writer, Layout.Titles, rules.Select(rule => rule.Spec.Title));
        Strings(writer, Layout.Descriptions, rules.Select(rule => rule.Spec.Description));
        Strings(writer, Layout.Resolutions, rules.Select(rule => rule.Spec.Resolution), last: true);
        writer.Close();
        writer.Close();
    }

    // The aligned pieces (catalog "{...}"): every alternative of pieces is one aligned entry, numbered in row order; each of
    // its pieces is a match string of the automaton, and per terminal the pieces it ends are listed with their entry and
    // their place in it, so the scanner advances an entry when the piece it waits for is found after the previous one.
    private static void WriteAligned(SourceWriter writer, GenerationSpec spec, IReadOnlyList<MatchRule> rules, MatchAutomaton automaton)
    {
        var aligned = Enumerable.Range(0, rules.Count).SelectMany(rule => rules[rule].FoldedAligned.Select(pieces => (Rule: rule, Pieces: pieces))).ToList();
        var piecesByTerminal = Enumerable.Range(0, automaton.TerminalCount).Select(_ => new List<(int Entry, int Order)>()).ToList();
        for (var entry = 0; entry < aligned.Count; entry++)
        {
            for (var order = 0; order < aligned[entry].Pieces.Count; order++)
            {
                piecesByTerminal[automaton.TerminalOf(aligned[entry].Pieces[order])].Add((entry, order));
            }
        }

        writer.Line("// " + Number(aligned.Count) + " entries of aligned pieces (catalog {...}): per entry its row, its number of pieces and their total length.");
        writer.Line("public const int " + Layout.AlignedCount + " = " + Number(aligned.Count) + ";");
        Ints(writer, spec, Layout.AlignedRules, aligned.Select(entry => entry.Rule));
        Ints(writer, spec, Layout.AlignedPieceCounts, aligned.Select(entry => entry.Pieces.Count));
        Ints(writer, spec, Layout.AlignedLengths, aligned.Select(entry => entry.Pieces.Sum(piece => piece.Length)));
        writer.Line("// Per match string (terminal t): the pieces it is are entries PieceEntryStart[t] to PieceEntryStart[t + 1] - 1 of PieceAligned (the aligned entry) and PieceOrder (its place there).");
        Ints(writer, spec, Layout.PieceEntryStart, Offsets(piecesByTerminal.Select(list => list.Count)));
        Ints(writer, spec, Layout.PieceAligned, piecesByTerminal.SelectMany(list => list.Select(piece => piece.Entry)));
        Ints(writer, spec, Layout.PieceOrder, piecesByTerminal.SelectMany(list => list.Select(piece => piece.Order)));
    }

    // The classification policy's rule for a refusal whose words name no cause (ClassificationPolicy.RefusalWithoutCause),
    // which the engine reads where no catalog row decides: a refusal of the session (SmtpDiagnosis.RefusedSendingHost, and
    // a 421 under X.7.1), a temporary refusal of the transaction under X.7.1, a bare 554 that answered the end of the
    // message's data (SmtpDiagnosis.RefusedMessage) and a bare 550 or 553 that answered RCPT TO
    // (SmtpDiagnosis.RefusedRecipient; SmtpDiagnosis.RefusedUnknownRecipient, hard, where its words call the address
    // unknown; SmtpDiagnosis.RefusedRecipientDomain where its words name the domain).
    private static void WriteRefusalsWithoutCause(SourceWriter writer)
    {
        var (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Session);
        writer.Line("// From the classification policy: a refusal of the session (greeting, EHLO/HELO, a 421 under X.7.1) whose words and codes name no cause.");
        writer.Line("internal const SmtpBounceReason " + Layout.RefusedHostReason + " = " + Vocabulary.Member(reason) + ";");
        writer.Line("internal const SmtpBounceKind " + Layout.RefusedHostBounce + " = " + Vocabulary.Member(ClassificationPolicy.DefaultBounce(5, reason)) + ";");
        writer.Line("internal const SmtpResponsibleParty " + Layout.RefusedHostParty + " = " + Vocabulary.Member(party) + ";");
        writer.Line("internal const SmtpRecommendedAction " + Layout.RefusedHostAction + " = " + Vocabulary.Member(action) + ";");
        (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Transaction);
        writer.Line("// From the classification policy: a temporary refusal of the transaction under X.7.1 whose words name no cause (always soft).");
        writer.Line("internal const SmtpBounceReason " + Layout.DeferredByPolicyReason + " = " + Vocabulary.Member(reason) + ";");
        writer.Line("internal const SmtpResponsibleParty " + Layout.DeferredByPolicyParty + " = " + Vocabulary.Member(party) + ";");
        writer.Line("internal const SmtpRecommendedAction " + Layout.DeferredByPolicyAction + " = " + Vocabulary.Member(action) + ";");
        (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.MessageData);
        writer.Line("// From the classification policy: a bare 554 that answered the end of the message's data, whose words name no cause.");
        writer.Line("internal const SmtpBounceReason " + Layout.RefusedMessageReason + " = " + Vocabulary.Member(reason) + ";");
        writer.Line("internal const SmtpResponsibleParty " + Layout.RefusedMessageParty + " = " + Vocabulary.Member(party) + ";");
        writer.Line("internal const SmtpRecommendedAction " + Layout.RefusedMessageAction + " = " + Vocabulary.Member(action) + ";");
        (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.Recipient);
        writer.Line("// From the classification policy: a bare 550 or 553 that answered RCPT TO, whose words name no cause.");
        writer.Line("internal const SmtpBounceReason " + Layout.RefusedRecipientReason + " = " + Vocabulary.Member(reason) + ";");
        writer.Line("internal const SmtpResponsibleParty " + Layout.RefusedRecipientParty + " = " + Vocabulary.Member(party) + ";");
        writer.Line("internal const SmtpRecommendedAction " + Layout.RefusedRecipientAction + " = " + Vocabulary.Member(action) + ";");
        writer.Line("// From the classification policy: the same refusal is soft, but hard where its words call the address unknown.");
        writer.Line("internal const SmtpBounceKind " + Layout.RefusedRecipientBounce + " = " + Vocabulary.Member(ClassificationPolicy.RecipientRefusalBounce(false)) + ";");
        writer.Line("internal const SmtpBounceKind " + Layout.RefusedUnknownRecipientBounce + " = " + Vocabulary.Member(ClassificationPolicy.RecipientRefusalBounce(true)) + ";");
        (reason, party, action) = ClassificationPolicy.RefusalWithoutCause(RefusalStage.RecipientDomain);
        writer.Line("// From the classification policy: the same bare 550 or 553 to RCPT TO in words that name the recipient's domain, not a mailbox.");
        writer.Line("internal const SmtpBounceReason " + Layout.RefusedRecipientDomainReason + " = " + Vocabulary.Member(reason) + ";");
        writer.Line("internal const SmtpResponsibleParty " + Layout.RefusedRecipientDomainParty + " = " + Vocabulary.Member(party) + ";");
        writer.Line("internal const SmtpRecommendedAction " + Layout.RefusedRecipientDomainAction + " = " + Vocabulary.Member(action) + ";");
        writer.Line();
    }

    private static IEnumerable<int> Pattern(EnhancedCodePattern code) =>
        new[] { code.Class, code.Subject, code.DetailFrom, code.DetailFrom == EnhancedCodePattern.Any ? EnhancedCodePattern.Any : code.DetailTo };

    private static IEnumerable<int> Offsets(IEnumerable<int> counts)
    {
        var offset = 0;
        yield return offset;
        foreach (var count in counts)
        {
            offset += count;
            yield return offset;
        }
    }

    /// <summary>A table of vocabulary values, one per row: <c>SmtpBounceReason.UserUnknown, ...</c>.</summary>
    private static void Terms<T>(SourceWriter writer, string name, IEnumerable<T> values)
        where T : struct, System.Enum
        => Values(writer, Vocabulary.TypeName<T>(), name, values.Select(value => Vocabulary.Member(value)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Numbers in the narrowest element type that holds them: the automaton of the built-in catalog fits in 16 bits.</summary>
    private static void Ints(SourceWriter writer, GenerationSpec spec, string name, IEnumerable<int> values)
    {
        var list = values.ToList();
        var min = list.Count == 0 ? 0 : list.Min();
        var max = list.Count == 0 ? 0 : list.Max();
        var type = min >= 0 && max <= byte.MaxValue ? "byte"
            : min >= 0 && max <= ushort.MaxValue ? "ushort"
            : min >= short.MinValue && max <= short.MaxValue ? "short"
            : "int";
        Data(writer, spec, type, name, list.Select(Number));
    }

    /// <summary>
    /// A table of constants as static data where the target allows: a <c>ReadOnlySpan</c> property over a constant
    /// array is a view of the assembly's data, neither allocated nor copied. Every compiler does this for one-byte
    /// elements; for wider ones it needs <c>RuntimeHelpers.CreateSpan</c> (.NET 7 and later). Elsewhere a static
    /// readonly array, copied from the assembly's data when the class is first used.
    /// </summary>
    private static void Data(SourceWriter writer, GenerationSpec spec, string type, string name, IEnumerable<string> values)
    {
        var isStatic = spec.Features.HasSpan && (type is "byte" or "bool" || spec.Features.HasCreateSpan);
        Values(writer, isStatic ? "public static global::System.ReadOnlySpan<" + type + "> " + name + " => new " + type + "[]" : "public static readonly " + type + "[] " + name + " =", values);
    }

    private static void Strings(SourceWriter writer, string name, IEnumerable<string> values, bool last = false)
    {
        writer.Line("public static readonly string[] " + name + " =");
        writer.Line("{");
        foreach (var value in values)
        {
            writer.Line("    " + Literals.String(value) + ",");
        }

        writer.Line("};");
        if (!last)
        {
            writer.Line();
        }
    }

    private static void Values(SourceWriter writer, string type, string name, IEnumerable<string> values) =>
        Values(writer, "public static readonly " + type + "[] " + name + " =", values);

    private static void Values(SourceWriter writer, string declaration, IEnumerable<string> values)
    {
        writer.Line(declaration);
        writer.Line("{");
        foreach (var line in values.Select((value, index) => (value, index)).GroupBy(pair => pair.index / ValuesPerLine))
        {
            writer.Line("    " + string.Join(", ", line.Select(pair => pair.value)) + ",");
        }

        writer.Line("};");
        writer.Line();
    }
}
