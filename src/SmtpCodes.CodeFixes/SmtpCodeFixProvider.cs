using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SmtpCodes.CodeFixes;

/// <summary>
/// What every fix of this package shares: one rule, one fix per diagnostic, offered in the light bulb only when the
/// diagnostic carries what the fix needs (its properties, written by the analyzer), and the same fix applied by Fix
/// All one diagnostic at a time (<see cref="SequentialFixAllProvider"/>). A rule's provider says only what it reads
/// from a diagnostic (<typeparamref name="TFix"/>), the title, and how it rewrites the document.
/// </summary>
/// <typeparam name="TFix">What the fix reads from one diagnostic's properties.</typeparam>
public abstract class SmtpCodeFixProvider<TFix> : CodeFixProvider
{
    private readonly string diagnosticId;

    private protected SmtpCodeFixProvider(string diagnosticId) => this.diagnosticId = diagnosticId;

    public sealed override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(diagnosticId);

    public sealed override FixAllProvider GetFixAllProvider() => new SequentialFixAllProvider(FixOneAsync);

    public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (TryRead(diagnostic, out TFix fix))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title(fix), ct => FixAsync(context.Document, diagnostic, fix, ct), equivalenceKey: diagnosticId),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Reads what the fix needs; false when the diagnostic lacks it (then no fix is offered).</summary>
    private protected abstract bool TryRead(Diagnostic diagnostic, out TFix fix);

    /// <summary>The light bulb's text.</summary>
    private protected abstract string Title(TFix fix);

    /// <summary>The document with the diagnostic fixed, or unchanged when the code is no longer what was reported.</summary>
    private protected abstract Task<Document> FixAsync(Document document, Diagnostic diagnostic, TFix fix, CancellationToken ct);

    private Task<Document> FixOneAsync(Document document, Diagnostic diagnostic, CancellationToken ct)
        => TryRead(diagnostic, out TFix fix) ? FixAsync(document, diagnostic, fix, ct) : Task.FromResult(document);
}
