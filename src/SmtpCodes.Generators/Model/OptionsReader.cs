using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Generators.Diagnostics;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>Reads the generator's MSBuild options; an invalid value falls back to the default with a warning.</summary>
internal static class OptionsReader
{
    public static (GeneratorOptions Options, EquatableArray<DiagnosticInfo> Diagnostics) Read(AnalyzerConfigOptions globalOptions)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ns = GeneratorOptions.DefaultNamespace;
        if (globalOptions.TryGetValue(GeneratorOptions.NamespaceProperty, out var nsText) && !string.IsNullOrWhiteSpace(nsText))
        {
            nsText = nsText.Trim();
            if (IsNamespace(nsText))
            {
                ns = nsText;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.InvalidOption, null, "SmtpCodesNamespace", nsText, "not a dotted C# name", ns));
            }
        }

        var accessibility = GeneratorOptions.DefaultAccessibility;
        if (globalOptions.TryGetValue(GeneratorOptions.AccessibilityProperty, out var accessText) && !string.IsNullOrWhiteSpace(accessText))
        {
            accessText = accessText.Trim().ToLowerInvariant();
            if (accessText is "public" or "internal")
            {
                accessibility = accessText;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.InvalidOption, null, "SmtpCodesAccessibility", accessText, "use public or internal", accessibility));
            }
        }

        var includeBuiltIn = true;
        if (globalOptions.TryGetValue(GeneratorOptions.BuiltInCatalogProperty, out var builtInText) && !string.IsNullOrWhiteSpace(builtInText))
        {
            builtInText = builtInText.Trim().ToLowerInvariant();
            if (builtInText is "true" or "false")
            {
                includeBuiltIn = builtInText == "true";
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.InvalidOption, null, "SmtpCodesBuiltInCatalog", builtInText, "use true or false", "true"));
            }
        }

        // Only SmtpCodes.Runtime turns the engine off (it compiles the engine from source), so no diagnostic for odd values.
        var emitEngine = !(globalOptions.TryGetValue(GeneratorOptions.EmitEngineProperty, out var engineText)
            && string.Equals(engineText?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));

        return (new GeneratorOptions(ns, accessibility, includeBuiltIn, emitEngine), diagnostics.ToEquatableArray());
    }

    private static bool IsNamespace(string text) =>
        text.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);
}
