using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Shared;

/// <summary>
/// The MSBuild options that shape the generated code, and how a value is validated: one file, linked into the generator
/// and the analyzers (the code fixes read the analyzers' copy), so the analyzers look for the generated types exactly
/// where the generator put them. An invalid <c>SmtpCodesNamespace</c> makes the generator warn (SMTPGEN017) and use the
/// default; the analyzers fall back the same way instead of looking in a namespace that does not exist.
/// </summary>
internal static class SmtpCodesBuildOptions
{
    public const string NamespaceKey = "build_property.SmtpCodesNamespace";
    public const string AccessibilityKey = "build_property.SmtpCodesAccessibility";
    public const string BuiltInCatalogKey = "build_property.SmtpCodesBuiltInCatalog";

    /// <summary>False: emit the catalog's tables and members without the engine files (only src/SmtpCodes.Runtime sets it).</summary>
    public const string EmitEngineKey = "build_property.SmtpCodesEmitEngine";

    public const string DefaultNamespace = "SmtpCodes";
    public const string DefaultAccessibility = "internal";

    /// <summary>
    /// The namespace of the generated types for a configured value: the value when it is a dotted C# name, else the default.
    /// <paramref name="invalid"/> is set when a value was given and rejected.
    /// </summary>
    public static string GeneratedNamespace(string? configured, out bool invalid)
    {
        invalid = false;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DefaultNamespace;
        }

        string trimmed = configured!.Trim();
        invalid = !IsNamespace(trimmed);
        return invalid ? DefaultNamespace : trimmed;
    }

    /// <summary>A dotted C# name whose parts are identifiers and no keywords (<c>Acme.Mail</c>).</summary>
    public static bool IsNamespace(string text)
        => text.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
