using SmtpCodes.Shared;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// The MSBuild options of the generator: SmtpCodesNamespace, SmtpCodesAccessibility, and
/// SmtpCodesBuiltInCatalog (false: generate from the project's catalog files alone), and SmtpCodesEmitEngine
/// (false: emit the catalog's tables and members but not the engine files; only src/SmtpCodes.Runtime sets it,
/// because it compiles the engine from source).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string Accessibility, bool IncludeBuiltInCatalog, bool EmitEngine = true)
{
    public static readonly GeneratorOptions Default = new(SmtpCodesBuildOptions.DefaultNamespace, SmtpCodesBuildOptions.DefaultAccessibility, IncludeBuiltInCatalog: true);
}
