using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SmtpCodes.Tool.Mail;
using Xunit;

namespace SmtpCodes.Tool.Tests;

/// <summary>
/// <c>smtpcodes diagnose --mail</c> on real messages (Messages/README.md): .eml files, maildirs and mbox files, the
/// JSON Lines fields, the table and summary, and unreadable paths.
/// </summary>
public sealed class MailTests : IDisposable
{
    private static readonly string[] JsonFields =
    [
        "file", "recipient", "action", "enhanced_code", "basic_code", "class", "reason", "hard_bounce", "party",
        "recommended_action", "vendor", "kind",
    ];

    private readonly string folder = Directory.CreateTempSubdirectory("smtpcodes-mail-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Each_failed_recipient_of_a_dsn_is_one_json_object_with_the_documented_fields()
    {
        ToolRun run = ToolRun.Of("diagnose", "--json", "--mail", Message("postfix-unknown-user.eml"), Message("postfix-full-mailbox.eml"));

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        JsonElement[] rows = Rows(run);
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.Equal(JsonFields, row.EnumerateObject().Select(field => field.Name)));
        JsonElement unknown = rows[0];
        Assert.Equal(Message("postfix-unknown-user.eml"), unknown.GetProperty("file").GetString());
        Assert.Equal("nosuchuser@example.test", unknown.GetProperty("recipient").GetString());
        Assert.Equal("failed", unknown.GetProperty("action").GetString());
        Assert.Equal("5.1.1", unknown.GetProperty("enhanced_code").GetString());
        Assert.Equal("permanent", unknown.GetProperty("class").GetString());
        Assert.Equal("userunknown", unknown.GetProperty("reason").GetString());
        Assert.True(unknown.GetProperty("hard_bounce").GetBoolean());
        Assert.Equal("remove-address", unknown.GetProperty("recommended_action").GetString());
        Assert.Equal("delivery-status", unknown.GetProperty("kind").GetString());
        Assert.Equal("full@mailbox.test", rows[1].GetProperty("recipient").GetString());
        Assert.Equal("5.2.2", rows[1].GetProperty("enhanced_code").GetString());
        Assert.False(rows[1].GetProperty("hard_bounce").GetBoolean());
    }

    [Fact]
    public void A_message_without_a_failed_recipient_is_one_object_with_a_null_recipient_and_its_kind()
    {
        ToolRun run = ToolRun.Of("diagnose", "--json", "--mail", Message("enmime-mail-attachment.eml"), Message("flufl-qmail-08-auto-reply.eml"));

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        JsonElement[] rows = Rows(run);
        Assert.Equal(["not-bounce", "auto-reply"], rows.Select(row => row.GetProperty("kind").GetString()));
        Assert.All(rows, row => Assert.Equal(JsonFields, row.EnumerateObject().Select(field => field.Name)));
        Assert.All(rows, row => Assert.All(
            row.EnumerateObject().Where(field => field.Name is not ("file" or "kind")),
            field => Assert.Equal(JsonValueKind.Null, field.Value.ValueKind)));
        // The auto-reply file starts with a From_ line: it is read as an mbox of one message.
        Assert.EndsWith("flufl-qmail-08-auto-reply.eml#1", rows[1].GetProperty("file").GetString());
    }

    [Fact]
    public void A_delay_warning_and_a_plain_text_bounce_give_their_recipients()
    {
        ToolRun run = ToolRun.Of("diagnose", "--json", "--mail", Message("flufl-dsn-08-delayed.eml"), Message("crisp-550-no-such-recipient.eml"));

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        JsonElement[] rows = Rows(run);
        Assert.Equal(2, rows.Length);
        Assert.Equal(("userx@example.de", "delayed", "4.0.0"), Recipient(rows[0]));
        Assert.False(rows[0].GetProperty("hard_bounce").GetBoolean());
        Assert.Equal(("koonzakky@pm.me", "failed", "5.1.1"), Recipient(rows[1]));
        Assert.Equal(550, rows[1].GetProperty("basic_code").GetInt32());
        Assert.Equal("plain-text-bounce", rows[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_maildir_is_read_recursively_in_ordinal_order_and_its_index_files_are_skipped()
    {
        string maildir = Path.Combine(folder, "Maildir");
        Place(Path.Combine(maildir, "cur", "1700000000.M1P1.host:2,S"), "postfix-unknown-user.eml");
        Place(Path.Combine(maildir, "new", "1700000001.M2P1.host"), "enmime-mail-attachment.eml");
        Place(Path.Combine(maildir, ".Bounces", "cur", "1700000002.M3P1.host:2,"), "postfix-full-mailbox.eml");
        Place(Path.Combine(maildir, ".Bounces", "tmp", "1700000003.M4P1.host"), "crisp-550-no-such-recipient.eml");
        File.WriteAllBytes(Path.Combine(maildir, "dovecot.index.log"), [0xC3, 0x01, 0x02, 0x00, 0x3A, 0x00]);
        File.WriteAllText(Path.Combine(maildir, "dovecot-uidlist"), "3 V1700000000 N5 G3a8f\n1 1700000000.M1P1.host:2,S\n");
        File.WriteAllText(Path.Combine(maildir, "subscriptions"), "Bounces\n");

        ToolRun run = ToolRun.Of("diagnose", "--json", "--mail", maildir);

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Equal(
            ["full@mailbox.test", "koonzakky@pm.me", "nosuchuser@example.test", null],
            Rows(run).Select(row => row.GetProperty("recipient").GetString()));

        ToolRun table = ToolRun.Of("diagnose", "--mail", maildir);
        Assert.Contains("4 messages: 2 delivery-status, 1 not-bounce, 1 plain-text-bounce.", table.OutputLines);
        Assert.Contains("3 files were skipped in folders: not mail.", table.OutputLines);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void An_mbox_is_split_at_its_from_lines_and_quoted_from_lines_are_unquoted(string newline)
    {
        string body = "Subject: quoting" + newline + "From: a@b.example" + newline + newline + "Hello," + newline + newline + "From the start" + newline + ">From twice" + newline;
        string[] messages = [Text("postfix-unknown-user.eml"), body, Text("flufl-dsn-08-delayed.eml")];
        string mbox = string.Concat(messages.Select(message =>
            "From MAILER-DAEMON Sun Nov 29 20:52:30 2026" + newline + Quote(message).ReplaceLineEndings(newline) + (message.EndsWith('\n') ? string.Empty : newline) + newline));
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(mbox));
        var split = new List<(int Number, string Text)>();

        Mbox.Split(stream, (number, message) => split.Add((number, Encoding.Latin1.GetString(message))));

        Assert.Equal([1, 2, 3], split.Select(message => message.Number));
        Assert.Contains(newline + ">From the start" + newline + ">>From twice" + newline, mbox);
        Assert.Equal(body, split[1].Text);
        Assert.Equal(Text("postfix-unknown-user.eml").ReplaceLineEndings(newline).TrimEnd(), split[0].Text.TrimEnd());

        string path = Path.Combine(folder, "inbox.mbox");
        File.WriteAllText(path, mbox, Encoding.Latin1);
        ToolRun run = ToolRun.Of("diagnose", "--json", "--mail", path);
        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Equal(
            [(path + "#1", "nosuchuser@example.test"), (path + "#2", null), (path + "#3", "userx@example.de")],
            Rows(run).Select(row => (row.GetProperty("file").GetString(), row.GetProperty("recipient").GetString())));
    }

    [Fact]
    public void The_tool_finds_the_recipients_that_the_library_finds()
    {
        string[] files = Directory.GetFiles(MessagesFolder, "*.eml").Order(StringComparer.Ordinal).ToArray();

        ToolRun run = ToolRun.Of(["diagnose", "--json", "--mail", .. files]);

        var expected = files.SelectMany(file => SmtpBounce.Read(File.ReadAllBytes(file)).Recipients
            .Where(recipient => recipient.Action is SmtpDeliveryAction.Failed or SmtpDeliveryAction.Delayed)
            .Select(recipient => recipient.FinalRecipient));
        Assert.Equal(expected, Rows(run).Select(row => row.GetProperty("recipient").GetString()).Where(recipient => recipient is not null));
    }

    [Fact]
    public void The_table_has_a_row_per_recipient_and_a_summary_by_kind_reason_and_action()
    {
        ToolRun run = ToolRun.Of("diagnose", "--mail", Message("postfix-unknown-user.eml"), Message("flufl-dsn-08-delayed.eml"), Message("enmime-mail-attachment.eml"));

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        string[] lines = run.OutputLines;
        Assert.StartsWith("message ", lines[0]);
        Assert.Matches(@"postfix-unknown-user\.eml nosuchuser@example\.test +failed +5\.1\.1 +permanent +userunknown +yes +remove-address", lines[1]);
        Assert.Matches(@"flufl-dsn-08-delayed\.eml +userx@example\.de +delayed +4\.0\.0 +transient", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
        Assert.Equal("3 messages: 2 delivery-status, 1 not-bounce.", lines[4]);
        Assert.Equal("2 failed or delayed recipients: 1 failed, 1 delayed; 1 hard bounce.", lines[5]);
        Assert.Contains("By reason:", lines);
        Assert.Contains(lines, line => line.StartsWith("  userunknown ", StringComparison.Ordinal) && line.EndsWith(" 50.0 %", StringComparison.Ordinal));
        Assert.Contains("By recommended action:", lines);
    }

    [Fact]
    public void An_unreadable_path_is_one_line_on_standard_error_and_exit_code_1_after_the_others_are_read()
    {
        string missing = Path.Combine(folder, "missing.eml");

        ToolRun run = ToolRun.Of("diagnose", "--json", "--mail", missing, Message("postfix-unknown-user.eml"));

        Assert.Equal(1, run.ExitCode);
        string error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"smtpcodes diagnose: cannot read '{missing}': ", error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("nosuchuser@example.test", Assert.Single(Rows(run)).GetProperty("recipient").GetString());
    }

    [Fact]
    public void A_message_on_standard_input_is_read_with_a_dash_byte_for_byte()
    {
        // The message's own charset decides its text, not the tool's UTF-8: the bytes must reach the reader unchanged.
        byte[] message = File.ReadAllBytes(Message("postfix-unknown-user.eml"));

        ToolRun run = ToolRun.WithBytes(message, inputIsTerminal: false, errorIsTerminal: false, "diagnose", "--json", "--mail", "-");

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        JsonElement row = Assert.Single(Rows(run));
        Assert.Equal("-", row.GetProperty("file").GetString());
        Assert.Equal(("nosuchuser@example.test", "failed", "5.1.1"), Recipient(row));
    }

    [Fact]
    public void An_mbox_on_standard_input_is_split_as_a_file_is_and_read_beside_other_paths()
    {
        string mbox = string.Concat(new[] { "postfix-unknown-user.eml", "flufl-dsn-08-delayed.eml" }.Select(name =>
            "From MAILER-DAEMON Sun Nov 29 20:52:30 2026\n" + Text(name).ReplaceLineEndings("\n") + "\n"));

        ToolRun run = ToolRun.WithBytes(Encoding.Latin1.GetBytes(mbox), inputIsTerminal: false, errorIsTerminal: false, "diagnose", "--json", "--mail", "-", Message("postfix-full-mailbox.eml"));

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Equal(
            [("-#1", "nosuchuser@example.test"), ("-#2", "userx@example.de"), (Message("postfix-full-mailbox.eml"), "full@mailbox.test")],
            Rows(run).Select(row => (row.GetProperty("file").GetString(), row.GetProperty("recipient").GetString())));
    }

    [Fact]
    public void Standard_input_given_twice_is_a_usage_error()
    {
        ToolRun run = ToolRun.With(string.Empty, inputIsTerminal: false, errorIsTerminal: false, "diagnose", "--mail", "-", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard input ('-') can be read only once", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Thousands_of_messages_show_progress_on_a_terminal_and_never_in_the_json()
    {
        string unknown = Text("postfix-unknown-user.eml");
        string path = Path.Combine(folder, "big.mbox");
        using (var writer = new StreamWriter(path, append: false, Encoding.Latin1))
        {
            for (int index = 0; index < 2_500; index++)
            {
                writer.Write("From MAILER-DAEMON Sun Nov 29 20:52:30 2026\n" + unknown + "\n");
            }
        }

        ToolRun run = ToolRun.With(string.Empty, inputIsTerminal: true, errorIsTerminal: true, "diagnose", "--json", "--mail", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2_500, run.OutputLines.Length);
        Assert.Contains("2,000 messages read...", run.Error);
        Assert.DoesNotContain("messages read", run.Output);
    }

    private static string MessagesFolder => Path.Combine(AppContext.BaseDirectory, "Messages");

    private static string Message(string name) => Path.Combine(MessagesFolder, name);

    private static string Text(string name) => Encoding.Latin1.GetString(File.ReadAllBytes(Message(name)));

    /// <summary>Quotes body lines that an mbox writer quotes (mboxrd): "From " and "&gt;From " lines get one more '&gt;'.</summary>
    private static string Quote(string message) =>
        string.Join('\n', message.Split('\n').Select(line => line.TrimStart('>').StartsWith("From ", StringComparison.Ordinal) && !line.StartsWith("From:", StringComparison.Ordinal) ? ">" + line : line));

    private static void Place(string path, string message)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Message(message), path);
    }

    private static JsonElement[] Rows(ToolRun run) => run.OutputLines.Select(line => JsonDocument.Parse(line).RootElement).ToArray();

    private static (string?, string?, string?) Recipient(JsonElement row) =>
        (row.GetProperty("recipient").GetString(), row.GetProperty("action").GetString(), row.GetProperty("enhanced_code").GetString());
}
