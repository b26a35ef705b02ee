using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// Decides whether a value holds an SMTP code, by the symbol it comes from and never by a variable's name:
/// a carrier enum, a member marked with a generated attribute or listed in .editorconfig, a code-named member of an
/// SMTP-named type, or a local initialized from one of those (one hop).
/// </summary>
internal static class Carriers
{
    /// <summary>True when <paramref name="value"/> holds a basic reply code; <paramref name="namingEnum"/> is its enum, if any.</summary>
    public static bool IsReplyCode(IOperation? value, SmtpAnalysisState state, out INamedTypeSymbol? namingEnum, bool followLocal = true)
    {
        namingEnum = null;
        if (value is null || OperationFacts.IsConstant(value))
        {
            return false;
        }

        IOperation inner = value.WalkDownConversions();
        if (state.Symbols.IsCarrierEnum(inner.Type))
        {
            namingEnum = (INamedTypeSymbol)inner.Type!;
            return true;
        }

        if (!OperationFacts.IsIntegral(inner.Type))
        {
            return false;
        }

        SmtpCodeOptions options = state.OptionsFor(value);
        return inner switch
        {
            IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } member =>
                IsMarked(member.Member, state.Symbols.ReplyCodeAttribute)
                || options.ReplyCodeMembers.Contains(SmtpCodeOptions.MemberKey(member.Member))
                || IsNamedReplyCode(member.Member, options),
            IParameterReferenceOperation parameter => IsMarked(parameter.Parameter, state.Symbols.ReplyCodeAttribute) || IsNamedReplyCode(parameter.Parameter, options),
            IInvocationOperation invocation => IsReturnMarked(invocation.TargetMethod, state.Symbols.ReplyCodeAttribute),
            ILocalReferenceOperation local when followLocal =>
                IsReplyCode(OperationFacts.LocalInitializer(local), state, out namingEnum, followLocal: false),
            _ => false,
        };
    }

    /// <summary>
    /// True when <paramref name="value"/> holds an enhanced status code as text; <paramref name="structInstance"/> is set for
    /// <c>code.ToString()</c> on the generated struct, where the fix compares the struct itself.
    /// </summary>
    public static bool IsEnhancedCode(IOperation? value, SmtpAnalysisState state, out IOperation? structInstance, bool followLocal = true)
    {
        structInstance = null;
        if (value is null || OperationFacts.IsConstant(value))
        {
            return false;
        }

        IOperation inner = value.WalkDownConversions();
        if (inner.Type?.SpecialType != SpecialType.System_String)
        {
            return false;
        }

        SmtpCodeOptions options = state.OptionsFor(value);
        switch (inner)
        {
            case IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } instance }
                when state.Symbols.IsEnhancedStatusCode(instance.Type):
                // SmtpEnhancedStatusCode.Permanent.X.ToString() is a named code already: comparing it with text is a test of the name.
                if (instance is IFieldReferenceOperation { Field.IsStatic: true } or IPropertyReferenceOperation { Property.IsStatic: true })
                {
                    return false;
                }

                structInstance = instance;
                return true;
            case IInvocationOperation invocation:
                return IsReturnMarked(invocation.TargetMethod, state.Symbols.EnhancedStatusCodeAttribute);
            case IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } member:
                return IsMarked(member.Member, state.Symbols.EnhancedStatusCodeAttribute)
                    || options.EnhancedCodeMembers.Contains(SmtpCodeOptions.MemberKey(member.Member))
                    || IsNamedEnhancedCode(member.Member, options);
            case IParameterReferenceOperation parameter:
                return IsMarked(parameter.Parameter, state.Symbols.EnhancedStatusCodeAttribute) || IsNamedEnhancedCode(parameter.Parameter, options);
            case ILocalReferenceOperation local when followLocal:
                return IsEnhancedCode(OperationFacts.LocalInitializer(local), state, out structInstance, followLocal: false);
            default:
                return false;
        }
    }

    /// <summary>
    /// A member, parameter or return that is itself declared to hold reply codes (attribute or .editorconfig), or that the
    /// naming heuristic says holds them (<c>new SmtpResponse(451, ...)</c> passes 451 to the parameter <c>code</c>).
    /// </summary>
    public static bool IsDeclaredReplyCodeTarget(ISymbol? symbol, SmtpAnalysisState state, SmtpCodeOptions options)
        => symbol is not null
            && (IsMarked(symbol, state.Symbols.ReplyCodeAttribute)
                || (symbol is IMethodSymbol method && IsReturnMarked(method, state.Symbols.ReplyCodeAttribute))
                || options.ReplyCodeMembers.Contains(SmtpCodeOptions.MemberKey(symbol))
                || IsNamedReplyCode(symbol, options));

    /// <summary>A member, parameter or return that is itself declared (or named) to hold enhanced codes.</summary>
    public static bool IsDeclaredEnhancedCodeTarget(ISymbol? symbol, SmtpAnalysisState state, SmtpCodeOptions options)
        => symbol is not null
            && (IsMarked(symbol, state.Symbols.EnhancedStatusCodeAttribute)
                || (symbol is IMethodSymbol method && IsReturnMarked(method, state.Symbols.EnhancedStatusCodeAttribute))
                || options.EnhancedCodeMembers.Contains(SmtpCodeOptions.MemberKey(symbol))
                || IsNamedEnhancedCode(symbol, options));

    /// <summary>The naming heuristic for reply codes: a code-named number field, property or parameter of a type in an SMTP context.</summary>
    private static bool IsNamedReplyCode(ISymbol symbol, SmtpCodeOptions options)
        => options.InferFromTypeNames
            && SmtpNames.IsReplyCodeMemberName(symbol.Name)
            && OperationFacts.IsIntegral(ValueType(symbol))
            && SmtpNames.IsSmtpContext(DeclaringType(symbol));

    /// <summary>The naming heuristic for enhanced codes: a code-named string field, property or parameter of a type in an SMTP context.</summary>
    private static bool IsNamedEnhancedCode(ISymbol symbol, SmtpCodeOptions options)
        => options.InferFromTypeNames
            && SmtpNames.IsEnhancedCodeMemberName(symbol.Name)
            && ValueType(symbol)?.SpecialType == SpecialType.System_String
            && SmtpNames.IsSmtpContext(DeclaringType(symbol));

    private static ITypeSymbol? ValueType(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    /// <summary>The type a member, or a method's or constructor's parameter, is declared in; null for lambdas and local functions.</summary>
    private static INamedTypeSymbol? DeclaringType(ISymbol symbol) => symbol switch
    {
        IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor } method } => method.ContainingType,
        IParameterSymbol => null,
        _ => symbol.ContainingType,
    };

    private static bool IsMarked(ISymbol symbol, INamedTypeSymbol? attribute)
        => attribute is not null
            && symbol.GetAttributes().Any(data => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute));

    private static bool IsReturnMarked(IMethodSymbol method, INamedTypeSymbol? attribute)
        => attribute is not null
            && method.GetReturnTypeAttributes().Any(data => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute));
}
