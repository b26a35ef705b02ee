using Microsoft.CodeAnalysis;

namespace SmtpCodes.Analyzers.Core;

internal static class MetadataNames
{
    /// <summary>The name <c>Compilation.GetTypeByMetadataName</c> resolves: <c>Ns.Outer+Inner</c>.</summary>
    public static string Of(INamedTypeSymbol type)
    {
        string name = type.MetadataName;
        if (type.ContainingType is { } outer)
        {
            return Of(outer) + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }
}
