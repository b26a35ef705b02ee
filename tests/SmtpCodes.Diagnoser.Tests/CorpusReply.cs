using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>Which part of the corpus a reply belongs to: the catalog was tuned on the development part only.</summary>
public enum CorpusPart
{
    Development,
    HeldOut,
}

/// <summary>One labelled line of Corpus/replies.csv.</summary>
public sealed record CorpusReply(
    string Id,
    string Provider,
    string Reply,
    string BasicCode,
    string EnhancedCode,
    string Class,
    string Reason,
    string HardBounce,
    string Source,
    CorpusPart Part)
{
    /// <summary>The reply with its line breaks: the corpus writes them as a literal \n, as the triage tool's input files do.</summary>
    public string Text => Reply.Replace("\\n", "\n", StringComparison.Ordinal);

    public static IReadOnlyList<CorpusReply> Load()
    {
        var heldOut = HeldOutSources();
        var records = Csv.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "replies.csv")));
        var header = records[0];
        var result = new List<CorpusReply>();
        for (var index = 1; index < records.Count; index++)
        {
            var row = records[index];
            string Field(string name) => row[header.IndexOf(name)];
            var source = Field("source");
            result.Add(new CorpusReply(Field("id"), Field("provider"), Field("reply"), Field("basic_code"), Field("enhanced_code"), Field("class"), Field("reason"), Field("hard_bounce"), source, heldOut.Contains(source) ? CorpusPart.HeldOut : CorpusPart.Development));
        }

        return result;
    }

    /// <summary>The frozen list of held-out sources (Corpus/held-out-sources.txt; lines starting with # are comments).</summary>
    public static IReadOnlySet<string> HeldOutSources() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "held-out-sources.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
}
