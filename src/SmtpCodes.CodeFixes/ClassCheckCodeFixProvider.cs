using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmtpCodes.Analyzers;

namespace SmtpCodes.CodeFixes;

/// <summary>
/// SMTP002: replaces a hand-written class check with the generated call, e.g. <c>code &gt;= 500</c> with
/// <c>((SmtpReplyCode)code).IsPermanent()</c>. On MailKit's or System.Net.Mail's <c>SmtpStatusCode</c> it calls the
/// generated extension of that enum when the compilation has one (<c>ex.StatusCode.IsTransient()</c>), and casts only
/// when it has none (<c>((SmtpReplyCode)(int)ex.StatusCode).IsTransient()</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassCheckCodeFixProvider))]
[Shared]
public sealed class ClassCheckCodeFixProvider : SmtpCodeFixProvider<string>
{
    public ClassCheckCodeFixProvider()
        : base(DiagnosticIds.HandWrittenClassCheck)
    {
    }

    /// <summary>The generated method to call (<c>IsPermanent</c>, ...); the checked value is the one additional location.</summary>
    private protected override bool TryRead(Diagnostic diagnostic, out string method)
    {
        method = string.Empty;
        if (diagnostic.AdditionalLocations.Count == 1 && diagnostic.Properties.TryGetValue(PropertyKeys.ClassMethod, out string? value) && value is not null)
        {
            method = value;
            return true;
        }

        return false;
    }

    private protected override string Title(string method) => "Use the generated reply class check";

    private protected override async Task<Document> FixAsync(Document document, Diagnostic diagnostic, string method, CancellationToken ct)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
        if (root is null || model is null
            || FixSyntax.ExpressionAt(root, diagnostic.Location.SourceSpan) is not { } expression
            || FixSyntax.ExpressionAt(root, diagnostic.AdditionalLocations[0].SourceSpan) is not { } carrier
            || !diagnostic.Properties.TryGetValue(PropertyKeys.TypeMetadataName, out string? replyCodeName)
            || !diagnostic.Properties.TryGetValue(PropertyKeys.ReplyClassMetadataName, out string? replyClassName)
            || model.Compilation.GetTypeByMetadataName(replyCodeName!) is not { } replyCode
            || model.Compilation.GetTypeByMetadataName(replyClassName!) is not { } replyClass)
        {
            return document;
        }

        ITypeSymbol? carrierType = model.GetTypeInfo(carrier, ct).Type;
        INamedTypeSymbol? extensions = FixSyntax.ExtensionsOf(model.Compilation, replyCode.ContainingNamespace, carrierType, method);
        ExpressionSyntax receiver = extensions is null ? Receiver(carrier, carrierType, replyCode) : FixSyntax.AsReceiver(carrier.WithoutTrivia());
        ExpressionSyntax replacement = Call(receiver, method, diagnostic.Properties, replyClass);
        if (replacement is BinaryExpressionSyntax)
        {
            replacement = FixSyntax.Parenthesize(replacement);
        }

        // The generated namespace is imported for the names the call uses: SmtpReplyCode for the cast, SmtpReplyClass for
        // GetClass, the extension class for the extension method.
        bool needsImport = FixSyntax.NeedsImport(model, expression.SpanStart, extensions ?? replyCode)
            || (extensions is not null && diagnostic.Properties.ContainsKey(PropertyKeys.ClassOperator) && FixSyntax.NeedsImport(model, expression.SpanStart, replyClass));
        SyntaxNode newRoot = root.ReplaceNode(expression, replacement.WithTriviaFrom(expression));
        if (needsImport)
        {
            newRoot = FixSyntax.AddUsing(newRoot, replyCode.ContainingNamespace);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The carrier as a generated <c>SmtpReplyCode</c>: itself, <c>((SmtpReplyCode)code)</c>, or <c>((SmtpReplyCode)(int)status)</c> for another enum.</summary>
    private static ExpressionSyntax Receiver(ExpressionSyntax carrier, ITypeSymbol? carrierType, INamedTypeSymbol replyCode)
    {
        ExpressionSyntax value = carrier.WithoutTrivia();
        if (SymbolEqualityComparer.Default.Equals(carrierType, replyCode))
        {
            return IsPrimary(value) ? value : FixSyntax.Parenthesize(value);
        }

        ExpressionSyntax operand = IsPrimary(value) ? value : FixSyntax.Parenthesize(value);
        if (carrierType?.TypeKind == TypeKind.Enum)
        {
            operand = FixSyntax.IntCast(operand);
        }

        return SyntaxFactory.ParenthesizedExpression(SyntaxFactory.CastExpression(FixSyntax.TypeName(replyCode), operand));
    }

    /// <summary>Builds the call from the diagnostic's properties: <c>IsPermanent()</c>, <c>!IsTransient()</c>, <c>GetClass() &gt;= SmtpReplyClass.Transient</c>.</summary>
    private static ExpressionSyntax Call(ExpressionSyntax receiver, string method, ImmutableDictionary<string, string?> properties, INamedTypeSymbol replyClass)
    {
        ExpressionSyntax call = SyntaxFactory.InvocationExpression(FixSyntax.Member(receiver, method));
        if (!properties.TryGetValue(PropertyKeys.ClassOperator, out string? op) || op is null
            || !properties.TryGetValue(PropertyKeys.ClassName, out string? className) || className is null)
        {
            bool negated = properties.TryGetValue(PropertyKeys.ClassNegated, out string? negatedText) && negatedText == "true";
            return negated ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call) : call;
        }

        SyntaxKind kind = op switch
        {
            ">=" => SyntaxKind.GreaterThanOrEqualExpression,
            "<" => SyntaxKind.LessThanExpression,
            "!=" => SyntaxKind.NotEqualsExpression,
            _ => SyntaxKind.EqualsExpression,
        };
        return SyntaxFactory.BinaryExpression(kind, call, FixSyntax.Member(FixSyntax.TypeName(replyClass), className));
    }

    private static bool IsPrimary(ExpressionSyntax expression)
        => expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax;
}
