namespace SmtpCodes.Generators.Model;

/// <summary>
/// The MSBuild options of the generator: SmtpCodesNamespace, SmtpCodesAccessibility, and
/// SmtpCodesBuiltInCatalog (false: generate from the project's catalog files alone).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string Accessibility, bool IncludeBuiltInCatalog)
{
    public const string DefaultNamespace = "SmtpCodes";
    public const string DefaultAccessibility = "internal";
    public const string NamespaceProperty = "build_property.SmtpCodesNamespace";
    public const string AccessibilityProperty = "build_property.SmtpCodesAccessibility";
    public const string BuiltInCatalogProperty = "build_property.SmtpCodesBuiltInCatalog";

    public static readonly GeneratorOptions Default = new(DefaultNamespace, DefaultAccessibility, IncludeBuiltInCatalog: true);
}
