using System.Collections.Generic;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// What a code outside the catalog means by its class alone: RFC 5321 (section 4.2.1) asks clients to accept
/// any three-digit code and fall back on its first digit. Used by the default branch of every lookup; what a class
/// means for the classification (reason, bounce, party, action) is <see cref="Catalog.ClassificationPolicy"/>'s.
/// </summary>
internal static class ClassFallbacks
{
    public static readonly IReadOnlyDictionary<int, (string Title, string Description)> ByClass =
        new Dictionary<int, (string, string)>
        {
            [1] = ("Positive preliminary reply", "The command was accepted, but the server waits for confirmation; SMTP itself does not use this class."),
            [2] = ("Positive completion reply", "The requested action was completed successfully."),
            [3] = ("Positive intermediate reply", "The command was accepted, and the server waits for more information."),
            [4] = ("Transient negative completion reply", "The command was not accepted, but the condition is temporary: the same request may succeed later."),
            [5] = ("Permanent negative completion reply", "The command was not accepted and the action did not occur; repeating the same request will not help."),
        };

    public const string UnknownTitle = "Not an SMTP reply code";

    public const string UnknownDescription = "The value is not a three-digit SMTP reply code with a first digit from 1 to 5.";
}
