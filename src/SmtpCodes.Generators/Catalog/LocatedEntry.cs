using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Catalog;

/// <summary>A catalog entry with the places of its row and its name, for diagnostics found when files are merged.</summary>
internal sealed record LocatedEntry(CatalogEntry Entry, FileLocation CodeLocation, FileLocation NameLocation);
