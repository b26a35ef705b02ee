using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// One recipient as the corpus labels it: from the message itself, never from the reader (see Corpus/README.md).
/// <paramref name="BasicCode"/> is the remote reply's three-digit code where the message states it plainly (empty
/// otherwise); <paramref name="Reason"/> is an <see cref="SmtpBounceReason"/> name in lower case; <paramref name="Bounce"/> is
/// <c>hard</c> or <c>soft</c>.
/// </summary>
public sealed record ExpectedRecipient(string Address, string Action, string Status, string BasicCode, string Reason, string Bounce)
{
    public bool IsHard => Bounce == "hard";
}

/// <summary>One row of Corpus/messages.csv.</summary>
public sealed record CorpusMessage(string File, string Split, string Kind, string Mta, IReadOnlyList<ExpectedRecipient> Recipients)
{
    public bool IsBounce => Kind is "delivery-status" or "plain-bounce";

    public byte[] ReadBytes() => System.IO.File.ReadAllBytes(Path.Combine(BounceCorpus.Folder, File));
}

/// <summary>The bounce corpus (Corpus/messages.csv).</summary>
public static class BounceCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static readonly Lazy<IReadOnlyList<CorpusMessage>> Messages = new(Load);

    public static IReadOnlyList<CorpusMessage> All => Messages.Value;

    public static IEnumerable<CorpusMessage> Part(string split) => All.Where(message => message.Split == split);

    private static IReadOnlyList<CorpusMessage> Load()
    {
        var records = ManifestCsv.Read(System.IO.File.ReadAllText(Path.Combine(Folder, "messages.csv")));
        var header = records[0];
        int Column(string name) => header.IndexOf(name);
        return records.Skip(1).Select(row => new CorpusMessage(
            row[Column("file")], row[Column("split")], row[Column("kind")], row[Column("mta")],
            ParseRecipients(row[Column("recipients")]))).ToList();
    }

    private static IReadOnlyList<ExpectedRecipient> ParseRecipients(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('|'))
            .Select(parts => new ExpectedRecipient(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]))
            .ToList();
}
