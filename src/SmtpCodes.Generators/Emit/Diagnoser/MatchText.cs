using System.Text;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// The folding that makes catalog match text and reply text comparable: white space runs become one space,
/// ASCII letters are lower-cased (other letters by invariant lower-casing). The generated scanner folds the
/// reply text the same way, character by character, so a match string found here is found there.
/// </summary>
internal static class MatchText
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    /// <summary>The case folding of one character; the generated code has the same rule.</summary>
    public static char FoldChar(char c) =>
        c >= 'A' && c <= 'Z' ? (char)(c + 32) : c < 128 ? c : char.ToLowerInvariant(c);
}
