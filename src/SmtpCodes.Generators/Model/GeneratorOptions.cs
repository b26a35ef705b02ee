using SmtpCodes.Shared;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// The MSBuild options of the generator: SmtpCodesNamespace, SmtpCodesAccessibility, and
/// SmtpCodesBuiltInCatalog (false: generate from the project's catalog files alone).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string Accessibility, bool IncludeBuiltInCatalog)
{
    public static readonly GeneratorOptions Default = new(SmtpCodesBuildOptions.DefaultNamespace, SmtpCodesBuildOptions.DefaultAccessibility, IncludeBuiltInCatalog: true);
}
