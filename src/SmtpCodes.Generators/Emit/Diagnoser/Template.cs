using System.Collections.Generic;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// Expands the fixed helper code for the consumer: its accessibility, nullable annotations where the language
/// has them, and the span or string variant. Lines between <c>//#span</c> and <c>//#end</c> exist only where the
/// consumer has <c>ReadOnlySpan&lt;char&gt;</c>.
/// </summary>
internal static class Template
{
    private const string SpanStart = "//#span";
    private const string BlockEnd = "//#end";

    public static void Write(SourceWriter writer, GenerationSpec spec, string template)
    {
        var tokens = Tokens(spec);
        var skipping = false;
        foreach (var rawLine in template.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = rawLine.Trim();
            if (trimmed == SpanStart)
            {
                skipping = !spec.Features.HasSpan;
                continue;
            }

            if (trimmed == BlockEnd)
            {
                skipping = false;
                continue;
            }

            if (skipping)
            {
                continue;
            }

            var line = rawLine.TrimEnd();
            foreach (var token in tokens)
            {
                line = line.Replace(token.Key, token.Value);
            }

            writer.Line(line);
        }
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Tokens(GenerationSpec spec) => new[]
    {
        new KeyValuePair<string, string>("$GENERATED$", SourceEmitter.GeneratedCodeAttribute),
        new KeyValuePair<string, string>("$ACCESS$", spec.Options.Accessibility),
        new KeyValuePair<string, string>("$STRING?$", SourceEmitter.Nullable(spec, "string")),
        new KeyValuePair<string, string>("$STRING$", "string"),
        new KeyValuePair<string, string>("$?$", spec.Features.SupportsNullable ? "?" : string.Empty),
        new KeyValuePair<string, string>("$TEXT$", spec.Features.HasSpan ? "global::System.ReadOnlySpan<char>" : "string"),
        AsText(spec, "text"),
        AsText(spec, "text ?? string.Empty"),
    };

    // A string argument as the text type of the parser: the string itself, or a span over it.
    private static KeyValuePair<string, string> AsText(GenerationSpec spec, string expression) =>
        new("$AS_TEXT(" + expression + ")$", spec.Features.HasSpan ? "global::System.MemoryExtensions.AsSpan(" + expression + ")" : expression);
}
