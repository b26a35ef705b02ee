using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// A row the diagnoser recognises in reply text: a vendor's or an MTA's message, or generic text evidence (vendor
/// <c>Generic</c>); a blocklist is one too, with its list type (<see cref="BlocklistSpec"/>). It fits a reply by its
/// match strings and the codes it comes with (0 and empty: any).
/// </summary>
/// <param name="ContextMatch">The match strings of <paramref name="Match"/> that are context, not cause (<see cref="CatalogEntry.ContextMatch"/>).</param>
/// <param name="FallbackMatch">The match strings of <paramref name="Match"/> that are cause words of last resort (<see cref="CatalogEntry.FallbackMatch"/>).</param>
/// <param name="ScopedMatch">The match strings of <paramref name="Match"/> read only under the row's codes (<see cref="CatalogEntry.ScopedMatch"/>).</param>
/// <param name="AlignedMatch">The match alternatives made of pieces that must occur in order (<see cref="CatalogEntry.AlignedMatch"/>).</param>
/// <param name="Class">The class the row gives a reply without any code; null: the class its reason implies.</param>
internal sealed record CatalogMessageSpec(
    string Name,
    string Vendor,
    int BasicCode,
    EquatableArray<EnhancedCodePattern> EnhancedCodes,
    EquatableArray<string> Match,
    EquatableArray<string> ContextMatch,
    EquatableArray<string> FallbackMatch,
    EquatableArray<string> ScopedMatch,
    EquatableArray<EquatableArray<string>> AlignedMatch,
    ReplyClass? Class,
    string Title,
    string Description,
    string Resolution,
    RowMeaning Meaning)
{
    /// <summary>The class a reply without any code takes when this row decides it (<see cref="ClassificationPolicy.ImpliedClass"/>).</summary>
    public ReplyClass ImpliedClass => Class ?? ClassificationPolicy.ImpliedClass(Meaning.Reason);
}
