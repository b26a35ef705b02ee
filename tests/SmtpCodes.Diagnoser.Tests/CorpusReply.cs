using System;
using System.Collections.Generic;
using System.IO;

namespace SmtpCodes.Diagnoser.Tests;

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
    string Source)
{
    /// <summary>The reply with its line breaks: the corpus writes them as a literal \n, as the triage tool's input files do.</summary>
    public string Text => Reply.Replace("\\n", "\n", StringComparison.Ordinal);

    public static IReadOnlyList<CorpusReply> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "replies.csv");
        var records = Csv.Read(File.ReadAllText(path));
        var header = records[0];
        var result = new List<CorpusReply>();
        for (var index = 1; index < records.Count; index++)
        {
            var row = records[index];
            string Field(string name) => row[header.IndexOf(name)];
            result.Add(new CorpusReply(Field("id"), Field("provider"), Field("reply"), Field("basic_code"), Field("enhanced_code"), Field("class"), Field("reason"), Field("hard_bounce"), Field("source")));
        }

        return result;
    }
}
