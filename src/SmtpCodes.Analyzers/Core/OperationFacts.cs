using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SmtpCodes.Analyzers.Core;

internal static class OperationFacts
{
    public static IOperation WalkDownConversions(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    public static bool IsIntegral(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType is SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32
            or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;
    }

    /// <summary>True for a named constant (an enum member, a <c>const</c>) or a literal: never a carrier.</summary>
    public static bool IsConstant(IOperation operation)
        => operation.ConstantValue.HasValue || operation.WalkDownConversions().ConstantValue.HasValue;

    /// <summary>The initializer of a local declared as <c>var code = ...;</c>, for one hop of local data flow.</summary>
    public static IOperation? LocalInitializer(ILocalReferenceOperation reference)
    {
        if (reference.SemanticModel is not { } model)
        {
            return null;
        }

        foreach (SyntaxReference declaration in reference.Local.DeclaringSyntaxReferences)
        {
            if (declaration.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
                && value.SyntaxTree == model.SyntaxTree)
            {
                return model.GetOperation(value);
            }
        }

        return null;
    }

    /// <summary>The value a pattern is matched against: the input of <c>is</c>, of a switch, or the member of a property pattern.</summary>
    public static IOperation? PatternInput(IPatternOperation pattern)
    {
        IOperation current = pattern;
        while (current.Parent is IBinaryPatternOperation or INegatedPatternOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IIsPatternOperation isPattern => isPattern.Value,
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
            IPatternCaseClauseOperation clause => SwitchValue(clause),
            IPropertySubpatternOperation subpattern => subpattern.Member,
            _ => null,
        };
    }

    public static IOperation? SwitchValue(ICaseClauseOperation clause)
        => clause.Parent is ISwitchCaseOperation { Parent: ISwitchOperation switchOperation } ? switchOperation.Value : null;

    /// <summary>The method or property whose <c>return</c> this is, to read <c>[return: SmtpReplyCode]</c>.</summary>
    public static ISymbol? ReturningMember(IReturnOperation returnOperation)
    {
        if (returnOperation.SemanticModel is not { } model)
        {
            return null;
        }

        ISymbol? symbol = model.GetEnclosingSymbol(returnOperation.Syntax.SpanStart);
        return symbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property } ? property : symbol;
    }
}
