using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Emit.Engine;

/// <summary>
/// The engine files: src/SmtpCodes.Runtime/Engine/*.cs, embedded in this assembly as resources (the way PolySharp
/// ships its polyfills) and emitted into every consuming project by <see cref="EngineEmitter"/>. Every file is
/// emitted, except that a file named in <see cref="Conditions"/> is emitted only where the compilation has the
/// type it names (an extension of MailKit only where MailKit is referenced).
/// </summary>
internal static class EngineFiles
{
    /// <summary>The prefix of the resource names (the project file gives them as <c>SmtpCodes.Engine.{file name}</c>).</summary>
    public const string ResourcePrefix = "SmtpCodes.Engine.";

    /// <summary>Engine file name to the metadata name of the type a compilation must have for the file to be emitted.</summary>
    public static readonly IReadOnlyDictionary<string, string> Conditions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MailKitSmtpExtensions.cs"] = "MailKit.Net.Smtp.SmtpCommandException",
        ["MimeKitBounceExtensions.cs"] = "MimeKit.MimeMessage",
        ["SystemNetMailSmtpExtensions.cs"] = "System.Net.Mail.SmtpFailedRecipientException",
    };

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> LazyAll = new(() => EmbeddedResources.ReadAll(ResourcePrefix), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every engine file, by name (such as <c>SmtpReply.cs</c>), in ordinal order of names.</summary>
    public static IReadOnlyList<(string Name, string Text)> All => LazyAll.Value;

    /// <summary>Whether the file is emitted for a compilation that has these of the <see cref="Conditions"/> types.</summary>
    public static bool Applies(string name, IEnumerable<string> referencedTypes) =>
        !Conditions.TryGetValue(name, out var type) || referencedTypes.Contains(type, StringComparer.Ordinal);
}
