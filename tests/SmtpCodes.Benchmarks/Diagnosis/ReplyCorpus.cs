using System.IO;
using System.Linq;
using System.Threading;
using SmtpCodes.Generators.Catalog;

namespace SmtpCodes.Benchmarks.Diagnosis;

/// <summary>The real reply lines of the diagnoser corpus (tests/SmtpCodes.Diagnoser.Tests/Corpus/replies.csv).</summary>
internal static class ReplyCorpus
{
    public static string[] Lines()
    {
        var records = CsvReader.Read(File.ReadAllText(RepositoryPaths.Combine("tests", "SmtpCodes.Diagnoser.Tests", "Corpus", "replies.csv")), CancellationToken.None).ToList();
        var replyColumn = records[0].Fields.Select(field => field.Value).ToList().IndexOf("reply");
        // The corpus writes the line breaks of multi-line replies as a literal \n.
        return records.Skip(1)
            .Where(record => record.Error is null && record.Fields.Count > replyColumn)
            .Select(record => record.Fields[replyColumn].Value.Replace("\\n", "\n"))
            .ToArray();
    }
}
