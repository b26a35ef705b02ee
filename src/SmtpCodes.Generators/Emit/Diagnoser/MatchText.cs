using System.Text;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// The folding that makes catalog match text and reply text comparable: white space and control character runs become one space,
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
            if (SmtpCatalogLayout.IsSeparator(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(SmtpCatalogLayout.Fold(c));
        }

        return builder.ToString();
    }

}
