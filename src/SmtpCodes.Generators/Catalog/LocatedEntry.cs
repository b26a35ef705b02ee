using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// A catalog entry with the places of its row and its name, for diagnostics found when files are merged;
/// <paramref name="FormerNameLocations"/> holds the place of each of the entry's former names, in their order.
/// </summary>
internal sealed record LocatedEntry(CatalogEntry Entry, FileLocation CodeLocation, FileLocation NameLocation, EquatableArray<FileLocation> FormerNameLocations);
