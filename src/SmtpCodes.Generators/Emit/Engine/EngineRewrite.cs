using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SmtpCodes.Generators.Emit.Engine;

/// <summary>
/// The one rewrite of an engine file, on its syntax tree, so nothing is matched as text. An engine file is written
/// in <c>namespace SmtpCodes</c> with its top-level types declared <c>public</c> (as SmtpCodes.Runtime compiles it);
/// for a consumer:
/// <list type="bullet">
/// <item>the name of the namespace declaration becomes the SmtpCodesNamespace option;</item>
/// <item>the <c>public</c> modifier of each top-level type becomes the SmtpCodesAccessibility option (an
/// <c>internal</c> type stays internal);</item>
/// <item>each top-level type gets the <c>[GeneratedCode]</c> attribute of every generated type, once: a partial type
/// on its first declaration in the order files are emitted (the generator's own parts of engine types carry none).</item>
/// </list>
/// Everything else, inactive <c>#if</c> branches included, is copied as written.
/// </summary>
internal static class EngineRewrite
{
    /// <param name="markedTypes">The types that already have [GeneratedCode] from an earlier file; this file's are added.</param>
    public static string Apply(string text, IEnumerable<string> symbols, string namespaceName, string accessibility, ISet<string> markedTypes, CancellationToken cancellationToken)
    {
        var source = SourceText.From(text);
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithPreprocessorSymbols(symbols);
        var root = CSharpSyntaxTree.ParseText(source, options, cancellationToken: cancellationToken).GetCompilationUnitRoot(cancellationToken);
        var changes = new List<TextChange>();
        foreach (var declaration in root.Members.OfType<NamespaceDeclarationSyntax>())
        {
            changes.Add(new TextChange(declaration.Name.Span, namespaceName));
            foreach (var type in declaration.Members.OfType<BaseTypeDeclarationSyntax>())
            {
                if (markedTypes.Add(type.Identifier.ValueText))
                {
                    var indent = new string(' ', type.GetLocation().GetLineSpan().StartLinePosition.Character);
                    changes.Add(new TextChange(new TextSpan(type.SpanStart, 0), SourceEmitter.GeneratedCodeAttribute + "\n" + indent));
                }

                foreach (var modifier in type.Modifiers.Where(modifier => modifier.IsKind(SyntaxKind.PublicKeyword)))
                {
                    changes.Add(new TextChange(modifier.Span, accessibility));
                }
            }
        }

        return source.WithChanges(changes.OrderBy(change => change.Span.Start)).ToString();
    }
}
