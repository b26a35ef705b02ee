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
    private MatchRule(CatalogEntry entry, IReadOnlyList<string> foldedMatches)
    {
        Entry = entry;
        FoldedMatches = foldedMatches;
    }

    public CatalogEntry Entry { get; }

    public IReadOnlyList<string> FoldedMatches { get; }

    public bool IsBlocklist => Entry.Kind == CatalogKind.Blocklist;

    /// <summary>
    /// Text evidence that no particular sender owns (vendor "Generic", such as "mailbox full"): a vendor's own
    /// message that fits the reply is more specific and wins over it.
    /// </summary>
    public bool IsGeneric => string.Equals(Entry.Vendor.Trim(), GenericVendor, System.StringComparison.OrdinalIgnoreCase);

    public const string GenericVendor = "Generic";

    /// <summary>
    /// The rows the diagnoser can match. A row needs match text, or enhanced codes of its own: a row known
    /// only by registry codes (or only by a basic code) would replace the generic meaning of that code for
    /// every sender, which is what the enhanced and basic code lookups are for.
    /// </summary>
    public static IReadOnlyList<MatchRule> From(GenerationSpec spec)
    {
        var registry = new HashSet<(int Subject, int Detail)>(spec.EnhancedCodes
            .Select(entry => entry.EnhancedCode!)
            .Where(code => code.IsDetailRow)
            .Select(code => (code.Subject, code.DetailFrom)));
        var rules = new List<MatchRule>();
        foreach (var entry in spec.VendorMessages.Concat(spec.Blocklists))
        {
            var folded = entry.Match.Select(MatchText.Fold).Where(text => text.Length > 0).Distinct(System.StringComparer.Ordinal).ToList();
            var hasOwnCodes = entry.EnhancedCodes.Count > 0 && entry.EnhancedCodes.All(code => IsVendorSpecific(code, registry));
            if (folded.Count > 0 || hasOwnCodes)
            {
                rules.Add(new MatchRule(entry, folded));
            }
        }

        return rules;
    }

    private static bool IsVendorSpecific(EnhancedCodePattern code, HashSet<(int Subject, int Detail)> registry) =>
        code.DetailFrom != EnhancedCodePattern.Any
        && (code.DetailFrom != code.DetailTo || !registry.Contains((code.Subject, code.DetailFrom)));
}
