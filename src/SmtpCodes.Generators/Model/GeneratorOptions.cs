namespace SmtpCodes.Generators.Model;

/// <summary>The MSBuild options of the generator (SmtpCodesNamespace, SmtpCodesAccessibility).</summary>
internal sealed record GeneratorOptions(string Namespace, string Accessibility)
{
    public const string DefaultNamespace = "SmtpCodes";
    public const string DefaultAccessibility = "internal";
    public const string NamespaceProperty = "build_property.SmtpCodesNamespace";
    public const string AccessibilityProperty = "build_property.SmtpCodesAccessibility";

    public static readonly GeneratorOptions Default = new(DefaultNamespace, DefaultAccessibility);
}
