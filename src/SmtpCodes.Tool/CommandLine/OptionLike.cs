namespace SmtpCodes.Tool.CommandLine;

/// <summary>
/// A value that looks like an option (--frob, -x) in a position that takes codes or replies: an unknown option, not a
/// code that is wrong or a reply to diagnose. A reply that starts with '-' can follow "--" (smtpcodes diagnose -- "-ERR").
/// </summary>
internal static class OptionLike
{
    public static bool Is(string token) =>
        token.StartsWith("--", System.StringComparison.Ordinal)
        || (token.Length == 2 && token[0] == '-' && char.IsLetter(token[1]));
}
