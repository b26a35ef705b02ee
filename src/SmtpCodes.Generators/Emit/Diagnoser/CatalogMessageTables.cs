using System;
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
        var automaton = MatchAutomaton.Build(rules.SelectMany(rule => rule.FoldedMatches));
        writer.Open(spec.Options.Accessibility + " readonly partial struct SmtpReply");
        writer.Open("private static partial class " + Layout.MessageTables);
        writer.Line("// " + Number(rules.Count) + " catalog rows: vendor messages, text evidence and blocklists, in catalog order (project rows first).");
        writer.Line("public const int " + Layout.TerminalCount + " = " + Number(automaton.TerminalCount) + ";");
        writer.Line();
        writer.Line("// The automaton: " + Number(automaton.StateCount) + " states; the edges of state s are EdgeStart[s] to EdgeStart[s + 1], sorted by label.");
        Ints(writer, Layout.EdgeStart, automaton.EdgeStart);
        writer.Line("private const string " + Layout.EdgeChars + " = " + Literals.String(automaton.EdgeChars) + ";");
        writer.Line();
        Ints(writer, Layout.EdgeTargets, automaton.EdgeTargets);
        writer.Line("// The moves of the root and its children (states 0 to ShallowStates - 1) on ASCII characters: ShallowRows[(state << 7) | c].");
        writer.Line("public const int " + Layout.ShallowStates + " = " + Number(automaton.RootChildCount + 1) + ";");
        Ints(writer, Layout.ShallowRows, automaton.ShallowRows(Layout.AsciiWidth));
        Ints(writer, Layout.Failure, automaton.Failure);
        Ints(writer, Layout.DictionaryLink, automaton.DictionaryLink);
        Ints(writer, Layout.Output, automaton.Output);
        Ints(writer, Layout.TerminalIndex, automaton.TerminalIndex);
        Ints(writer, Layout.TerminalLength, automaton.TerminalLength);

        var rulesByTerminal = Enumerable.Range(0, automaton.TerminalCount).Select(_ => new List<(int Rule, bool Evidence)>()).ToList();
        for (var rule = 0; rule < rules.Count; rule++)
        {
            foreach (var match in rules[rule].FoldedMatches)
            {
                rulesByTerminal[automaton.TerminalOf(match)].Add((rule, rules[rule].IsVendorEvidence(match)));
            }
        }

        writer.Line("// Per match string (terminal t): the rows it belongs to are TerminalRules[TerminalRuleStart[t]] to TerminalRules[TerminalRuleStart[t + 1] - 1].");
        Ints(writer, Layout.TerminalRuleStart, Offsets(rulesByTerminal.Select(list => list.Count)));
        Ints(writer, Layout.TerminalRules, rulesByTerminal.SelectMany(list => list.Select(pair => pair.Rule)));
        writer.Line("// Per entry of TerminalRules: whether that match string is the row's vendor's own evidence (a token, code, host or URL), which may name the vendor.");
        Values(writer, "bool", Layout.TerminalRuleIsVendorEvidence, rulesByTerminal.SelectMany(list => list.Select(pair => pair.Evidence ? "true" : "false")));
        // A row without match text fits only a reply with one of its enhanced codes, so the rows are listed by subject.
        var codeOnlyBySubject = Enumerable.Range(0, Layout.SubjectCount)
            .Select(subject => Enumerable.Range(0, rules.Count)
                .Where(rule => rules[rule].FoldedMatches.Count == 0 && rules[rule].Entry.EnhancedCodes.Any(code => code.Subject == subject))
                .ToList())
            .ToList();
        writer.Line("// The rows without match text, known by their own enhanced codes: those with subject s are CodeOnlyRules[CodeOnlyRuleStart[s]] to CodeOnlyRules[CodeOnlyRuleStart[s + 1] - 1].");
        Ints(writer, Layout.CodeOnlyRuleStart, Offsets(codeOnlyBySubject.Select(list => list.Count)));
        Ints(writer, Layout.CodeOnlyRules, codeOnlyBySubject.SelectMany(list => list));
        Ints(writer, Layout.BasicCodes, rules.Select(rule => rule.Entry.BasicCode));
        writer.Line("// Per row: its enhanced code patterns, four numbers each: class (0 for any), subject, first and last detail (-1 for any).");
        Ints(writer, Layout.EnhancedStart, Offsets(rules.Select(rule => rule.Entry.EnhancedCodes.Count)));
        Ints(writer, Layout.EnhancedPatterns, rules.SelectMany(rule => rule.Entry.EnhancedCodes.SelectMany(Pattern)));
        Values(writer, "bool", Layout.IsBlocklist, rules.Select(rule => rule.IsBlocklist ? "true" : "false"));
        Values(writer, "bool", Layout.IsGeneric, rules.Select(rule => rule.IsGeneric ? "true" : "false"));
        Values(writer, "bool", Layout.HasOwnCodes, rules.Select(rule => rule.HasOwnCodes ? "true" : "false"));
        writer.Line("// Per row, from the classification policy: the class of a reply without any code that the row decides, and the bounce the row gives a permanent reply.");
        Values(writer, "SmtpReplyClass", Layout.ImpliedClasses, rules.Select(rule => "SmtpReplyClass." + rule.ImpliedClass));
        Values(writer, "SmtpBounceKind", Layout.Bounces, rules.Select(rule => Term("SmtpBounceKind", rule.Entry.Bounce, ClassificationPolicy.BounceKind(5, rule.Entry.Reason))));
        Values(writer, "SmtpBounceReason", Layout.Reasons, rules.Select(rule => Term("SmtpBounceReason", rule.Entry.Reason, "Undefined")));
        Values(writer, "SmtpResponsibleParty", Layout.Parties, rules.Select(rule => Term("SmtpResponsibleParty", rule.Entry.Party, "Nobody")));
        Values(writer, "SmtpRecommendedAction", Layout.Actions, rules.Select(rule => Term("SmtpRecommendedAction", rule.Entry.Action, "None")));
        Values(writer, "SmtpBlocklistType", Layout.ListTypes, rules.Select(rule => Term("SmtpBlocklistType", rule.Entry.ListType, Vocabulary.ListTypes[0].MemberName)));
        Strings(writer, Layout.Names, rules.Select(rule => rule.Entry.Name));
        Strings(writer, Layout.Vendors, rules.Select(rule => rule.Entry.Vendor));
        Strings(writer, Layout.Titles, rules.Select(rule => rule.Entry.Title));
        Strings(writer, Layout.Descriptions, rules.Select(rule => rule.Entry.Description));
        Strings(writer, Layout.Resolutions, rules.Select(rule => rule.Entry.Resolution), last: true);
        writer.Close();
        writer.Close();
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

    private static string Term(string type, string member, string fallback) => type + "." + (member.Length == 0 ? fallback : member);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Ints(SourceWriter writer, string name, IEnumerable<int> values) =>
        Values(writer, "int", name, values.Select(Number));

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

    private static void Values(SourceWriter writer, string type, string name, IEnumerable<string> values)
    {
        writer.Line("public static readonly " + type + "[] " + name + " =");
        writer.Line("{");
        foreach (var line in values.Select((value, index) => (value, index)).GroupBy(pair => pair.index / ValuesPerLine))
        {
            writer.Line("    " + string.Join(", ", line.Select(pair => pair.value)) + ",");
        }

        writer.Line("};");
        writer.Line();
    }
}
