using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SmtpCodes.CodeFixes;

/// <summary>Syntax the fixes share: type names the simplifier shortens, and the <c>using</c> a generated name needs.</summary>
internal static class FixSyntax
{
    /// <summary><c>global::Ns.Type</c>, shortened by the simplifier to what binds at the use site.</summary>
    public static TypeSyntax TypeName(INamedTypeSymbol type)
        => SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    public static MemberAccessExpressionSyntax Member(ExpressionSyntax receiver, string name)
        => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(name));

    /// <summary><c>(int)Type.Member</c>: a constant, so it also fits case labels and patterns.</summary>
    public static CastExpressionSyntax IntCast(ExpressionSyntax value)
        => SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), value);

    /// <summary>Wraps in parentheses that the simplifier removes again where they are not needed.</summary>
    public static ExpressionSyntax Parenthesize(ExpressionSyntax expression)
        => SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia()).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>
    /// The generated static class beside <paramref name="generatedNamespace"/>'s types that extends <paramref name="receiverType"/>
    /// with <paramref name="method"/> (<c>MailKitSmtpExtensions.IsPermanent(this MailKit.Net.Smtp.SmtpStatusCode)</c>), or null.
    /// </summary>
    public static INamedTypeSymbol? ExtensionsOf(Compilation compilation, INamespaceSymbol generatedNamespace, ITypeSymbol? receiverType, string method)
    {
        if (receiverType is null)
        {
            return null;
        }

        foreach (INamedTypeSymbol type in generatedNamespace.GetTypeMembers())
        {
            if (type.IsStatic && type.MightContainExtensionMethods
                && type.GetMembers(method).OfType<IMethodSymbol>().Any(m => m.IsExtensionMethod && m.Parameters.Length == 1 && compilation.HasImplicitConversion(receiverType, m.Parameters[0].Type))
                && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>An expression as the receiver of a call: parenthesized unless it is a name, member access, call or element access.</summary>
    public static ExpressionSyntax AsReceiver(ExpressionSyntax expression)
        => expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax
            ? expression
            : Parenthesize(expression);

    public static ExpressionSyntax WalkUpParentheses(ExpressionSyntax expression)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax parent)
        {
            expression = parent;
        }

        return expression;
    }

    public static ExpressionSyntax WalkDownParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>The same comparison with new operands, each keeping the trivia of the operand it replaces.</summary>
    public static BinaryExpressionSyntax ReplaceOperands(BinaryExpressionSyntax binary, ExpressionSyntax left, ExpressionSyntax right)
        => binary
            .WithLeft(left.WithoutTrivia().WithTriviaFrom(binary.Left))
            .WithRight(right.WithoutTrivia().WithTriviaFrom(binary.Right));

    /// <summary>The expression whose span is exactly <paramref name="span"/>.</summary>
    public static ExpressionSyntax? ExpressionAt(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true);
        while (node is not null && !(node is ExpressionSyntax && node.Span == span))
        {
            node = node.Parent;
        }

        return node as ExpressionSyntax;
    }

    /// <summary>
    /// True when <paramref name="type"/>'s namespace should be imported at <paramref name="position"/> so its simple name
    /// (and the extension methods beside it) bind: nothing of that name is in scope yet. When another type of the same name
    /// is in scope (MailKit's and System.Net.Mail's <c>SmtpStatusCode</c>), importing would make the file ambiguous, so
    /// the name stays qualified instead.
    /// </summary>
    public static bool NeedsImport(SemanticModel model, int position, INamedTypeSymbol type)
        => type.ContainingNamespace is { IsGlobalNamespace: false }
            && model.LookupNamespacesAndTypes(position, name: type.Name).IsEmpty;

    /// <summary>Adds <c>using Ns;</c> among the file's usings, System first then in order.</summary>
    public static SyntaxNode AddUsing(SyntaxNode root, INamespaceSymbol ns)
    {
        if (root is not CompilationUnitSyntax unit)
        {
            return root;
        }

        string name = ns.ToDisplayString();
        if (unit.Usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == name))
        {
            return root;
        }

        // The file's own line ending, so a using added to an LF file does not bring a CR.
        SyntaxTrivia endOfLine = unit.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            endOfLine = SyntaxFactory.ElasticLineFeed;
        }

        // The first using of a file is set off from the code after it by a blank line.
        UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(name))
            .WithTrailingTrivia(unit.Usings.Count == 0 ? SyntaxFactory.TriviaList(endOfLine, endOfLine) : SyntaxFactory.TriviaList(endOfLine))
            .WithAdditionalAnnotations(Formatter.Annotation);
        int index = 0;
        while (index < unit.Usings.Count && ComesBefore(unit.Usings[index], name))
        {
            index++;
        }

        return unit.WithUsings(unit.Usings.Insert(index, directive));
    }

    private static bool ComesBefore(UsingDirectiveSyntax existing, string name)
    {
        if (existing.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
        {
            return true;
        }

        if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is null)
        {
            return false;
        }

        string other = existing.Name.ToString();
        bool otherIsSystem = other == "System" || other.StartsWith("System.", System.StringComparison.Ordinal);
        bool nameIsSystem = name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal);
        return otherIsSystem != nameIsSystem ? otherIsSystem : string.CompareOrdinal(other, name) < 0;
    }
}
