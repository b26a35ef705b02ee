using System.Collections.Generic;
using System.Linq;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// A vendor or blocklist row as the diagnoser uses it: the folded match strings, the codes it is scoped to
/// and what it means. Rows keep the catalog's order (project rows first), which breaks ties between equally
/// specific rows.
/// </summary>
internal sealed class MatchRule
{
    private MatchRule(CatalogMessageSpec spec, BlocklistType? listType, IReadOnlyList<string> foldedMatches, IReadOnlyList<IReadOnlyList<string>> foldedAligned, bool hasOwnCodes)
    {
        Spec = spec;
        ListType = listType;
        FoldedMatches = foldedMatches;
        FoldedAligned = foldedAligned;
        HasOwnCodes = hasOwnCodes;
    }

    public CatalogMessageSpec Spec { get; }

    /// <summary>What the list holds, for a blocklist; null for a vendor message or text evidence.</summary>
    public BlocklistType? ListType { get; }

    public IReadOnlyList<string> FoldedMatches { get; }

    /// <summary>The row's aligned pieces (catalog <c>{...}</c>), folded: per alternative, its pieces in the order they must occur.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FoldedAligned { get; }

    /// <summary>Whether the row can be found by its text: a match string or aligned pieces.</summary>
    public bool HasText => FoldedMatches.Count > 0 || FoldedAligned.Count > 0;

    public bool IsBlocklist => ListType is not null;

    /// <summary>Whether every enhanced code of the row is the vendor's own (beyond the IANA registry): evidence of the vendor when the reply has one.</summary>
    public bool HasOwnCodes { get; }

    /// <summary>
    /// Whether a match string, found in a reply, is this vendor's own evidence and may name the vendor: a token, code,
    /// host or URL (it holds a digit or one of <c>_ [ ] # . / @ :</c>, or is one word of six or more characters with
    /// capitals inside, such as <c>RecipientNotFound</c> or <c>CXSNDR</c>), or the vendor's name. A phrase any MTA
    /// may write ("too many recipients", "mailbox was disabled", "DMARC") gives the row's reason but names nobody.
    /// </summary>
    public bool IsVendorEvidence(string foldedMatch) => vendorEvidence.Contains(foldedMatch);

    private readonly HashSet<string> vendorEvidence = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Whether a match string of the row is context, not cause (marked <c>{context}</c> wherever the row has it): a heading that
    /// says where or after what the failure happened, which decides the reason only when nothing else in the reply names one.
    /// </summary>
    public bool IsContext(string foldedMatch) => context.Contains(foldedMatch);

    private readonly HashSet<string> context = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Whether a match string of the row is a cause word (marked <c>{fallback}</c> wherever the row has it): one word that names
    /// the row's cause on its own, which decides only when no other words of the reply name a cause and no enhanced code
    /// says more (catalog/README.md, "Cause words").
    /// </summary>
    public bool IsFallback(string foldedMatch) => fallback.Contains(foldedMatch);

    private readonly HashSet<string> fallback = new(System.StringComparer.Ordinal);

    /// <summary>
    /// Whether a match string of the row is scoped (marked <c>{scoped}</c> wherever the row has it): read only under the row's
    /// codes, which add nothing to its rank, and preferred to another row's match string of the same rank and length
    /// (catalog/README.md, "Scoped phrases").
    /// </summary>
    public bool IsScoped(string foldedMatch) => scoped.Contains(foldedMatch);

    private readonly HashSet<string> scoped = new(System.StringComparer.Ordinal);

    private static bool IsToken(string match) =>
        match.Any(c => char.IsDigit(c) || "_[]#./@:".IndexOf(c) >= 0)
        || (match.Length >= 6 && match.IndexOf(' ') < 0 && match.Skip(1).Any(char.IsUpper));

    /// <summary>
    /// Text evidence that no particular sender owns (vendor "Generic", such as "mailbox full"): a vendor's own
    /// message that fits the reply is more specific and wins over it.
    /// </summary>
    public bool IsGeneric => string.Equals(Spec.Vendor.Trim(), GenericVendor, System.StringComparison.OrdinalIgnoreCase);

    public const string GenericVendor = "Generic";

    /// <summary>
    /// The rows the diagnoser can match. A row needs match text, or enhanced codes of its own: a row known
    /// only by registry codes (or only by a basic code) would replace the generic meaning of that code for
    /// every sender, which is what the enhanced and basic code lookups are for.
    /// </summary>
    public static IReadOnlyList<MatchRule> From(GenerationSpec spec)
    {
        var registry = new HashSet<(int Subject, int Detail)>(spec.EnhancedCodes
            .Select(entry => entry.Code)
            .Where(code => code.IsDetailRow)
            .Select(code => (code.Subject, code.DetailFrom)));
        var rules = new List<MatchRule>();
        var messages = spec.VendorMessages.Select(message => (Message: message, ListType: (BlocklistType?)null))
            .Concat(spec.Blocklists.Select(blocklist => (blocklist.Message, (BlocklistType?)blocklist.ListType)));
        foreach (var (entry, listType) in messages)
        {
            var folded = entry.Match.Select(MatchText.Fold).Where(text => text.Length > 0).Distinct(System.StringComparer.Ordinal).ToList();
            var aligned = entry.AlignedMatch.Select(pieces => (IReadOnlyList<string>)pieces.Select(MatchText.Fold).ToList()).ToList();
            var hasOwnCodes = entry.EnhancedCodes.Count > 0 && entry.EnhancedCodes.All(code => IsVendorSpecific(code, registry));
            if (folded.Count > 0 || aligned.Count > 0 || hasOwnCodes)
            {
                var rule = new MatchRule(entry, listType, folded, aligned, hasOwnCodes);
                var vendorName = MatchText.Fold(entry.Vendor).Split(new[] { ' ', '(', ')', ',', '/' }, System.StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
                foreach (var match in entry.Match)
                {
                    var foldedMatch = MatchText.Fold(match);
                    if (!rule.IsGeneric && (IsToken(match) || (vendorName.Length >= 3 && foldedMatch.Contains(vendorName))))
                    {
                        rule.vendorEvidence.Add(foldedMatch);
                    }
                }

                rule.context.UnionWith(entry.ContextMatch.Select(MatchText.Fold));
                rule.context.ExceptWith(entry.Match.Except(entry.ContextMatch).Select(MatchText.Fold));
                rule.fallback.UnionWith(entry.FallbackMatch.Select(MatchText.Fold));
                rule.fallback.ExceptWith(entry.Match.Except(entry.FallbackMatch).Select(MatchText.Fold));
                rule.scoped.UnionWith(entry.ScopedMatch.Select(MatchText.Fold));
                rule.scoped.ExceptWith(entry.Match.Except(entry.ScopedMatch).Select(MatchText.Fold));
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static bool IsVendorSpecific(EnhancedCodePattern code, HashSet<(int Subject, int Detail)> registry) =>
        code.DetailFrom != EnhancedCodePattern.Any
        && (code.DetailFrom != code.DetailTo || !registry.Contains((code.Subject, code.DetailFrom)));
}
