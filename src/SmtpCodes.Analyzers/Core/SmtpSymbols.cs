using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Shared;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// The symbols every rule needs, resolved once per compilation: the enums that carry reply codes, the generated
/// types (their namespace comes from <c>build_property.SmtpCodesNamespace</c>) and the generated marker attributes.
/// </summary>
internal sealed class SmtpSymbols
{
    private readonly Lazy<EnhancedCodeMembers> enhancedMembers;

    private SmtpSymbols(Compilation compilation, string generatedNamespace)
    {
        GeneratedNamespace = generatedNamespace;
        string prefix = generatedNamespace.Length == 0 ? string.Empty : generatedNamespace + ".";
        ReplyCode = compilation.GetTypeByMetadataName(prefix + "SmtpReplyCode") is { TypeKind: TypeKind.Enum } replyCode ? replyCode : null;
        ReplyClass = compilation.GetTypeByMetadataName(prefix + "SmtpReplyClass");
        EnhancedStatusCode = compilation.GetTypeByMetadataName(prefix + "SmtpEnhancedStatusCode");
        ReplyCodeAttribute = compilation.GetTypeByMetadataName(prefix + "SmtpReplyCodeAttribute");
        EnhancedStatusCodeAttribute = compilation.GetTypeByMetadataName(prefix + "SmtpEnhancedStatusCodeAttribute");

        var carrierEnums = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (string name in new[] { "System.Net.Mail.SmtpStatusCode", "MailKit.Net.Smtp.SmtpStatusCode" })
        {
            if (compilation.GetTypeByMetadataName(name) is { TypeKind: TypeKind.Enum } type)
            {
                carrierEnums.Add(type);
            }
        }

        if (ReplyCode is not null)
        {
            carrierEnums.Add(ReplyCode);
        }

        CarrierEnums = carrierEnums.ToImmutable();
        ReplyCodeNames = ReplyCode is null ? new Dictionary<long, string>() : EnumMembers.ByValue(ReplyCode);
        enhancedMembers = new Lazy<EnhancedCodeMembers>(() => EnhancedCodeMembers.Read(EnhancedStatusCode));
        HasCarrierCandidates = CarrierEnums.Length > 0
            || ReplyCodeAttribute is not null
            || EnhancedStatusCodeAttribute is not null
            || EnhancedStatusCode is not null
            || compilation.ContainsSymbolsWithName(name => SmtpNames.SaysSmtp(name), SymbolFilter.Type);
    }

    public string GeneratedNamespace { get; }

    /// <summary>The generated <c>SmtpReplyCode</c> enum, when the generator ran.</summary>
    public INamedTypeSymbol? ReplyCode { get; }

    public INamedTypeSymbol? ReplyClass { get; }

    public INamedTypeSymbol? EnhancedStatusCode { get; }

    public INamedTypeSymbol? ReplyCodeAttribute { get; }

    public INamedTypeSymbol? EnhancedStatusCodeAttribute { get; }

    /// <summary>Enums whose values are reply codes: System.Net.Mail's and MailKit's <c>SmtpStatusCode</c>, the generated <c>SmtpReplyCode</c>.</summary>
    public ImmutableArray<INamedTypeSymbol> CarrierEnums { get; }

    /// <summary>Reply code value to generated member name; empty when the generator did not run.</summary>
    public IReadOnlyDictionary<long, string> ReplyCodeNames { get; }

    /// <summary>"5.1.1" to the generated static member; empty when the generator did not run.</summary>
    public EnhancedCodeMembers EnhancedMembers => enhancedMembers.Value;

    /// <summary>False when nothing in the compilation can carry an SMTP code except members named in .editorconfig.</summary>
    public bool HasCarrierCandidates { get; }

    public static SmtpSymbols Create(Compilation compilation, AnalyzerOptions options)
    {
        // Read and validated as the generator does: an invalid value means the types are in the default namespace.
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(SmtpCodesBuildOptions.NamespaceKey, out string? configured);
        return new SmtpSymbols(compilation, SmtpCodesBuildOptions.GeneratedNamespace(configured, out _));
    }

    public bool IsCarrierEnum(ITypeSymbol? type)
        => type is INamedTypeSymbol named && CarrierEnums.Any(carrier => SymbolEqualityComparer.Default.Equals(carrier, named));

    public bool IsGeneratedReplyCode(ITypeSymbol? type)
        => ReplyCode is not null && SymbolEqualityComparer.Default.Equals(ReplyCode, type);

    public bool IsEnhancedStatusCode(ITypeSymbol? type)
        => EnhancedStatusCode is not null && SymbolEqualityComparer.Default.Equals(EnhancedStatusCode, type);
}
