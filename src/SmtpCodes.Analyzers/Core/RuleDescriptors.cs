using Microsoft.CodeAnalysis;

namespace SmtpCodes.Analyzers.Core;

internal static class RuleDescriptors
{
    /// <summary>Every rule: the shared category, enabled by default unless it is opt-in, help link to its docs/rules page.</summary>
    public static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description, bool isEnabledByDefault = true)
        => new(
            id,
            title,
            messageFormat,
            DiagnosticIds.Category,
            severity,
            isEnabledByDefault: isEnabledByDefault,
            description: description,
            helpLinkUri: HelpLinks.For(id));
}
