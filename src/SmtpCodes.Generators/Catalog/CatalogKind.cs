namespace SmtpCodes.Generators.Catalog;

/// <summary>What a catalog row describes (the CSV's <c>kind</c> column).</summary>
internal enum CatalogKind
{
    Reply,
    Enhanced,
    Vendor,
    Blocklist,
}
