using SmtpCodes.Generators.Catalog;

namespace SmtpCodes.Generators.Model;

/// <summary>A DNS blocklist or reputation list: the message its zone (<see cref="CatalogMessageSpec.Match"/>) is recognised by, and what the list holds.</summary>
internal sealed record BlocklistSpec(CatalogMessageSpec Message, BlocklistType ListType);
