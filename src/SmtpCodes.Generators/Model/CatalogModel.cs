using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>The catalog merged from all files, and what the merge found wrong (duplicates across rows and files).</summary>
internal sealed record CatalogModel(
    EquatableArray<CatalogEntry> ReplyCodes,
    EquatableArray<CatalogEntry> EnhancedCodes,
    EquatableArray<CatalogEntry> VendorMessages,
    EquatableArray<CatalogEntry> Blocklists,
    EquatableArray<DiagnosticInfo> Diagnostics);
