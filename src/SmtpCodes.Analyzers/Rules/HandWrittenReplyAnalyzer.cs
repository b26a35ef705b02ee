using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SmtpCodes.Analyzers.Core;

namespace SmtpCodes.Analyzers.Rules;

/// <summary>
/// SMTP005 (opt-in): a server reply written by hand in a string that is sent as a reply: passed to a
/// <c>TextWriter</c>'s <c>Write</c>/<c>WriteLine</c>, to <c>Encoding.GetBytes</c>, or to a <c>Send*</c>, <c>Write*</c>,
/// <c>Reply*</c> or <c>Respond*</c> method of a type in an SMTP context. Log calls, the console, assertions, exception
/// messages and comparisons never send a reply, so their strings stay silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandWrittenReplyAnalyzer : SmtpAnalyzerBase
{
    public static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.HandWrittenReply,
        title: "Write SMTP replies with the reply formatter",
        messageFormat: "SMTP reply \"{0}\" is written by hand: use {1}",
        DiagnosticSeverity.Info,
        description: "A server reply written by hand in a string can miss the CR LF, exceed the 512-octet line limit, let a line break in its text start a reply of its own, or pair codes of different classes. SmtpReply.Format writes the code, the enhanced code on every line and the text, and checks them.",
        isEnabledByDefault: false);

    private static readonly string[] SendVerbs = { "Send", "Write", "Reply", "Respond" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    // The text decides first: a string that starts as a reply line is rare, so nothing else is looked at before the operation.
    internal override ImmutableArray<OperationRule> Rules { get; } = ImmutableArray.Create(
        new OperationRule(
            ImmutableArray.Create(SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression),
            StartsLikeAReply,
            ImmutableArray.Create(OperationKind.Literal, OperationKind.InterpolatedString),
            Analyze));

    private static bool StartsLikeAReply(SyntaxNode node, CarrierNames names)
        => node switch
        {
            LiteralExpressionSyntax { Token.Value: string text } => HandWrittenReplies.StartsLikeAReply(text),
            InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.FirstOrDefault() is InterpolatedStringTextSyntax first
                && HandWrittenReplies.StartsLikeAReply(first.TextToken.ValueText),
            _ => false,
        };

    private static void Analyze(IOperation operation, SmtpAnalysisState state, Action<Diagnostic> report)
    {
        if (state.Symbols.ReplyCode is not { } replyCode
            || StartText(operation) is not { } startText
            || HandWrittenReplies.ReadStart(startText) is not { } start
            || SentAsReply(operation) is not { } sink)
        {
            return;
        }

        string? fixText = FixText(operation, start, sink, out bool writeInsteadOfWriteLine);
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
        if (fixText is not null && state.Symbols.ReplyCodeNames.TryGetValue(start.Code, out string? codeMember))
        {
            properties = properties
                .Add(PropertyKeys.TypeMetadataName, MetadataNames.Of(replyCode))
                .Add(PropertyKeys.MemberName, codeMember)
                .Add(PropertyKeys.ReplyTextStart, start.TextStart.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add(PropertyKeys.WriteInsteadOfWriteLine, writeInsteadOfWriteLine ? "true" : null);
            if (start.Enhanced is { } enhanced)
            {
                if (!state.Symbols.EnhancedMembers.TryGet(enhanced, out EnhancedCodeMember member))
                {
                    properties = ImmutableDictionary<string, string?>.Empty;
                }
                else
                {
                    properties = properties.Add(PropertyKeys.NestedClassName, member.NestedClassName).Add(PropertyKeys.EnhancedMemberName, member.MemberName);
                }
            }
        }

        string codes = start.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + (start.IsContinuation ? "-" : " ") + (start.Enhanced ?? string.Empty);
        string use = !start.ClassesAgree
            ? "SmtpReply.Format, which refuses an enhanced code whose class is not the reply's (RFC 3463)"
            : start.IsContinuation ? "SmtpReply.FormatLines, which writes every line of a multi-line reply" : "SmtpReply.Format";
        report(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), properties, codes.TrimEnd(), use));
    }

    /// <summary>The text the string starts with: a literal's value, or the first text part of an interpolated string.</summary>
    private static string? StartText(IOperation operation)
        => operation switch
        {
            ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } => text,
            IInterpolatedStringOperation interpolated => interpolated.Parts.FirstOrDefault() is IInterpolatedStringTextOperation { Text: ILiteralOperation { ConstantValue.Value: string first } } ? first : null,
            _ => null,
        };

    /// <summary>
    /// The call that sends the string as a reply, the string being its argument or the start of one (<c>"250-" + name</c>):
    /// null when it goes anywhere else.
    /// </summary>
    private static IInvocationOperation? SentAsReply(IOperation operation)
    {
        IOperation current = operation;
        while (current.Parent is IConversionOperation or IParenthesizedOperation
            || (current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation && concatenation.LeftOperand == current))
        {
            current = current.Parent;
        }

        if (current.Parent is not IArgumentOperation { Parent: IInvocationOperation call } || IsLogOrConsole(call))
        {
            return null;
        }

        IMethodSymbol method = call.TargetMethod;
        if (method.Name == "GetBytes" && DerivesFrom(method.ContainingType, "System.Text.Encoding"))
        {
            return call;
        }

        if (method.Name is "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync" && DerivesFrom(call.Instance?.Type, "System.IO.TextWriter"))
        {
            return call;
        }

        INamedTypeSymbol? owner = (call.Instance?.Type as INamedTypeSymbol) ?? method.ContainingType;
        return SendVerbs.Any(verb => method.Name.StartsWith(verb, StringComparison.Ordinal)) && (SmtpNames.IsSmtpContext(owner) || SmtpNames.IsSmtpContext(method.ContainingType))
            ? call
            : null;
    }

    // Console.Out, Debug, Trace and loggers write for people, not for SMTP clients.
    private static bool IsLogOrConsole(IInvocationOperation call)
    {
        static bool SaysLog(string name)
            => name.IndexOf("Log", StringComparison.Ordinal) >= 0 || name is "Console" or "Debug" or "Trace" or "TraceSource";

        return SaysLog(call.TargetMethod.Name)
            || SaysLog(call.TargetMethod.ContainingType.Name)
            || (call.Instance?.Type is { } type && SaysLog(type.Name))
            || call.Instance is IPropertyReferenceOperation { Property.ContainingType.Name: "Console" };
    }

    /// <summary>
    /// The text a <c>SmtpReply.Format</c> call takes to write the same reply, or null when no fix writes the same: a
    /// concatenation, a partial reply, other codes on other lines, a line the formatter would wrap. A literal without the
    /// final CR LF passed to <c>TextWriter.WriteLine</c> is fixed to <c>Write(SmtpReply.Format(...))</c>: SMTP wants CR LF
    /// where <c>WriteLine</c> writes the writer's <c>NewLine</c> (LF on Linux).
    /// </summary>
    private static string? FixText(IOperation operation, HandWrittenReply start, IInvocationOperation sink, out bool writeInsteadOfWriteLine)
    {
        writeInsteadOfWriteLine = false;
        if (operation.Parent is not (IArgumentOperation or IConversionOperation { Parent: IArgumentOperation }))
        {
            return null;
        }

        string? whole = operation switch
        {
            ILiteralOperation { ConstantValue.Value: string text } => text,
            IInterpolatedStringOperation interpolated => SingleLineShape(interpolated),
            _ => null,
        };
        if (whole is null)
        {
            return null;
        }

        if (!whole.EndsWith("\r\n", StringComparison.Ordinal) && sink.TargetMethod.Name is "WriteLine" or "WriteLineAsync" && DerivesFrom(sink.Instance?.Type, "System.IO.TextWriter"))
        {
            writeInsteadOfWriteLine = true;
            whole += "\r\n";
        }

        return HandWrittenReplies.FormatText(whole, start);
    }

    // An interpolated string as a reply of one line: its text parts with a stand-in for each hole; null when a text
    // part other than the last ends a line (a multi-line interpolated reply is left to the author).
    private static string? SingleLineShape(IInterpolatedStringOperation interpolated)
    {
        var text = new System.Text.StringBuilder();
        for (int index = 0; index < interpolated.Parts.Length; index++)
        {
            if (interpolated.Parts[index] is IInterpolatedStringTextOperation { Text: ILiteralOperation { ConstantValue.Value: string part } })
            {
                bool last = index == interpolated.Parts.Length - 1;
                string body = last && part.EndsWith("\r\n", StringComparison.Ordinal) ? part.Substring(0, part.Length - 2) : part;
                if (body.IndexOfAny(new[] { '\r', '\n' }) >= 0)
                {
                    return null;
                }

                text.Append(part);
            }
            else
            {
                text.Append('x');
            }
        }

        return text.ToString();
    }

    private static bool DerivesFrom(ITypeSymbol? type, string metadataName)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.ContainingNamespace is not null && current.ContainingNamespace.ToDisplayString() + "." + current.MetadataName == metadataName)
            {
                return true;
            }
        }

        return false;
    }
}
