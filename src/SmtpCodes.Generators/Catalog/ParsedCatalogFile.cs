using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Catalog;

/// <summary>The outcome of parsing one catalog file: its valid rows and what was wrong with the others.</summary>
internal sealed record ParsedCatalogFile(string Path, EquatableArray<LocatedEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics);
