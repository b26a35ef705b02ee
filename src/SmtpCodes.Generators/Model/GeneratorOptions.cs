namespace SmtpCodes.Generators.Model;

/// <summary>
/// The MSBuild options of the generator: SmtpCodesNamespace, SmtpCodesAccessibility, and
/// SmtpCodesBuiltInCatalog (false: generate from the project's catalog files alone), and SmtpCodesEmitEngine
/// (false: emit the catalog's tables and members but not the engine files; only src/SmtpCodes.Runtime sets it,
/// because it compiles the engine from source).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string Accessibility, bool IncludeBuiltInCatalog, bool EmitEngine = true)
{
    public const string DefaultNamespace = "SmtpCodes";
    public const string DefaultAccessibility = "internal";
    public const string NamespaceProperty = "build_property.SmtpCodesNamespace";
    public const string AccessibilityProperty = "build_property.SmtpCodesAccessibility";
    public const string BuiltInCatalogProperty = "build_property.SmtpCodesBuiltInCatalog";
    public const string EmitEngineProperty = "build_property.SmtpCodesEmitEngine";

    public static readonly GeneratorOptions Default = new(DefaultNamespace, DefaultAccessibility, IncludeBuiltInCatalog: true);
}
