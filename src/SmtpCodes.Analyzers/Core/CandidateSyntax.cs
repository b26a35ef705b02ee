using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// The rules' syntax filter, a necessary condition only: a node can meet a carrier of an SMTP code only if its statement
/// (or the declaration it initializes) names one. So the rules ask the semantic model (which binds the whole member) only
/// for nodes whose statement holds a carrier name (<see cref="CarrierNames"/>), a local initialized from one, a cast (an
/// SMTP status enum is compared with a number only through one), an equality-style call (<see cref="EqualityCalls"/>: the
/// enum may be seen through <c>object</c>) or <c>ToString</c> (an enum's text). Which shapes the rules report is decided
/// once, on operations; nothing here knows a shape, so a new shape needs no change here.
/// </summary>
internal static class CandidateSyntax
{
    /// <summary>SMTP001 and SMTP004: a positive integer literal whose statement may meet a reply-code carrier.</summary>
    public static bool IsReplyCodeLiteral(SyntaxNode node, CarrierNames names)
        => node is LiteralExpressionSyntax { Token.Value: int or uint or long or ulong } literal
            && literal.Token.Value is not (0 or 0u or 0L or 0ul)
            && MayMeetCarrier(literal, names);

    /// <summary>SMTP002: a comparison, pattern or call with a literal in it (a bound, a digit) whose statement may meet a carrier.</summary>
    public static bool IsClassCheck(SyntaxNode node, CarrierNames names) => HasLiteral(node) && MayMeetCarrier(node, names);

    /// <summary>True unless nothing around <paramref name="node"/> can be, or lead to, a carrier.</summary>
    public static bool MayMeetCarrier(SyntaxNode node, CarrierNames names)
    {
        if (names.UnnamedTargets)
        {
            return true;
        }

        SyntaxNode scope = Scope(node, out bool unnamedCall);
        return unnamedCall
            || ScopeMayCarry(scope, names)
            || (EnclosingMemberName(node) is { } member && names.Contains(member))
            || (node.Parent is InitializerExpressionSyntax && names.Contains("Add"));
    }

    /// <summary>
    /// The statement a node belongs to (without the statements nested in it), or the declaration it initializes: a field,
    /// property, parameter default or attribute. <paramref name="unnamedCall"/> is set for a call written without the callee's
    /// name (<c>new(250, "OK")</c>, <c>: base(421)</c>), whose target the statement does not show.
    /// </summary>
    private static SyntaxNode Scope(SyntaxNode node, out bool unnamedCall)
    {
        unnamedCall = false;
        for (SyntaxNode? current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ImplicitObjectCreationExpressionSyntax or ConstructorInitializerSyntax:
                    unnamedCall = true;
                    break;
                case BlockSyntax:
                    break;
                case StatementSyntax or MemberDeclarationSyntax or AttributeSyntax or ParameterSyntax or CompilationUnitSyntax:
                    return current;
            }
        }

        return node.SyntaxTree.GetRoot();
    }

    private static bool ScopeMayCarry(SyntaxNode scope, CarrierNames names)
    {
        // One hop of local data flow, as the rules follow it: var code = reply.Code; ... code == 550. The member's carrier
        // locals are looked up only when the scope uses a simple name, and computed once per member.
        var locals = new LocalLookup(scope, names);
        return Mentions(scope, names, ref locals);
    }

    /// <summary>The locals of a member (or of the top-level statements) initialized from something that names a carrier.</summary>
    private static ISet<string> CarrierLocals(SyntaxNode member, CarrierNames names)
    {
        var locals = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (SyntaxNode node in member.DescendantNodes())
        {
            var none = default(LocalLookup);
            if (node is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator && Mentions(value, names, ref none))
            {
                locals.Add(declarator.Identifier.ValueText);
            }
        }

        return locals;
    }

    /// <summary>
    /// True when the tokens of <paramref name="node"/> (not those of statements or members nested in it)
    /// mention a possible carrier, or a simple name that is one of the member's carrier locals. A recursive walk over
    /// <c>ChildNodesAndTokens</c>, whose enumerators are structs: the common path allocates nothing.
    /// </summary>
    private static bool Mentions(SyntaxNode node, CarrierNames names, ref LocalLookup locals)
    {
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.IsNode)
            {
                SyntaxNode inner = child.AsNode()!;
                if (inner is not (StatementSyntax or MemberDeclarationSyntax) && Mentions(inner, names, ref locals))
                {
                    return true;
                }

                continue;
            }

            SyntaxToken token = child.AsToken();
            if (token.IsKind(SyntaxKind.OpenParenToken) && token.Parent is CastExpressionSyntax)
            {
                return true;
            }

            if (!token.IsKind(SyntaxKind.IdentifierToken))
            {
                continue;
            }

            string text = token.ValueText;
            if (names.Contains(text) || EqualityCalls.MethodNames.Contains(text) || text == "ToString")
            {
                return true;
            }

            if (token.Parent is IdentifierNameSyntax identifier
                && !(identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier)
                && locals.Contains(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The carrier locals of a scope's member, fetched at the first simple name (a struct: nothing to allocate).</summary>
    private struct LocalLookup
    {
        private static readonly System.Func<SyntaxNode, CarrierNames, ISet<string>> Collect = CarrierLocals;

        private readonly SyntaxNode? scope;
        private readonly CarrierNames? names;
        private ISet<string>? locals;

        public LocalLookup(SyntaxNode statementScope, CarrierNames carrierNames)
        {
            scope = statementScope;
            names = carrierNames;
            locals = null;
        }

        public bool Contains(string name)
        {
            if (scope is null || names is null)
            {
                return false;
            }

            locals ??= names.CarrierLocals(LocalScope(scope), Collect);
            return locals.Contains(name);
        }
    }

    private static SyntaxNode LocalScope(SyntaxNode scope)
    {
        SyntaxNode? member = scope.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        return member is null or GlobalStatementSyntax ? scope.SyntaxTree.GetRoot() : member;
    }

    /// <summary>The name of the method, local function or property a node sits in: its returns reach a marked return.</summary>
    private static string? EnclosingMemberName(SyntaxNode node)
    {
        for (SyntaxNode? ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            switch (ancestor)
            {
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText;
                case LocalFunctionStatementSyntax localFunction:
                    return localFunction.Identifier.ValueText;
                case PropertyDeclarationSyntax property:
                    return property.Identifier.ValueText;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static bool HasLiteral(SyntaxNode node)
    {
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.IsNode ? HasLiteral(child.AsNode()!) : child.IsKind(SyntaxKind.NumericLiteralToken) || child.IsKind(SyntaxKind.CharacterLiteralToken) || child.IsKind(SyntaxKind.StringLiteralToken))
            {
                return true;
            }
        }

        return false;
    }
}
