using System.Linq;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// The model step: turns the merged catalog rows into one typed spec per kind, once, so the emitters read typed values
/// (codes as numbers and patterns, vocabulary values as enums) and never a row of another kind's columns.
/// </summary>
internal static class CatalogSpecs
{
    public static GenerationSpec Build(CatalogModel catalog, GeneratorOptions options, TargetFeatures features) => new(
        options,
        features,
        catalog.ReplyCodes.Select(Reply).ToEquatableArray(),
        catalog.EnhancedCodes.Select(Enhanced).ToEquatableArray(),
        catalog.VendorMessages.Select(Message).ToEquatableArray(),
        catalog.Blocklists.Select(Blocklist).ToEquatableArray());

    private static ReplyCodeSpec Reply(CatalogEntry row) =>
        new(row.BasicCode, row.Name, row.FormerNames, row.Title, row.Description, row.Resolution, row.Rfc, RowMeaning.Of(row));

    private static EnhancedCodeSpec Enhanced(CatalogEntry row) =>
        new(row.EnhancedCode!, row.Name, row.FormerNames, row.Title, row.Description, row.Resolution, row.Rfc, row.Classes, RowMeaning.Of(row));

    private static CatalogMessageSpec Message(CatalogEntry row) =>
        new(row.Name, row.Vendor, row.BasicCode, row.EnhancedCodes, row.Match, row.ContextMatch, row.FallbackMatch, row.ScopedMatch, row.AlignedMatch, row.Class, row.Title, row.Description, row.Resolution, RowMeaning.Of(row));

    // A blocklist row has a list type: the validator requires it.
    private static BlocklistSpec Blocklist(CatalogEntry row) => new(Message(row), row.ListType ?? BlocklistType.Ip);
}
