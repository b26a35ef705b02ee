using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// Syntax-only tests that a node may meet a carrier of an SMTP code, so the rules ask the semantic model (which binds the
/// whole member) only for the few nodes that pass. Each test errs on the side of yes: it may let through a node that the
/// operation-based check then rejects, never reject one that the check would report. Where a value's type alone could make
/// it a carrier (an SMTP status enum), the code must cast, since an enum is never compared with a number without one; so
/// every cast to a type other than a built-in one lets the node through.
/// </summary>
internal static class CandidateSyntax
{
    /// <summary>SMTP001 and SMTP004: a positive integer literal in a position where it may meet a reply-code carrier.</summary>
    public static bool IsReplyCodeLiteral(SyntaxNode node, CarrierNames names)
    {
        if (node is not LiteralExpressionSyntax { Token.Value: int or uint or long or ulong } literal || literal.Token.Value is 0 or 0u or 0L or 0ul)
        {
            return false;
        }

        SyntaxNode current = literal;
        while (true)
        {
            SyntaxNode? parent = current.Parent;
            if (parent is CastExpressionSyntax cast)
            {
                if (cast.Type is not PredefinedTypeSyntax)
                {
                    // (SmtpStatusCode)550: the enum names the code whatever the position.
                    return true;
                }
            }
            else if (!IsTransparent(parent, current)
                && !(parent is ConditionalExpressionSyntax conditional && conditional.Condition != current)
                && !(parent is BinaryExpressionSyntax coalesce && coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right == current))
            {
                break;
            }

            current = parent!;
        }

        switch (current.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                return MayCarry(binary.Left == current ? binary.Right : binary.Left, names);
            case CaseSwitchLabelSyntax label:
                return MayCarry(SwitchStatementValue(label), names);
            case ConstantPatternSyntax pattern:
                return PatternInputMayCarry(pattern, names);
            case ArgumentSyntax argument:
                return ArgumentMayMeetCarrier(argument, names);
            case AttributeArgumentSyntax:
                return names.UnnamedTargets;
            case InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) || initializer.IsKind(SyntaxKind.ComplexElementInitializerExpression):
                // { 550 } calls Add(550).
                return names.UnnamedTargets || names.Contains("Add");
            case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == current:
                return MayCarry(assignment.Left, names, followLocal: false);
            case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } name }:
                return names.Contains(name.Name.Identifier.ValueText);
            case EqualsValueClauseSyntax clause:
                return InitializedMayBeCarrier(clause, names);
            case ReturnStatementSyntax:
            case YieldStatementSyntax:
            case ArrowExpressionClauseSyntax:
            case AnonymousFunctionExpressionSyntax:
                return ReturnMayMeetCarrier(current, names);
            default:
                return false;
        }
    }

    /// <summary>SMTP002: a range check, first-digit check or <c>StartsWith</c> whose value may be a reply-code carrier.</summary>
    public static bool IsClassCheck(SyntaxNode node, CarrierNames names)
    {
        switch (node)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression):
                return Unwrap(binary.Left) is BinaryExpressionSyntax left && IsBound(left, names)
                    && Unwrap(binary.Right) is BinaryExpressionSyntax right && IsBound(right, names);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                return IsFirstDigitCheck(binary.Left, binary.Right, names) || IsFirstDigitCheck(binary.Right, binary.Left, names);
            case BinaryExpressionSyntax binary:
                return IsBound(binary, names);
            case IsPatternExpressionSyntax isPattern:
                return IsRangePattern(isPattern.Pattern, out bool cast) && (cast || MayCarry(isPattern.Expression, names));
            case SubpatternSyntax subpattern:
                return IsRangePattern(subpattern.Pattern, out bool subpatternCast) && (subpatternCast || SubpatternMemberMayCarry(subpattern, names));
            case SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } arm:
                return IsRangePattern(arm.Pattern, out bool armCast) && (armCast || MayCarry(switchExpression.GoverningExpression, names));
            case CasePatternSwitchLabelSyntax label:
                return IsRangePattern(label.Pattern, out bool labelCast) && (labelCast || MayCarry(SwitchStatementValue(label), names));
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "StartsWith" } startsWith }:
                return ToStringReceiverMayCarry(startsWith.Expression, names);
            default:
                return false;
        }
    }

    /// <summary>
    /// True when <paramref name="expression"/> may be a carrier: a name in <paramref name="names"/>, a call of such a method,
    /// a cast (which may hide an SMTP status enum), or a local initialized from one of those (one hop, as the rules follow).
    /// </summary>
    public static bool MayCarry(ExpressionSyntax? expression, CarrierNames names, bool followLocal = true)
    {
        expression = Unwrap(expression);
        switch (expression)
        {
            case CastExpressionSyntax:
                return true;
            case IdentifierNameSyntax identifier:
                return names.Contains(identifier.Identifier.ValueText)
                    || (followLocal && LocalMayCarry(identifier, names));
            case MemberAccessExpressionSyntax memberAccess:
                return names.Contains(memberAccess.Name.Identifier.ValueText);
            case InvocationExpressionSyntax invocation:
                return CalleeName(invocation.Expression) is not { } callee || names.UnnamedTargets || names.Contains(callee);
            case ElementAccessExpressionSyntax:
                return names.UnnamedTargets;
            default:
                return false;
        }
    }

    private static bool ArgumentMayMeetCarrier(ArgumentSyntax argument, CarrierNames names)
    {
        if (names.UnnamedTargets)
        {
            return true;
        }

        if (argument.Parent?.Parent is not InvocationExpressionSyntax invocation)
        {
            // Constructors and indexers: their parameters are unnamed targets; tuples carry nothing.
            return false;
        }

        string? callee = CalleeName(invocation.Expression);
        if (callee is null || names.Contains(callee))
        {
            return true;
        }

        // Equals(550, status), Assert.Equal(550, code), code.Equals(550): the other value may be an enum, seen through object.
        return callee is "Equals" or "Equal" or "NotEqual" or "AreEqual" or "AreNotEqual";
    }

    private static bool InitializedMayBeCarrier(EqualsValueClauseSyntax clause, CarrierNames names)
        => clause.Parent switch
        {
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax or EventFieldDeclarationSyntax } field => names.Contains(field.Identifier.ValueText),
            VariableDeclaratorSyntax => false,
            PropertyDeclarationSyntax property => names.Contains(property.Identifier.ValueText),
            ParameterSyntax parameter => names.Contains(parameter.Identifier.ValueText),
            EnumMemberDeclarationSyntax => false,
            _ => true,
        };

    /// <summary>A returned value: the member it returns from must be a marked one (the nearest method, property or function).</summary>
    private static bool ReturnMayMeetCarrier(SyntaxNode returned, CarrierNames names)
    {
        foreach (SyntaxNode ancestor in returned.Ancestors())
        {
            switch (ancestor)
            {
                case MethodDeclarationSyntax method:
                    return names.Contains(method.Identifier.ValueText);
                case LocalFunctionStatementSyntax localFunction:
                    return names.Contains(localFunction.Identifier.ValueText);
                case PropertyDeclarationSyntax property:
                    return names.Contains(property.Identifier.ValueText);
                case AnonymousFunctionExpressionSyntax:
                case MemberDeclarationSyntax:
                    return names.UnnamedTargets;
            }
        }

        return names.UnnamedTargets;
    }

    private static bool PatternInputMayCarry(PatternSyntax pattern, CarrierNames names)
    {
        SyntaxNode current = pattern;
        while (current.Parent is BinaryPatternSyntax or UnaryPatternSyntax or ParenthesizedPatternSyntax)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IsPatternExpressionSyntax isPattern => MayCarry(isPattern.Expression, names),
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } => MayCarry(switchExpression.GoverningExpression, names),
            CasePatternSwitchLabelSyntax label => MayCarry(SwitchStatementValue(label), names),
            SubpatternSyntax subpattern => SubpatternMemberMayCarry(subpattern, names),
            _ => false,
        };
    }

    private static bool SubpatternMemberMayCarry(SubpatternSyntax subpattern, CarrierNames names)
    {
        if (subpattern.NameColon is { } nameColon)
        {
            return names.Contains(nameColon.Name.Identifier.ValueText);
        }

        return subpattern.ExpressionColon is { } expressionColon && MayCarry(expressionColon.Expression, names, followLocal: false);
    }

    /// <summary><c>code &gt;= 500</c>, <c>499 &lt; code</c>, <c>code / 100 &gt;= 4</c>.</summary>
    private static bool IsBound(BinaryExpressionSyntax binary, CarrierNames names)
    {
        if (!(binary.IsKind(SyntaxKind.LessThanExpression) || binary.IsKind(SyntaxKind.LessThanOrEqualExpression)
            || binary.IsKind(SyntaxKind.GreaterThanExpression) || binary.IsKind(SyntaxKind.GreaterThanOrEqualExpression)))
        {
            return false;
        }

        return IsNumberSide(binary.Right, out bool rightCast) ? rightCast || DividedValueMayCarry(binary.Left, names)
            : IsNumberSide(binary.Left, out bool leftCast) && (leftCast || DividedValueMayCarry(binary.Right, names));
    }

    /// <summary><c>code / 100 == 5</c> and <c>code.ToString()[0] == '5'</c>.</summary>
    private static bool IsFirstDigitCheck(ExpressionSyntax valueSide, ExpressionSyntax digitSide, CarrierNames names)
    {
        ExpressionSyntax? digit = Unwrap(digitSide);
        ExpressionSyntax? value = Unwrap(valueSide);
        if (digit is CastExpressionSyntax || value is CastExpressionSyntax)
        {
            return true;
        }

        if (digit is LiteralExpressionSyntax { Token.Value: int or uint or long or ulong } && value is BinaryExpressionSyntax division && division.IsKind(SyntaxKind.DivideExpression))
        {
            return DividedValueMayCarry(value, names);
        }

        return digit is LiteralExpressionSyntax { Token.Value: char or string }
            && value is ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } indexer
            && ToStringReceiverMayCarry(indexer.Expression, names);
    }

    /// <summary>The value of <c>value</c> or <c>value / 100</c> may carry a code.</summary>
    private static bool DividedValueMayCarry(ExpressionSyntax side, CarrierNames names)
    {
        ExpressionSyntax? value = Unwrap(side);
        if (value is BinaryExpressionSyntax division && division.IsKind(SyntaxKind.DivideExpression))
        {
            value = division.Left;
        }

        return MayCarry(value, names);
    }

    /// <summary><c>code.ToString()</c> whose receiver may carry a code.</summary>
    private static bool ToStringReceiverMayCarry(ExpressionSyntax expression, CarrierNames names)
        => Unwrap(expression) is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } toString }
            && MayCarry(toString.Expression, names);

    /// <summary>A number, possibly cast; <paramref name="cast"/> when the cast is to a type other than a built-in one.</summary>
    private static bool IsNumberSide(ExpressionSyntax side, out bool cast)
    {
        cast = false;
        ExpressionSyntax? current = Unwrap(side);
        while (current is CastExpressionSyntax castExpression)
        {
            cast |= castExpression.Type is not PredefinedTypeSyntax;
            current = Unwrap(castExpression.Expression);
        }

        return current is LiteralExpressionSyntax { Token.Value: int or uint or long or ulong };
    }

    /// <summary><c>&gt;= 500</c> or <c>&gt;= 400 and &lt; 500</c>; <paramref name="cast"/> when a bound is cast to a type other than a built-in one.</summary>
    private static bool IsRangePattern(PatternSyntax pattern, out bool cast)
    {
        cast = false;
        pattern = UnwrapPattern(pattern);
        if (pattern is BinaryPatternSyntax binary && binary.IsKind(SyntaxKind.AndPattern))
        {
            if (UnwrapPattern(binary.Left) is not RelationalPatternSyntax left || UnwrapPattern(binary.Right) is not RelationalPatternSyntax right
                || !IsNumberSide(left.Expression, out bool leftCast) || !IsNumberSide(right.Expression, out bool rightCast))
            {
                return false;
            }

            cast = leftCast || rightCast;
            return true;
        }

        return pattern is RelationalPatternSyntax relational && IsNumberSide(relational.Expression, out cast);
    }

    private static PatternSyntax UnwrapPattern(PatternSyntax pattern)
    {
        while (pattern is ParenthesizedPatternSyntax parenthesized)
        {
            pattern = parenthesized.Pattern;
        }

        return pattern;
    }

    /// <summary>Strips what adds no operation: parentheses, <c>checked(...)</c>, the <c>!</c> that suppresses a nullable warning.</summary>
    private static ExpressionSyntax? Unwrap(ExpressionSyntax? expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case CheckedExpressionSyntax checkedExpression:
                    expression = checkedExpression.Expression;
                    break;
                case PostfixUnaryExpressionSyntax suppression when suppression.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = suppression.Operand;
                    break;
                default:
                    return expression;
            }
        }
    }

    private static bool IsTransparent(SyntaxNode? parent, SyntaxNode child)
        => parent is ParenthesizedExpressionSyntax or CheckedExpressionSyntax
            || (parent is PostfixUnaryExpressionSyntax suppression && suppression.IsKind(SyntaxKind.SuppressNullableWarningExpression) && suppression.Operand == child);

    private static ExpressionSyntax? SwitchStatementValue(SwitchLabelSyntax label)
        => label.Parent?.Parent is SwitchStatementSyntax switchStatement ? switchStatement.Expression : null;

    /// <summary>The name a call is written with: <c>Record</c> in <c>Ledger.Record(550)</c>; null for a computed delegate.</summary>
    private static string? CalleeName(ExpressionSyntax expression)
        => expression switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
            _ => null,
        };

    /// <summary>
    /// True when a local declared with this name in the enclosing member (or, for top-level statements, the file) is initialized
    /// from a possible carrier: one hop of local data flow, as the rules follow it.
    /// </summary>
    private static bool LocalMayCarry(IdentifierNameSyntax identifier, CarrierNames names)
    {
        SyntaxNode? member = identifier.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        SyntaxNode scope = member is null or GlobalStatementSyntax ? identifier.SyntaxTree.GetRoot() : member;
        string name = identifier.Identifier.ValueText;
        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
                && declarator.Identifier.ValueText == name
                && MayCarry(value, names, followLocal: false))
            {
                return true;
            }
        }

        return false;
    }
}
