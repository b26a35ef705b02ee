using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmtpCodes.Analyzers;

namespace SmtpCodes.CodeFixes;

/// <summary>
/// SMTP002: replaces a hand-written class check with the generated call, e.g. <c>code &gt;= 500</c> with
/// <c>((SmtpReplyCode)code).IsPermanent()</c> and <c>(int)ex.StatusCode / 100 == 4</c> with <c>((SmtpReplyCode)(int)ex.StatusCode).IsTransient()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassCheckCodeFixProvider))]
[Shared]
public sealed class ClassCheckCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.HandWrittenClassCheck);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 1
                && diagnostic.Properties.TryGetValue(PropertyKeys.ClassCheck, out string? check) && check is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use the generated reply class check",
                        ct => FixAsync(context.Document, diagnostic, check, ct),
                        equivalenceKey: DiagnosticIds.HandWrittenClassCheck),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, string check, CancellationToken ct)
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

        ExpressionSyntax receiver = Receiver(carrier, model.GetTypeInfo(carrier, ct).Type, replyCode);
        ExpressionSyntax replacement = Call(receiver, check, replyClass);
        if (replacement is BinaryExpressionSyntax)
        {
            replacement = FixSyntax.Parenthesize(replacement);
        }

        bool needsImport = FixSyntax.NeedsImport(model, expression.SpanStart, replyCode);
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

    /// <summary>Builds the call from the analyzer's spelling: <c>IsPermanent</c>, <c>!IsTransient</c>, <c>GetClass&gt;=Transient</c>.</summary>
    private static ExpressionSyntax Call(ExpressionSyntax receiver, string check, INamedTypeSymbol replyClass)
    {
        bool negate = check.StartsWith("!", System.StringComparison.Ordinal);
        string method = negate ? check.Substring(1) : check;
        if (!method.StartsWith("GetClass", System.StringComparison.Ordinal))
        {
            ExpressionSyntax call = SyntaxFactory.InvocationExpression(FixSyntax.Member(receiver, method));
            return negate ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call) : call;
        }

        string rest = method.Substring("GetClass".Length);
        (SyntaxKind kind, int length) = rest switch
        {
            _ when rest.StartsWith(">=", System.StringComparison.Ordinal) => (SyntaxKind.GreaterThanOrEqualExpression, 2),
            _ when rest.StartsWith("<", System.StringComparison.Ordinal) => (SyntaxKind.LessThanExpression, 1),
            _ when rest.StartsWith("!=", System.StringComparison.Ordinal) => (SyntaxKind.NotEqualsExpression, 2),
            _ => (SyntaxKind.EqualsExpression, 2),
        };
        ExpressionSyntax getClass = SyntaxFactory.InvocationExpression(FixSyntax.Member(receiver, "GetClass"));
        return SyntaxFactory.BinaryExpression(kind, getClass, FixSyntax.Member(FixSyntax.TypeName(replyClass), rest.Substring(length)));
    }

    private static bool IsPrimary(ExpressionSyntax expression)
        => expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax;
}
