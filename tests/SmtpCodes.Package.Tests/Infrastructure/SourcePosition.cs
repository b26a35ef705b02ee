using System;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>Where a snippet sits in a source text, 1-based as the compiler reports it.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>
    /// The position of <paramref name="target"/> inside <paramref name="context"/>, a snippet that must occur exactly
    /// once in <paramref name="text"/> (e.g. the <c>550</c> of <c>Code == 550</c>).
    /// </summary>
    public static SourcePosition Of(string text, string context, string target)
    {
        int contextIndex = text.IndexOf(context, StringComparison.Ordinal);
        int targetOffset = context.IndexOf(target, StringComparison.Ordinal);
        if (contextIndex < 0 || targetOffset < 0 || text.IndexOf(context, contextIndex + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{context}' must occur exactly once in the source and contain '{target}'.", nameof(context));
        }

        int index = contextIndex + targetOffset;
        int lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return new SourcePosition(line, index - lineStart + 1);
    }
}
