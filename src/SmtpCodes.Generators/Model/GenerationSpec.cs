using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// Everything the emitter needs, as plain values that compare by value: the merged catalog (built-in rows
/// and the project's rows), the options and the target's features. Nothing here refers to a compilation.
/// </summary>
internal sealed record GenerationSpec(
    GeneratorOptions Options,
    TargetFeatures Features,
    EquatableArray<CatalogEntry> ReplyCodes,
    EquatableArray<CatalogEntry> EnhancedCodes,
    EquatableArray<CatalogEntry> VendorMessages,
    EquatableArray<CatalogEntry> Blocklists);
