using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SmtpCodes.Analyzers.Core;

namespace SmtpCodes.Analyzers.Rules;

/// <summary>
/// SMTP002: a hand-written class check on a reply code (<c>code &gt;= 500</c>, <c>code &gt;= 400 &amp;&amp; code &lt; 500</c>,
/// <c>code / 100 == 5</c>, <c>code.ToString().StartsWith("5")</c>) that the generated classification says by name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandWrittenClassCheckAnalyzer : SmtpAnalyzerBase
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.HandWrittenClassCheck,
        title: "Use the generated SMTP reply class check",
        messageFormat: "{1}: use {0}",
        DiagnosticSeverity.Info,
        description: "Range checks such as 'code >= 500', 'code / 100 == 4' or 'code.ToString().StartsWith(\"5\")' restate the reply classes of RFC 5321. The generated IsSuccess(), IsTransient(), IsPermanent() and GetClass() say the same by name.");

    private const string HandWritten = "Hand-written class check on an SMTP reply code";

    private const string NeverTrue = "An enum's ToString() is its name (\"MailboxUnavailable\"), never its number, so this check is never true";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    internal override ImmutableArray<OperationRule> Rules { get; } = ImmutableArray.Create(
        new OperationRule(
            ImmutableArray.Create(
                SyntaxKind.LogicalAndExpression,
                SyntaxKind.LogicalOrExpression,
                SyntaxKind.EqualsExpression,
                SyntaxKind.NotEqualsExpression,
                SyntaxKind.LessThanExpression,
                SyntaxKind.LessThanOrEqualExpression,
                SyntaxKind.GreaterThanExpression,
                SyntaxKind.GreaterThanOrEqualExpression),
            CandidateSyntax.IsClassCheck,
            ImmutableArray.Create(OperationKind.Binary),
            AnalyzeBinary),
        new OperationRule(ImmutableArray.Create(SyntaxKind.IsPatternExpression), CandidateSyntax.IsClassCheck, ImmutableArray.Create(OperationKind.IsPattern), AnalyzeIsPattern),
        new OperationRule(
            ImmutableArray.Create(SyntaxKind.Subpattern, SyntaxKind.SwitchExpressionArm, SyntaxKind.CasePatternSwitchLabel),
            CandidateSyntax.IsClassCheck,
            ImmutableArray.Create(OperationKind.PropertySubpattern, OperationKind.SwitchExpressionArm, OperationKind.CaseClause),
            AnalyzePatternPosition),
        new OperationRule(ImmutableArray.Create(SyntaxKind.InvocationExpression), CandidateSyntax.IsClassCheck, ImmutableArray.Create(OperationKind.Invocation), AnalyzeInvocation));

    private static void AnalyzeBinary(IOperation operation, SmtpAnalysisState state, Action<Diagnostic> report)
    {
        var binary = (IBinaryOperation)operation;
        if (binary.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
        {
            if (TryRange(binary, state, out IOperation? carrier, out ClassCheck? check))
            {
                Report(report, state, binary, carrier!, check!.Value);
            }

            return;
        }

        // Half of 'code >= 400 && code < 500' (or of 'code < 200 || code > 299') is judged with the whole:
        // 'code >= 200 && code < 400' is no class at all.
        if (binary.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } parent && BoundsOneValue(parent, state))
        {
            return;
        }

        if (TryBound(binary, state, out IOperation? boundCarrier, out long? low, out long? high)
            && ClassCheck.ForRange(low, high) is { } rangeCheck)
        {
            Report(report, state, binary, boundCarrier!, rangeCheck);
        }
        else if (TryFirstDigitEquality(binary, state, out IOperation? digitCarrier, out ClassCheck? digitCheck, out bool enumText))
        {
            Report(report, state, binary, digitCarrier!, digitCheck!.Value, reason: enumText ? NeverTrue : HandWritten);
        }
    }

    private static void AnalyzeIsPattern(IOperation operation, SmtpAnalysisState state, Action<Diagnostic> report)
    {
        var isPattern = (IIsPatternOperation)operation;
        if (Carriers.IsReplyCode(isPattern.Value, state, out _) && PatternCheck(isPattern.Pattern) is { } check)
        {
            Report(report, state, isPattern, isPattern.Value.WalkDownConversions(), check);
        }
    }

    /// <summary>
    /// <c>{ StatusCode: &gt;= 500 }</c>, <c>code switch { &gt;= 500 =&gt; ... }</c>, <c>case &gt;= 400 and &lt; 500:</c>: reported with
    /// no fix, since a pattern position takes no method call.
    /// </summary>
    private static void AnalyzePatternPosition(IOperation operation, SmtpAnalysisState state, Action<Diagnostic> report)
    {
        (IOperation? input, IPatternOperation? pattern) = operation switch
        {
            IPropertySubpatternOperation subpattern => (subpattern.Member, subpattern.Pattern),
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } arm => (switchExpression.Value, arm.Pattern),
            IPatternCaseClauseOperation clause => (OperationFacts.SwitchValue(clause), clause.Pattern),
            _ => (null, null),
        };

        if (pattern is not null && Carriers.IsReplyCode(input, state, out _) && PatternCheck(pattern) is { } check)
        {
            Report(report, state, pattern, input!.WalkDownConversions(), check, offerFix: false);
        }
    }

    /// <summary>The class a relational pattern (<c>&gt;= 500</c>) or a pair of them (<c>&gt;= 400 and &lt; 500</c>) admits.</summary>
    private static ClassCheck? PatternCheck(IPatternOperation pattern)
    {
        long? low = null;
        long? high = null;
        bool isRange = pattern switch
        {
            IRelationalPatternOperation relational => Narrow(relational, ref low, ref high),
            IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And, LeftPattern: IRelationalPatternOperation left, RightPattern: IRelationalPatternOperation right } =>
                Narrow(left, ref low, ref high) && Narrow(right, ref low, ref high),
            _ => false,
        };

        return isRange ? ClassCheck.ForRange(low, high) : null;
    }

    /// <summary>
    /// <c>((int)code).ToString().StartsWith("5")</c>, and the bug <c>ex.StatusCode.ToString().StartsWith("5")</c>: an enum's
    /// text is its name, so that check is never true.
    /// </summary>
    private static void AnalyzeInvocation(IOperation operation, SmtpAnalysisState state, Action<Diagnostic> report)
    {
        var invocation = (IInvocationOperation)operation;
        if (invocation.TargetMethod is { Name: "StartsWith", ContainingType.SpecialType: SpecialType.System_String }
            && invocation.Arguments.Length > 0
            && ClassCheck.DigitLiteral(invocation.Arguments[0].Value) is { } digit
            && ToStringCarrier(invocation.Instance, state, out bool enumText) is { } carrier
            && ClassCheck.Single(digit, negate: false) is { } check)
        {
            Report(report, state, invocation, carrier, check, reason: enumText ? NeverTrue : HandWritten);
        }
    }

    private static bool BoundsOneValue(IBinaryOperation conditionalAnd, SmtpAnalysisState state)
        => conditionalAnd.LeftOperand is IBinaryOperation left
            && conditionalAnd.RightOperand is IBinaryOperation right
            && TryBound(left, state, out IOperation? leftCarrier, out _, out _)
            && TryBound(right, state, out IOperation? rightCarrier, out _, out _)
            && leftCarrier!.Syntax.IsEquivalentTo(rightCarrier!.Syntax);

    /// <summary>
    /// <c>code &gt;= 400 &amp;&amp; code &lt; 500</c> (both bounds of one class), or <c>code &lt; 200 || code &gt; 299</c> (everything
    /// outside one class: <c>!IsSuccess()</c>).
    /// </summary>
    private static bool TryRange(IBinaryOperation logical, SmtpAnalysisState state, out IOperation? carrier, out ClassCheck? check)
    {
        carrier = null;
        check = null;
        if (!BoundsOneValue(logical, state)
            || logical.LeftOperand is not IBinaryOperation left
            || logical.RightOperand is not IBinaryOperation right
            || !TryBound(left, state, out IOperation? leftCarrier, out long? leftLow, out long? leftHigh)
            || !TryBound(right, state, out _, out long? rightLow, out long? rightHigh))
        {
            return false;
        }

        carrier = leftCarrier;
        if (logical.OperatorKind == BinaryOperatorKind.ConditionalAnd)
        {
            long? low = Max(leftLow, rightLow);
            long? high = Min(leftHigh, rightHigh);
            check = low is null || high is null ? null : ClassCheck.ForRange(low, high);
            return check is not null;
        }

        // Below one bound or above the other: the complement of [low, high), reported only when that is one class.
        (long? below, long? above) = leftHigh is not null && rightLow is not null ? (leftHigh, rightLow)
            : rightHigh is not null && leftLow is not null ? (rightHigh, leftLow)
            : (null, null);
        if (below is null || above is null || ClassCheck.ForRange(below, above) is not { IsSingleClass: true } inside)
        {
            return false;
        }

        check = inside.Negate();
        return true;
    }

    /// <summary>
    /// <c>code &gt;= 500</c>, <c>499 &lt; code</c>, <c>code / 100 &gt;= 4</c>: the carrier and the half-open range of codes it admits.
    /// </summary>
    private static bool TryBound(IBinaryOperation binary, SmtpAnalysisState state, out IOperation? carrier, out long? low, out long? high)
    {
        carrier = null;
        low = null;
        high = null;
        BinaryOperatorKind kind = binary.OperatorKind;
        if (kind is not (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual))
        {
            return false;
        }

        IOperation valueSide = binary.LeftOperand;
        long? bound = ClassCheck.LiteralValue(binary.RightOperand);
        if (bound is null)
        {
            valueSide = binary.RightOperand;
            bound = ClassCheck.LiteralValue(binary.LeftOperand);
            kind = Mirror(kind);
        }

        if (bound is not { } limit || ReplyCodeOrFirstDigit(valueSide, state, out long scale) is not { } found)
        {
            return false;
        }

        // In units of the compared value (codes, or first digits when divided by 100), then scaled to codes.
        (long? from, long? to) = kind switch
        {
            BinaryOperatorKind.GreaterThanOrEqual => ((long?)limit, (long?)null),
            BinaryOperatorKind.GreaterThan => (limit + 1, null),
            BinaryOperatorKind.LessThan => (null, limit),
            _ => (null, limit + 1),
        };
        carrier = found;
        low = from * scale;
        high = to * scale;
        return true;
    }

    /// <summary><c>code / 100 == 5</c>, <c>((int)code).ToString()[0] == '5'</c>, and their <c>!=</c>.</summary>
    private static bool TryFirstDigitEquality(IBinaryOperation binary, SmtpAnalysisState state, out IOperation? carrier, out ClassCheck? check, out bool enumText)
    {
        carrier = null;
        check = null;
        enumText = false;
        if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
        {
            return false;
        }

        bool negate = binary.OperatorKind == BinaryOperatorKind.NotEquals;
        foreach ((IOperation valueSide, IOperation digitSide) in new[] { (binary.LeftOperand, binary.RightOperand), (binary.RightOperand, binary.LeftOperand) })
        {
            if (ClassCheck.LiteralValue(digitSide) is { } number
                && ReplyCodeOrFirstDigit(valueSide, state, out long scale) is { } divided && scale == 100)
            {
                carrier = divided;
                check = ClassCheck.Single((int)number, negate);
            }
            else if (ClassCheck.DigitLiteral(digitSide) is { } digit
                && valueSide.WalkDownConversions() is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                && ClassCheck.LiteralValue(indexer.Arguments[0].Value) == 0
                && ToStringCarrier(indexer.Instance, state, out enumText) is { } text)
            {
                carrier = text;
                check = ClassCheck.Single(digit, negate);
            }

            if (check is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reply-code carrier of <c>code</c> (scale 1) or of <c>code / 100</c> (scale 100), walked down to the value as written.</summary>
    private static IOperation? ReplyCodeOrFirstDigit(IOperation operation, SmtpAnalysisState state, out long scale)
    {
        scale = 1;
        IOperation value = operation.WalkDownConversions();
        if (value is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division && ClassCheck.LiteralValue(division.RightOperand) == 100)
        {
            scale = 100;
            value = division.LeftOperand;
        }

        return Carriers.IsReplyCode(value, state, out _) ? value.WalkDownConversions() : null;
    }

    /// <summary>
    /// The carrier of <c>code.ToString()</c>. <paramref name="enumText"/> is set when code is an enum: its ToString() gives
    /// its name, not digits, so the hand-written check is a bug rather than a style.
    /// </summary>
    private static IOperation? ToStringCarrier(IOperation? operation, SmtpAnalysisState state, out bool enumText)
    {
        enumText = false;
        if (operation is not IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: { } instance }
            || !Carriers.IsReplyCode(instance, state, out INamedTypeSymbol? namingEnum))
        {
            return null;
        }

        // ((int)ex.StatusCode).ToString() gives digits: only a receiver that is not converted to a number is the enum's name.
        enumText = namingEnum is not null && !OperationFacts.IsIntegral(instance.Type) && instance.WalkDownConversions().Type?.TypeKind == TypeKind.Enum;
        return enumText || OperationFacts.IsIntegral(instance.Type) ? instance.WalkDownConversions() : null;
    }

    private static bool Narrow(IRelationalPatternOperation pattern, ref long? low, ref long? high)
    {
        if (ClassCheck.LiteralValue(pattern.Value) is not { } limit)
        {
            return false;
        }

        switch (pattern.OperatorKind)
        {
            case BinaryOperatorKind.GreaterThanOrEqual: low = Max(low, limit); break;
            case BinaryOperatorKind.GreaterThan: low = Max(low, limit + 1); break;
            case BinaryOperatorKind.LessThan: high = Min(high, limit); break;
            case BinaryOperatorKind.LessThanOrEqual: high = Min(high, limit + 1); break;
            default: return false;
        }

        return true;
    }

    private static void Report(Action<Diagnostic> report, SmtpAnalysisState state, IOperation check, IOperation carrier, ClassCheck classCheck, bool offerFix = true, string reason = HandWritten)
    {
        // A nullable code has no fix: the cast would throw where the comparison was simply false.
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
        if (offerFix && state.Symbols.ReplyCode is { } replyCode && state.Symbols.ReplyClass is { } replyClass
            && carrier.Type is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
        {
            properties = properties
                .Add(PropertyKeys.ClassMethod, classCheck.Method)
                .Add(PropertyKeys.TypeMetadataName, MetadataNames.Of(replyCode))
                .Add(PropertyKeys.ReplyClassMetadataName, MetadataNames.Of(replyClass));
            properties = classCheck.Operator is { } op
                ? properties.Add(PropertyKeys.ClassOperator, op).Add(PropertyKeys.ClassName, classCheck.ClassName)
                : properties.Add(PropertyKeys.ClassNegated, classCheck.Negated ? "true" : "false");
        }

        report(Diagnostic.Create(
            Rule,
            check.Syntax.GetLocation(),
            additionalLocations: new[] { carrier.Syntax.GetLocation() },
            properties,
            classCheck.Display,
            reason));
    }

    private static BinaryOperatorKind Mirror(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        _ => BinaryOperatorKind.LessThanOrEqual,
    };

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
