using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SmtpCodes.Analyzers.Core;

/// <summary>An integer literal that stands where a basic reply code is expected.</summary>
internal readonly struct ReplyCodeSite
{
    public ReplyCodeSite(long value, INamedTypeSymbol? namingEnum)
    {
        Value = value;
        NamingEnum = namingEnum;
    }

    public long Value { get; }

    /// <summary>The enum the literal is cast to or compared with (MailKit's, System.Net.Mail's, the generated one), if any.</summary>
    public INamedTypeSymbol? NamingEnum { get; }
}

/// <summary>What a reply-code literal is: a code with a name, a number nobody defines, or no reply code at all.</summary>
internal enum ReplyCodeVerdict
{
    Defined,
    UndefinedInRange,
    NotAReplyCode,
}

/// <summary>Finds integer literals that meet a reply-code carrier, shared by SMTP001 (named codes) and SMTP004 (undefined ones).</summary>
internal static class ReplyCodeLiteralSites
{
    public static bool TryFind(ILiteralOperation literal, SmtpAnalysisState state, out ReplyCodeSite site)
    {
        site = default;
        if (literal.ConstantValue is not { HasValue: true, Value: int or long or short or uint or ushort or ulong } constant
            || !OperationFacts.IsIntegral(literal.Type))
        {
            return false;
        }

        // A ulong beyond long's range is no reply code either; it must not overflow the conversion.
        long value = constant.Value is ulong big && big > long.MaxValue ? long.MaxValue : Convert.ToInt64(constant.Value, CultureInfo.InvariantCulture);
        if (value <= 0)
        {
            // 0 and negative values are "no code yet" sentinels, not typos of a reply code.
            return false;
        }

        INamedTypeSymbol? castEnum = null;
        IOperation current = literal;
        while (true)
        {
            IOperation? parent = current.Parent;
            if (parent is IConversionOperation conversion)
            {
                if (conversion.Type?.TypeKind == TypeKind.Enum)
                {
                    if (!state.Symbols.IsCarrierEnum(conversion.Type))
                    {
                        return false;
                    }

                    castEnum = (INamedTypeSymbol)conversion.Type;
                }
                else if (!OperationFacts.IsIntegral(conversion.Type) && conversion.Type?.SpecialType != SpecialType.System_Object)
                {
                    return false;
                }
            }
            else if (!(parent is IConditionalOperation conditional && (conditional.WhenTrue == current || conditional.WhenFalse == current))
                && !(parent is ICoalesceOperation coalesce && coalesce.WhenNull == current))
            {
                break;
            }

            current = parent;
        }

        if (!TryFindCounterpart(current, state, out IOperation? counterpart, out bool declaredTarget))
        {
            return false;
        }

        INamedTypeSymbol? namingEnum = null;
        if (counterpart is not null && OperationFacts.IsConstant(counterpart))
        {
            // Compared with a named member: replacing the number would write a tautology.
            return false;
        }

        bool isCarrier = declaredTarget || Carriers.IsReplyCode(counterpart, state, out namingEnum);
        if (!isCarrier && castEnum is null)
        {
            return false;
        }

        site = new ReplyCodeSite(value, castEnum ?? namingEnum);
        return true;
    }

    public static ReplyCodeVerdict Judge(ReplyCodeSite site, SmtpSymbols symbols)
    {
        if (!IsWellFormed(site.Value))
        {
            return ReplyCodeVerdict.NotAReplyCode;
        }

        if (symbols.ReplyCodeNames.ContainsKey(site.Value) || NamingEnumMember(site) is not null)
        {
            return ReplyCodeVerdict.Defined;
        }

        // Without the generated catalog nobody can say a well-formed code is undefined.
        return symbols.ReplyCode is null ? ReplyCodeVerdict.Defined : ReplyCodeVerdict.UndefinedInRange;
    }

    /// <summary>Three digits, the first 1 to 5 (RFC 5321 4.2; the catalog's rule).</summary>
    public static bool IsWellFormed(long value) => value is >= 100 and <= 599;

    /// <summary>The member of the naming enum with this value, the first declared when several share it.</summary>
    public static string? NamingEnumMember(ReplyCodeSite site)
        => site.NamingEnum is not null && EnumMembers.ByValue(site.NamingEnum).TryGetValue(site.Value, out string? name) ? name : null;

    /// <summary>
    /// The value the literal meets. <paramref name="declaredTarget"/> is true when the position itself is declared to hold
    /// reply codes (a marked parameter, member or return), so no counterpart value is needed.
    /// </summary>
    private static bool TryFindCounterpart(IOperation current, SmtpAnalysisState state, out IOperation? counterpart, out bool declaredTarget)
    {
        counterpart = null;
        declaredTarget = false;
        SmtpCodeOptions options = state.OptionsFor(current);
        switch (current.Parent)
        {
            case IBinaryOperation { OperatorKind: not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals) }:
            case IRelationalPatternOperation:
                // 'status >= (SmtpStatusCode)500' is a bound of a range (SMTP002's business), not a code.
                return false;
            case IBinaryOperation binary:
                counterpart = binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand;
                return true;
            case ISingleValueCaseClauseOperation clause:
                counterpart = OperationFacts.SwitchValue(clause);
                return true;
            case IConstantPatternOperation pattern:
                counterpart = OperationFacts.PatternInput(pattern);
                return true;
            case IArgumentOperation argument:
                counterpart = EqualityCalls.Counterpart(argument);
                declaredTarget = counterpart is null && Carriers.IsDeclaredReplyCodeTarget(argument.Parameter, state, options);
                return true;
            case ISimpleAssignmentOperation assignment when assignment.Value == current:
                declaredTarget = assignment.Target is IMemberReferenceOperation && Carriers.IsReplyCode(assignment.Target, state, out _, followLocal: false);
                return true;
            case IFieldInitializerOperation initializer:
                foreach (IFieldSymbol field in initializer.InitializedFields)
                {
                    // Enum member declarations (enum MyCodes { Rejected = 550 }) and constants (const int Rejected = 550)
                    // are where numbers get their names: never reported.
                    declaredTarget |= !field.IsConst && field.ContainingType?.TypeKind != TypeKind.Enum && Carriers.IsDeclaredReplyCodeTarget(field, state, options);
                }

                return true;
            case IPropertyInitializerOperation initializer:
                foreach (IPropertySymbol property in initializer.InitializedProperties)
                {
                    declaredTarget |= Carriers.IsDeclaredReplyCodeTarget(property, state, options);
                }

                return true;
            case IParameterInitializerOperation initializer:
                declaredTarget = Carriers.IsDeclaredReplyCodeTarget(initializer.Parameter, state, options);
                return true;
            case IReturnOperation returnOperation:
                declaredTarget = Carriers.IsDeclaredReplyCodeTarget(OperationFacts.ReturningMember(returnOperation), state, options);
                return true;
            default:
                return true;
        }
    }
}
