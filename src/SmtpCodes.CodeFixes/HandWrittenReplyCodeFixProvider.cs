using System;
using System.Collections.Generic;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using SmtpCodes.Analyzers;

namespace SmtpCodes.CodeFixes;

/// <summary>
/// SMTP005: replaces a reply written by hand with the formatter call that writes the same characters:
/// <c>"550 5.1.1 &lt;x&gt;: Recipient address rejected\r\n"</c> becomes
/// <c>SmtpReply.Format(SmtpReplyCode.MailboxUnavailable, SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress, "&lt;x&gt;: Recipient address rejected")</c>,
/// a multi-line reply's lines are joined by CR LF in the text, and an interpolated string keeps its holes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HandWrittenReplyCodeFixProvider))]
[Shared]
public sealed class HandWrittenReplyCodeFixProvider : SmtpCodeFixProvider<bool>
{
    public HandWrittenReplyCodeFixProvider()
        : base(DiagnosticIds.HandWrittenReply)
    {
    }

    /// <summary>The fix reads the reply's parts from the diagnostic's properties as it rewrites; here it only checks they are there.</summary>
    private protected override bool TryRead(Diagnostic diagnostic, out bool fix) => fix = diagnostic.Properties.ContainsKey(PropertyKeys.ReplyTextStart);

    private protected override string Title(bool fix) => "Use SmtpReply.Format";

    private protected override Task<Document> FixAsync(Document document, Diagnostic diagnostic, bool fix, CancellationToken ct) => FixAsync(document, diagnostic, ct);

    private static async Task<Document> FixAsync(Document document, Diagnostic diagnostic, CancellationToken ct)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
        IReadOnlyDictionary<string, string?> properties = diagnostic.Properties;
        if (root is null || model is null
            || !properties.TryGetValue(PropertyKeys.ReplyTextStart, out string? startText)
            || !int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out int textStart)
            || !properties.TryGetValue(PropertyKeys.TypeMetadataName, out string? codeTypeName)
            || model.Compilation.GetTypeByMetadataName(codeTypeName!) is not { } codeType
            || codeType.ContainingNamespace.GetTypeMembers("SmtpReply").FirstOrDefault() is not { } replyType
            || FixSyntax.ExpressionAt(root, diagnostic.Location.SourceSpan) is not { } reply
            || Text(reply, textStart) is not { } text)
        {
            return document;
        }

        var arguments = new List<ExpressionSyntax> { FixSyntax.Member(FixSyntax.TypeName(codeType), properties[PropertyKeys.MemberName]!) };
        if (properties.TryGetValue(PropertyKeys.EnhancedMemberName, out string? enhancedMember) && enhancedMember is not null
            && codeType.ContainingNamespace.GetTypeMembers("SmtpEnhancedStatusCode").FirstOrDefault() is { } enhancedType)
        {
            arguments.Add(FixSyntax.Member(FixSyntax.Member(FixSyntax.TypeName(enhancedType), properties[PropertyKeys.NestedClassName]!), enhancedMember));
        }

        arguments.Add(text);
        ExpressionSyntax format = SyntaxFactory.InvocationExpression(
            FixSyntax.Member(FixSyntax.TypeName(replyType), "Format"),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.Argument))))
            .WithAdditionalAnnotations(Formatter.Annotation);

        SyntaxNode newRoot = root.ReplaceNodes(
            new SyntaxNode[] { reply }.Concat(WriteLineName(reply, properties)),
            (original, _) => original == reply
                ? format.WithTriviaFrom(reply)
                : SyntaxFactory.IdentifierName(((IdentifierNameSyntax)original).Identifier.ValueText.Replace("WriteLine", "Write")).WithTriviaFrom(original));
        if (FixSyntax.NeedsImport(model, reply.SpanStart, replyType))
        {
            newRoot = FixSyntax.AddUsing(newRoot, replyType.ContainingNamespace);
        }

        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The name of the <c>WriteLine</c> call to turn into <c>Write</c>, when the diagnostic says so.</summary>
    private static IEnumerable<SyntaxNode> WriteLineName(ExpressionSyntax reply, IReadOnlyDictionary<string, string?> properties)
    {
        if (properties.TryGetValue(PropertyKeys.WriteInsteadOfWriteLine, out string? write) && write == "true"
            && reply.FirstAncestorOrSelf<InvocationExpressionSyntax>()?.Expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name })
        {
            yield return name;
        }
    }

    /// <summary>
    /// The formatter's text argument: the string without its codes and final CR LF, each line's codes dropped (a
    /// literal), or the interpolated string without them, its holes kept.
    /// </summary>
    private static ExpressionSyntax? Text(ExpressionSyntax reply, int textStart)
    {
        switch (reply)
        {
            case LiteralExpressionSyntax { Token.Value: string value }:
                string body = value.EndsWith("\r\n", StringComparison.Ordinal) ? value.Substring(0, value.Length - 2) : value;
                string text = string.Join("\r\n", body.Split(new[] { "\r\n" }, StringSplitOptions.None).Select(line => line.Substring(textStart)));
                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
            case InterpolatedStringExpressionSyntax interpolated:
                return InterpolatedText(interpolated, textStart);
            default:
                return null;
        }
    }

    private static ExpressionSyntax InterpolatedText(InterpolatedStringExpressionSyntax interpolated, int textStart)
    {
        var contents = new List<InterpolatedStringContentSyntax>();
        for (int index = 0; index < interpolated.Contents.Count; index++)
        {
            if (interpolated.Contents[index] is not InterpolatedStringTextSyntax part)
            {
                contents.Add(interpolated.Contents[index]);
                continue;
            }

            string value = part.TextToken.ValueText;
            value = index == 0 ? value.Substring(textStart) : value;
            value = index == interpolated.Contents.Count - 1 && value.EndsWith("\r\n", StringComparison.Ordinal) ? value.Substring(0, value.Length - 2) : value;
            if (value.Length > 0)
            {
                contents.Add(SyntaxFactory.InterpolatedStringText(SyntaxFactory.Token(
                    SyntaxTriviaList.Empty, SyntaxKind.InterpolatedStringTextToken, Escape(value), value, SyntaxTriviaList.Empty)));
            }
        }

        // A regular $"...": its text parts are escaped for it.
        return SyntaxFactory.InterpolatedStringExpression(SyntaxFactory.Token(SyntaxKind.InterpolatedStringStartToken), SyntaxFactory.List(contents));
    }

    // The token's value has its backslash escapes resolved but keeps its braces doubled, as a $"..." writes them.
    private static string Escape(string value)
    {
        string quoted = SyntaxFactory.Literal(value).Text;
        return quoted.Substring(1, quoted.Length - 2);
    }
}
