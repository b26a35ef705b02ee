using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Generators.Diagnostics;
using SmtpCodes.Generators.Infrastructure;
using SmtpCodes.Shared;

namespace SmtpCodes.Generators.Model;

/// <summary>Reads the generator's MSBuild options; an invalid value falls back to the default with a warning.</summary>
internal static class OptionsReader
{
    public static (GeneratorOptions Options, EquatableArray<DiagnosticInfo> Diagnostics) Read(AnalyzerConfigOptions globalOptions)
    {
        var diagnostics = new List<DiagnosticInfo>();
        globalOptions.TryGetValue(SmtpCodesBuildOptions.NamespaceKey, out var nsText);
        var ns = SmtpCodesBuildOptions.GeneratedNamespace(nsText, out var invalidNamespace);
        if (invalidNamespace)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.InvalidOption, null, "SmtpCodesNamespace", nsText!.Trim(), "not a dotted C# name", ns));
        }

        var accessibility = SmtpCodesBuildOptions.DefaultAccessibility;
        if (globalOptions.TryGetValue(SmtpCodesBuildOptions.AccessibilityKey, out var accessText) && !string.IsNullOrWhiteSpace(accessText))
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
        if (globalOptions.TryGetValue(SmtpCodesBuildOptions.BuiltInCatalogKey, out var builtInText) && !string.IsNullOrWhiteSpace(builtInText))
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
        var emitEngine = !(globalOptions.TryGetValue(SmtpCodesBuildOptions.EmitEngineKey, out var engineText)
            && string.Equals(engineText?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));

        return (new GeneratorOptions(ns, accessibility, includeBuiltIn, emitEngine), diagnostics.ToEquatableArray());
    }
}
