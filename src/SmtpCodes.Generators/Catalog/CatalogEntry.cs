using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// One validated catalog row, with its values parsed: codes as numbers and patterns, vocabulary values as the
/// enums of <see cref="Vocabulary"/> (null where the row leaves the column empty). It holds no location, so that the model built from entries compares equal when only the place
/// of a row in its file changed. <paramref name="Classes"/>: for a detail code of the registry, the classes it is a
/// code of (2, 4, 5; every class when the row leaves the column empty); empty for every other row.
/// <paramref name="ContextMatch"/>: the match strings of <paramref name="Match"/> that the row marks <c>{context}</c>, words that
/// say where or after what a failure happened, not why (catalog/README.md, "Context phrases").
/// <paramref name="FallbackMatch"/>: the match strings the row marks <c>{fallback}</c>, cause words that decide only when nothing
/// else names a cause (catalog/README.md, "Cause words").
/// <paramref name="ScopedMatch"/>: the match strings the row marks <c>{scoped}</c>, read only under the row's codes and
/// preferred there to the same words of another row (catalog/README.md, "Scoped phrases").
/// <paramref name="AlignedMatch"/>: the match alternatives written as pieces joined by <c>{...}</c>, each the pieces in their
/// order: words that must all occur in the reply, in that order, with anything between (catalog/README.md, "Aligned
/// pieces"; Sisimai's pairs).
/// <paramref name="FormerNames"/>: the names the row's member had before (the <c>former_names</c> column), each generated as an
/// obsolete alias of the member; empty for every row that is no reply code or enhanced detail code.
/// </summary>
internal sealed record CatalogEntry(
    CatalogKind Kind,
    string Code,
    int BasicCode,
    EnhancedCodePattern? EnhancedCode,
    EquatableArray<EnhancedCodePattern> EnhancedCodes,
    EquatableArray<string> Match,
    EquatableArray<string> ContextMatch,
    EquatableArray<string> FallbackMatch,
    EquatableArray<string> ScopedMatch,
    EquatableArray<EquatableArray<string>> AlignedMatch,
    string Vendor,
    string Name,
    EquatableArray<string> FormerNames,
    ReplyClass? Class,
    EquatableArray<int> Classes,
    string Title,
    BounceReason? Reason,
    BounceKind? Bounce,
    ResponsibleParty? Party,
    RecommendedAction? Action,
    BlocklistType? ListType,
    string Description,
    string Resolution,
    string Rfc,
    string Source)
{
    /// <summary>The key under which a user row replaces a built-in one: the code, or for vendor messages and blocklists the name.</summary>
    public string Key => Kind is CatalogKind.Reply or CatalogKind.Enhanced ? Code : Name;
}
