using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SmtpCodes.CodeFixes;

/// <summary>
/// Fix All that applies a rule's fixes one after another in each document, so that nested and neighbouring diagnostics
/// (a switch expression with many arms, a check inside a check, fixes that all add the same <c>using</c>) are all fixed in
/// one pass. The batch fixer merges independent text changes and drops those that overlap, which left diagnostics for a
/// second pass. Here every diagnostic's nodes are first marked with an annotation; each fix then runs on the document as
/// the previous fixes left it, found again by its annotation, innermost and last first.
/// </summary>
internal sealed class SequentialFixAllProvider : FixAllProvider
{
    private readonly Func<Document, Diagnostic, CancellationToken, Task<Document>> fixOne;

    public SequentialFixAllProvider(Func<Document, Diagnostic, CancellationToken, Task<Document>> fix) => fixOne = fix;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        => Task.FromResult<CodeAction?>(CodeAction.Create(
            fixAllContext.CodeActionEquivalenceKey ?? "Fix all",
            ct => FixSolutionAsync(fixAllContext, ct),
            fixAllContext.CodeActionEquivalenceKey));

    private async Task<Solution> FixSolutionAsync(FixAllContext context, CancellationToken ct)
    {
        IEnumerable<Project> projects = context.Scope switch
        {
            FixAllScope.Solution => context.Solution.Projects,
            _ => new[] { context.Project },
        };

        Solution solution = context.Solution;
        foreach (Project project in projects)
        {
            IEnumerable<Diagnostic> diagnostics = context.Scope == FixAllScope.Document && context.Document is { } only
                ? await context.GetDocumentDiagnosticsAsync(only).ConfigureAwait(false)
                : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            foreach (IGrouping<SyntaxTree?, Diagnostic> byTree in diagnostics.Where(d => d.Location.IsInSource).GroupBy(d => d.Location.SourceTree))
            {
                if (solution.GetDocument(byTree.Key) is { } document)
                {
                    Document fixedDocument = await FixDocumentAsync(document, byTree.ToImmutableArray(), ct).ConfigureAwait(false);
                    solution = fixedDocument.Project.Solution;
                }
            }
        }

        return solution;
    }

    private async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken ct)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Mark each diagnostic's nodes, so they are found again after the fixes before them changed the text.
        var marked = new List<(Diagnostic Diagnostic, SyntaxAnnotation Main, SyntaxAnnotation[] Additional)>();
        var annotations = new Dictionary<SyntaxNode, List<SyntaxAnnotation>>();
        foreach (Diagnostic diagnostic in diagnostics.OrderByDescending(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.Length))
        {
            SyntaxAnnotation main = Mark(root, diagnostic.Location, annotations);
            SyntaxAnnotation[] additional = diagnostic.AdditionalLocations.Select(location => Mark(root, location, annotations)).ToArray();
            marked.Add((diagnostic, main, additional));
        }

        root = root.ReplaceNodes(annotations.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(annotations[original]));
        document = document.WithSyntaxRoot(root);
        foreach ((Diagnostic diagnostic, SyntaxAnnotation main, SyntaxAnnotation[] additional) in marked)
        {
            root = (await document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
            if (Find(root, main) is not { } location)
            {
                continue;
            }

            Location?[] additionalLocations = additional.Select(annotation => Find(root, annotation)).ToArray();
            if (additionalLocations.Any(l => l is null))
            {
                continue;
            }

            Diagnostic moved = Diagnostic.Create(diagnostic.Descriptor, location, additionalLocations!, diagnostic.Properties);
            document = await fixOne(document, moved, ct).ConfigureAwait(false);
        }

        return document;
    }

    private static SyntaxAnnotation Mark(SyntaxNode root, Location location, Dictionary<SyntaxNode, List<SyntaxAnnotation>> annotations)
    {
        var annotation = new SyntaxAnnotation("SmtpCodesFixAll");
        SyntaxNode node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        while (node.Span != location.SourceSpan && node.Parent is { } parent && parent.Span.Contains(location.SourceSpan) && node.Span.Length < location.SourceSpan.Length)
        {
            node = parent;
        }

        if (!annotations.TryGetValue(node, out List<SyntaxAnnotation>? list))
        {
            list = new List<SyntaxAnnotation>();
            annotations.Add(node, list);
        }

        list.Add(annotation);
        return annotation;
    }

    private static Location? Find(SyntaxNode root, SyntaxAnnotation annotation)
        => root.GetAnnotatedNodes(annotation).FirstOrDefault() is { } node ? Location.Create(root.SyntaxTree, node.Span) : null;
}
