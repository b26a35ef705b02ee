using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmtpCodes.Analyzers;

namespace SmtpCodes.CodeFixes;

/// <summary>
/// SMTP003: replaces the text with the generated member. <c>SmtpEnhancedStatusCode.Parse("5.1.1")</c> becomes the member,
/// <c>code.ToString() == "5.1.1"</c> becomes <c>code == member</c>, and a string carrier gets <c>member.ToString()</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnhancedStatusCodeCodeFixProvider))]
[Shared]
public sealed class EnhancedStatusCodeCodeFixProvider : SmtpCodeFixProvider<(string Shape, string Nested, string Member)>
{
    public EnhancedStatusCodeCodeFixProvider()
        : base(DiagnosticIds.EnhancedStatusCodeString)
    {
    }

    private protected override bool TryRead(Diagnostic diagnostic, out (string Shape, string Nested, string Member) fix)
    {
        fix = default;
        if (diagnostic.Properties.TryGetValue(PropertyKeys.Shape, out string? shape) && shape is not null
            && diagnostic.Properties.TryGetValue(PropertyKeys.NestedClassName, out string? nested) && nested is not null
            && diagnostic.Properties.TryGetValue(PropertyKeys.MemberName, out string? member) && member is not null)
        {
            fix = (shape, nested, member);
            return true;
        }

        return false;
    }

    private protected override string Title((string Shape, string Nested, string Member) fix) => $"Use SmtpEnhancedStatusCode.{fix.Nested}.{fix.Member}";

    private protected override Task<Document> FixAsync(Document document, Diagnostic diagnostic, (string Shape, string Nested, string Member) fix, CancellationToken ct)
        => FixAsync(document, diagnostic, fix.Shape, fix.Nested, fix.Member, ct);

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, string shape, string nested, string member, CancellationToken ct)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
        if (root is null || model is null
            || FixSyntax.ExpressionAt(root, diagnostic.Location.SourceSpan) is not { } literal
            || !diagnostic.Properties.TryGetValue(PropertyKeys.TypeMetadataName, out string? structName)
            || model.Compilation.GetTypeByMetadataName(structName!) is not { } structType)
        {
            return document;
        }

        ExpressionSyntax named = FixSyntax.Member(FixSyntax.Member(FixSyntax.TypeName(structType), nested), member);
        ExpressionSyntax? target = null;
        ExpressionSyntax? replacement = null;
        INamedTypeSymbol? imported = null;
        ExpressionSyntax? related = diagnostic.AdditionalLocations.Count == 1 ? FixSyntax.ExpressionAt(root, diagnostic.AdditionalLocations[0].SourceSpan) : null;
        switch (shape)
        {
            case EnhancedCodeShapes.Parse when related is not null:
                (target, replacement) = (related, named);
                break;
            case EnhancedCodeShapes.ToStringComparison when related is not null
                && FixSyntax.WalkUpParentheses(literal).Parent is BinaryExpressionSyntax binary:
                bool literalOnLeft = FixSyntax.WalkDownParentheses(binary.Left) == literal;
                (target, replacement) = (binary, FixSyntax.ReplaceOperands(binary, literalOnLeft ? named : related, literalOnLeft ? related : named));
                break;
            case EnhancedCodeShapes.Text:
                (target, replacement) = (literal, SyntaxFactory.InvocationExpression(FixSyntax.Member(named, "ToString")));
                break;
            case EnhancedCodeShapes.ExceptionText when related is not null && literal.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } search:
                (target, replacement) = (search, FixSyntax.Parenthesize(SyntaxFactory.BinaryExpression(
                    SyntaxKind.EqualsExpression,
                    FixSyntax.Member(Diagnosis(related, model, structType.ContainingNamespace, ct, out imported), "EnhancedCode"),
                    named)));
                break;
        }

        if (target is null || replacement is null)
        {
            return document;
        }

        bool needsImport = FixSyntax.NeedsImport(model, literal.SpanStart, structType) || (imported is not null && FixSyntax.NeedsImport(model, literal.SpanStart, imported));
        SyntaxNode newRoot = root.ReplaceNode(target, replacement.WithTriviaFrom(target));
        if (needsImport)
        {
            newRoot = FixSyntax.AddUsing(newRoot, structType.ContainingNamespace);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>
    /// The diagnosis of the reply an exception carries: <c>ex.Diagnose()</c> with the generated extension for the exception's
    /// type, else <c>SmtpReply.Diagnose(ex.Message)</c>. <paramref name="imported"/> is the generated type the call names.
    /// </summary>
    private static ExpressionSyntax Diagnosis(ExpressionSyntax exception, SemanticModel model, INamespaceSymbol generatedNamespace, CancellationToken ct, out INamedTypeSymbol? imported)
    {
        ExpressionSyntax receiver = FixSyntax.AsReceiver(exception.WithoutTrivia());
        imported = FixSyntax.ExtensionsOf(model.Compilation, generatedNamespace, model.GetTypeInfo(exception, ct).Type, "Diagnose");
        if (imported is not null)
        {
            return SyntaxFactory.InvocationExpression(FixSyntax.Member(receiver, "Diagnose"));
        }

        imported = generatedNamespace.GetTypeMembers("SmtpReply").FirstOrDefault();
        ExpressionSyntax replyType = imported is null ? SyntaxFactory.IdentifierName("SmtpReply") : FixSyntax.TypeName(imported);
        return SyntaxFactory.InvocationExpression(
            FixSyntax.Member(replyType, "Diagnose"),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(FixSyntax.Member(receiver, "Message")))));
    }
}
