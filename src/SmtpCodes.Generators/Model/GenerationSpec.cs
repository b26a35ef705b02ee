using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// Everything the emitter needs, as plain values that compare by value: the merged catalog (built-in rows
/// and the project's rows) as one typed spec per row and kind (<see cref="CatalogSpecs"/>), the options and the
/// target's features. Nothing here refers to a compilation.
/// </summary>
internal sealed record GenerationSpec(
    GeneratorOptions Options,
    TargetFeatures Features,
    EquatableArray<ReplyCodeSpec> ReplyCodes,
    EquatableArray<EnhancedCodeSpec> EnhancedCodes,
    EquatableArray<CatalogMessageSpec> VendorMessages,
    EquatableArray<BlocklistSpec> Blocklists);
