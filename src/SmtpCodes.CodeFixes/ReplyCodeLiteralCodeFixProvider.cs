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
/// SMTP001: replaces the number with the named member. <c>(SmtpStatusCode)550</c> becomes <c>SmtpStatusCode.MailboxUnavailable</c>,
/// <c>(int)ex.StatusCode == 550</c> becomes <c>ex.StatusCode == SmtpStatusCode.MailboxUnavailable</c>, and elsewhere
/// <c>550</c> becomes <c>(int)SmtpReplyCode.MailboxUnavailable</c>, a constant that fits case labels and patterns too.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplyCodeLiteralCodeFixProvider))]
[Shared]
public sealed class ReplyCodeLiteralCodeFixProvider : SmtpCodeFixProvider<(string TypeName, string MemberName)>
{
    public ReplyCodeLiteralCodeFixProvider()
        : base(DiagnosticIds.ReplyCodeLiteral)
    {
    }

    private protected override bool TryRead(Diagnostic diagnostic, out (string TypeName, string MemberName) fix)
    {
        fix = default;
        if (diagnostic.Properties.TryGetValue(PropertyKeys.TypeMetadataName, out string? typeName) && typeName is not null
            && diagnostic.Properties.TryGetValue(PropertyKeys.MemberName, out string? memberName) && memberName is not null)
        {
            fix = (typeName, memberName);
            return true;
        }

        return false;
    }

    private protected override string Title((string TypeName, string MemberName) fix)
        => $"Use {fix.TypeName.Substring(fix.TypeName.LastIndexOf('.') + 1)}.{fix.MemberName}";

    private protected override Task<Document> FixAsync(Document document, Diagnostic diagnostic, (string TypeName, string MemberName) fix, CancellationToken ct)
        => FixAsync(document, diagnostic, fix.TypeName, fix.MemberName, ct);

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, string typeName, string memberName, CancellationToken ct)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
        if (root is null || model is null
            || FixSyntax.ExpressionAt(root, diagnostic.Location.SourceSpan) is not { } literal
            || model.Compilation.GetTypeByMetadataName(typeName) is not { } namingType)
        {
            return document;
        }

        ExpressionSyntax named = FixSyntax.Member(FixSyntax.TypeName(namingType), memberName);
        (ExpressionSyntax target, ExpressionSyntax replacement) = Rewrite(FixSyntax.WalkUpParentheses(literal), named, namingType, model, ct);
        bool needsImport = FixSyntax.NeedsImport(model, literal.SpanStart, namingType);

        SyntaxNode newRoot = root.ReplaceNode(target, replacement.WithTriviaFrom(target));
        if (needsImport)
        {
            newRoot = FixSyntax.AddUsing(newRoot, namingType.ContainingNamespace);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    private static (ExpressionSyntax Target, ExpressionSyntax Replacement) Rewrite(
        ExpressionSyntax literal, ExpressionSyntax named, INamedTypeSymbol namingType, SemanticModel model, CancellationToken ct)
    {
        // (SmtpStatusCode)550: the cast becomes the member, or a cast of the generated member to the enum that lacks it.
        if (literal.Parent is CastExpressionSyntax cast && model.GetTypeInfo(cast.Type, ct).Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } castType)
        {
            return SymbolEqualityComparer.Default.Equals(castType, namingType)
                ? (FixSyntax.WalkUpParentheses(cast), named)
                : (literal, named);
        }

        // (int)ex.StatusCode == 550: compare the enum values themselves.
        if (literal.Parent is BinaryExpressionSyntax binary && binary.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression)
        {
            bool literalOnLeft = binary.Left == literal;
            ExpressionSyntax other = FixSyntax.WalkDownParentheses(literalOnLeft ? binary.Right : binary.Left);
            if (other is CastExpressionSyntax { Expression: { } castOperand }
                && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(castOperand, ct).Type, namingType))
            {
                return (binary, FixSyntax.ReplaceOperands(binary, literalOnLeft ? named : castOperand, literalOnLeft ? castOperand : named));
            }
        }

        return (literal, FixSyntax.IntCast(named));
    }
}
