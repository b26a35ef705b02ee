using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

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
        var records = ReadCsv(File.ReadAllText(path));
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

    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks (multi-line replies do).
    private static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (quoted)
            {
                if (c == '"' && index + 1 < text.Length && text[index + 1] == '"')
                {
                    field.Append('"');
                    index++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && index + 1 < text.Length && text[index + 1] == '\n')
                {
                    index++;
                }

                record.Add(field.ToString());
                field.Clear();
                if (record.Count > 1 || record[0].Length > 0)
                {
                    records.Add(record);
                }

                record = new List<string>();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
