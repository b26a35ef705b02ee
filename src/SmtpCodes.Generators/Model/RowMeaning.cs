using SmtpCodes.Generators.Catalog;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// What a catalog row says a reply means: the bounce reason, the bounce a permanent reply gets, who must act and what to
/// do. Each is null where the row leaves it to the defaults of the reply's class (<see cref="ClassificationPolicy"/>).
/// </summary>
internal sealed record RowMeaning(BounceReason? Reason, BounceKind? Bounce, ResponsibleParty? Party, RecommendedAction? Action)
{
    public static RowMeaning Of(CatalogEntry entry) => new(entry.Reason, entry.Bounce, entry.Party, entry.Action);
}
