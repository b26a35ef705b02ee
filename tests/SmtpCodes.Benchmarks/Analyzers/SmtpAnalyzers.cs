using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Analyzers.Core;
using SmtpCodes.Analyzers.Rules;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>The four SMTP analyzers as the benchmarks run them, and the syntax they are started on.</summary>
internal static class SmtpAnalyzers
{
    public static readonly ImmutableArray<SyntaxKind> SyntaxKinds = [.. Create().SelectMany(analyzer => analyzer.SyntaxKinds).Distinct()];

    public static IEnumerable<SmtpAnalyzerBase> Create() =>
        [new ReplyCodeLiteralAnalyzer(), new HandWrittenClassCheckAnalyzer(), new EnhancedStatusCodeStringAnalyzer(), new UndefinedReplyCodeAnalyzer()];
}
