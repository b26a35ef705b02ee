using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>The corpus manifest is complete and its held-out part is the one its rule chose (Corpus/README.md).</summary>
public sealed class CorpusManifestTests
{
    private static readonly string[] Kinds = { "delivery-status", "plain-bounce", "auto-reply", "feedback-report", "not-bounce" };

    [Fact]
    public void Every_message_file_is_listed_once_and_every_listed_file_exists()
    {
        var listed = BounceCorpus.All.Select(message => message.File).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var onDisk = Directory.GetFiles(BounceCorpus.Folder, "*.eml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(BounceCorpus.Folder, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal);
        Assert.Equal(onDisk, listed.OrderBy(path => path, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_row_has_a_kind_an_MTA_and_well_formed_labels()
    {
        foreach (var message in BounceCorpus.All)
        {
            Assert.Contains(message.Kind, Kinds);
            Assert.False(string.IsNullOrWhiteSpace(message.Mta), message.File);
            foreach (var recipient in message.Recipients)
            {
                Assert.Contains(recipient.Action, new[] { "failed", "delayed" });
                Assert.True(recipient.Status.Length == 0 || SmtpEnhancedStatusCode.TryParse(recipient.Status, out _), message.File + " " + recipient.Status);
            }

            Assert.True(message.IsBounce || message.Recipients.Count == 0, message.File);
        }
    }

    [Fact]
    public void The_held_out_part_is_the_one_the_rule_chose()
    {
        foreach (var message in BounceCorpus.All)
        {
            string unit = SourceUnit(message.File);
            byte first = SHA256.HashData(Encoding.UTF8.GetBytes(unit))[0];
            Assert.True((first < 0x56 ? "heldout" : "development") == message.Split, $"{message.File}: unit {unit} is {message.Split}");
        }
    }

    [Fact]
    public void The_corpus_has_the_size_and_variety_the_figures_rest_on()
    {
        var bounces = BounceCorpus.All.Where(message => message.IsBounce).ToList();
        Assert.True(bounces.Count >= 200, bounces.Count.ToString());
        Assert.True(bounces.Select(message => message.Mta).Distinct().Count() >= 30);
        Assert.True(BounceCorpus.Part("heldout").Count(message => message.IsBounce) >= 25);
    }

    /// <summary>A source unit: the folder, or for flufl.bounce one fixture family (the file-name prefix).</summary>
    private static string SourceUnit(string file)
    {
        string folder = file.Substring(0, file.IndexOf('/'));
        string name = Path.GetFileNameWithoutExtension(file);
        return folder switch
        {
            "flufl.bounce" => "flufl.bounce/" + name.Substring(0, name.LastIndexOf('_')),
            "crisp-oss-email-bounce-parser" => "crisp-oss/email-bounce-parser",
            _ => folder,
        };
    }
}
