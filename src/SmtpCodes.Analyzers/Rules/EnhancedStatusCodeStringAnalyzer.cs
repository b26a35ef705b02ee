using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SmtpCodes.Analyzers.Core;

namespace SmtpCodes.Analyzers.Rules;

/// <summary>SMTP003: an enhanced status code written as a string ("5.1.1") where an enhanced code is expected.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnhancedStatusCodeStringAnalyzer : SmtpAnalyzerBase
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.EnhancedStatusCodeString,
        title: "Use a named SMTP enhanced status code",
        messageFormat: "Enhanced status code \"{0}\" {2}: use {1}",
        DiagnosticSeverity.Warning,
        description: "An enhanced status code (RFC 3463) written as text where an enhanced code is expected (compared with or passed to an enhanced-code member, or parsed by SmtpEnhancedStatusCode) hides its meaning and escapes typo checks. Use the generated SmtpEnhancedStatusCode member.");

    // RFC 3463: class "." subject "." detail; class 2, 4 or 5, subject and detail 1 to 3 digits.
    private static readonly Regex EnhancedCodeText = new(@"^[245]\.[0-9]{1,3}\.[0-9]{1,3}$", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    // The text alone decides: such strings are rare, so no carrier name is looked at before the operation.
    internal override ImmutableArray<OperationRule> Rules { get; } = ImmutableArray.Create(
        new OperationRule(ImmutableArray.Create(SyntaxKind.StringLiteralExpression), IsEnhancedCodeText, ImmutableArray.Create(OperationKind.Literal), Analyze));

    private static bool IsEnhancedCodeText(SyntaxNode node, CarrierNames names)
        => node is LiteralExpressionSyntax { Token.Value: string text } && EnhancedCodeText.IsMatch(text);

    private static void Analyze(IOperation operation, SmtpAnalysisState state, Action<Diagnostic> report)
    {
        var literal = (ILiteralOperation)operation;
        if (literal.ConstantValue is not { HasValue: true, Value: string text } || !EnhancedCodeText.IsMatch(text))
        {
            return;
        }

        IOperation current = literal;
        while (current.Parent is IConversionOperation
            || (current.Parent is IConditionalOperation conditional && (conditional.WhenTrue == current || conditional.WhenFalse == current)))
        {
            current = current.Parent;
        }

        if (FindShape(current, state) is not { } shape)
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
        string suggestion = state.Symbols.EnhancedStatusCode is null ? "a named enhanced status code" : "SmtpEnhancedStatusCode";
        string problem = shape.FixShape == EnhancedCodeShapes.ExceptionText ? "is searched for in an exception's text" : "is written as a string";
        if (state.Symbols.EnhancedStatusCode is not null && state.Symbols.EnhancedMembers.WhyUnregistered(text) is { } why)
        {
            problem = "is not a registered code (" + why + ")";
        }

        if (state.Symbols.EnhancedStatusCode is { } structType && state.Symbols.EnhancedMembers.TryGet(text, out EnhancedCodeMember member))
        {
            suggestion = $"SmtpEnhancedStatusCode.{member.NestedClassName}.{member.MemberName}";
            if (shape.FixShape == EnhancedCodeShapes.ExceptionText)
            {
                suggestion = $"the reply's diagnosis: {shape.Target!.Syntax}.Diagnose().EnhancedCode == {suggestion}";
            }

            if (shape.FixShape is { } fixShape)
            {
                properties = properties
                    .Add(PropertyKeys.TypeMetadataName, MetadataNames.Of(structType))
                    .Add(PropertyKeys.NestedClassName, member.NestedClassName)
                    .Add(PropertyKeys.MemberName, member.MemberName)
                    .Add(PropertyKeys.Shape, fixShape);
            }
        }

        Location[] additional = shape.Target is null ? Array.Empty<Location>() : new[] { shape.Target.Syntax.GetLocation() };
        report(Diagnostic.Create(Rule, literal.Syntax.GetLocation(), additional, properties, text, suggestion, problem));
    }

    /// <summary>
    /// Where the text meets an enhanced-code carrier, and what the fix may rewrite there: null when it meets none.
    /// Constant positions (case labels, patterns, default values) get no fix: the generated members are not constants.
    /// </summary>
    private static Shape? FindShape(IOperation current, SmtpAnalysisState state)
    {
        SmtpCodeOptions options = state.OptionsFor(current);
        switch (current.Parent)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                IOperation other = binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand;
                if (!Carriers.IsEnhancedCode(other, state, out IOperation? structInstance))
                {
                    return null;
                }

                return structInstance is null
                    ? new Shape(EnhancedCodeShapes.Text, target: null)
                    : new Shape(EnhancedCodeShapes.ToStringComparison, structInstance);
            case ISingleValueCaseClauseOperation clause:
                return Carriers.IsEnhancedCode(OperationFacts.SwitchValue(clause), state, out _) ? new Shape(null, null) : null;
            case IConstantPatternOperation pattern:
                return Carriers.IsEnhancedCode(OperationFacts.PatternInput(pattern), state, out _) ? new Shape(null, null) : null;
            case IArgumentOperation argument:
                return ArgumentShape(argument, state, options);
            case ISimpleAssignmentOperation assignment when assignment.Value == current:
                return assignment.Target is IMemberReferenceOperation && Carriers.IsEnhancedCode(assignment.Target, state, out _, followLocal: false)
                    ? new Shape(EnhancedCodeShapes.Text, null)
                    : null;
            case IFieldInitializerOperation initializer:
                foreach (IFieldSymbol field in initializer.InitializedFields)
                {
                    if (Carriers.IsDeclaredEnhancedCodeTarget(field, state, options))
                    {
                        return new Shape(field.IsConst ? null : EnhancedCodeShapes.Text, null);
                    }
                }

                return null;
            case IPropertyInitializerOperation initializer:
                foreach (IPropertySymbol property in initializer.InitializedProperties)
                {
                    if (Carriers.IsDeclaredEnhancedCodeTarget(property, state, options))
                    {
                        return new Shape(EnhancedCodeShapes.Text, null);
                    }
                }

                return null;
            case IReturnOperation returnOperation:
                return Carriers.IsDeclaredEnhancedCodeTarget(OperationFacts.ReturningMember(returnOperation), state, options)
                    ? new Shape(EnhancedCodeShapes.Text, null)
                    : null;
            default:
                return null;
        }
    }

    private static Shape? ArgumentShape(IArgumentOperation argument, SmtpAnalysisState state, SmtpCodeOptions options)
    {
        // ex.Message.Contains("5.7.1"): the enhanced code looked for in the text of an SMTP exception.
        if (argument.Parent is IInvocationOperation { TargetMethod: { Name: "Contains" or "StartsWith" or "EndsWith" or "IndexOf", ContainingType.SpecialType: SpecialType.System_String }, Instance: IPropertyReferenceOperation { Property.Name: "Message", Instance: { } exception } } textSearch
            && textSearch.Arguments[0] == argument
            && IsSmtpException(exception.Type))
        {
            return new Shape(textSearch.TargetMethod.Name == "IndexOf" ? null : EnhancedCodeShapes.ExceptionText, exception);
        }

        if (argument.Parent is IInvocationOperation invocation && state.Symbols.IsEnhancedStatusCode(invocation.TargetMethod.ContainingType))
        {
            return invocation.TargetMethod.Name switch
            {
                "Parse" => new Shape(EnhancedCodeShapes.Parse, invocation),
                // TryParse also writes an out variable: no single expression replaces it.
                "TryParse" => new Shape(null, null),
                _ => null,
            };
        }

        if (EqualityCalls.Counterpart(argument) is { } counterpart)
        {
            return Carriers.IsEnhancedCode(counterpart, state, out _) ? new Shape(EnhancedCodeShapes.Text, null) : null;
        }

        return Carriers.IsDeclaredEnhancedCodeTarget(argument.Parameter, state, options) ? new Shape(EnhancedCodeShapes.Text, null) : null;
    }

    /// <summary>An exception that carries an SMTP reply in its text: MailKit's SmtpCommandException, System.Net.Mail's SmtpException.</summary>
    private static bool IsSmtpException(ITypeSymbol? type)
    {
        bool isException = false;
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            isException |= current.Name == "Exception" && current.ContainingNamespace?.ToDisplayString() == "System";
        }

        return isException && type is INamedTypeSymbol named && SmtpNames.IsSmtpContext(named);
    }

    private sealed class Shape
    {
        public Shape(string? fixShape, IOperation? target)
        {
            FixShape = fixShape;
            Target = target;
        }

        /// <summary>One of <see cref="EnhancedCodeShapes"/>, or null when no fix can keep the code compiling.</summary>
        public string? FixShape { get; }

        /// <summary>The Parse call to replace, or the struct instance of <c>code.ToString()</c>.</summary>
        public IOperation? Target { get; }
    }
}
