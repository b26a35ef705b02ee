using System;
using System.Linq;
using System.Text;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Bounces are written by strangers: huge, deeply nested, broken messages are read without an exception, with the
/// nesting bounded, and in work proportional to their length. Work is counted (characters the MIME parser read), not
/// timed: timings belong to the benchmarks.
/// </summary>
public sealed class HostileMessageTests
{
    [Fact]
    public void A_thousand_nested_multiparts_stop_at_the_depth_limit_in_bounded_work()
    {
        var message = new StringBuilder("Subject: deep\n");
        for (int level = 0; level < 1000; level++)
        {
            message.Append("Content-Type: multipart/mixed; boundary=\"b").Append(level).Append("\"\n\n--b").Append(level).Append('\n');
        }

        message.Append("Content-Type: text/plain\n\n550 5.1.1 <a@b.example>: User unknown\n");
        string text = message.ToString();

        var parser = new SmtpMimeParser();
        SmtpMimeEntity root = parser.ParseAll(text);
        Assert.True(Depth(root) <= SmtpMimeParser.MaxDepth + 1, "depth " + Depth(root));
        Assert.True(parser.CharactersRead <= (SmtpMimeParser.MaxDepth + 2L) * text.Length, $"{parser.CharactersRead} characters read for {text.Length}");
        Assert.NotNull(SmtpBounce.Read(text));
    }

    [Fact]
    public void A_thousand_nested_returned_messages_stop_at_the_depth_limit()
    {
        string text = string.Concat(Enumerable.Repeat("Content-Type: message/rfc822\n\n", 1000)) + "Subject: inner\n\nbody\n";
        var parser = new SmtpMimeParser();
        SmtpMimeEntity root = parser.ParseAll(text);
        Assert.True(Depth(root) <= SmtpMimeParser.MaxDepth + 1);
        Assert.True(parser.CharactersRead <= (SmtpMimeParser.MaxDepth + 2L) * text.Length);
    }

    [Fact]
    public void A_report_of_forty_thousand_status_groups_is_read_for_at_most_the_recipient_limit()
    {
        // Each recipient is compared with the ones before it (a report repeats a recipient per alias expansion): without
        // the limit, equal-length addresses that differ only at their end make that work quadratic in the groups.
        var message = new StringBuilder("Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n")
            .Append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n")
            .Append("--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n");
        for (int group = 0; group < 40000; group++)
        {
            message.Append("Final-Recipient: rfc822; ").Append('a', 40).Append(group.ToString("D6")).Append("@example.org\n")
                .Append("Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 ").Append('x', 100).Append(group.ToString("D6")).Append("\n\n");
        }

        SmtpBounce bounce = SmtpBounce.Read(message.Append("--b--\n").ToString());
        Assert.Equal(SmtpBounceReader.MaxRecipients, bounce.Recipients.Count);
        Assert.Equal(new string('a', 40) + "000000@example.org", bounce.Recipients[0].FinalRecipient);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(70000, false)]
    public void A_notice_is_read_for_its_recipients_in_its_first_64_KB_only(int filler, bool found)
    {
        // Every recipient is looked for in the notice's text: the bound keeps a notice of megabytes with hundreds of
        // recipients from taking work of its length times its recipients (SmtpBounceReader.MaxHumanText).
        string text = "From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\n\n"
            + "This is the mail system at host mx.example.\n\n" + new string('x', filler) + "\n\n"
            + "<bob@example.org>: host mx.example.org said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n";
        SmtpBounce bounce = SmtpBounce.Read(text);
        Assert.Equal(found, bounce.Recipients.Any(recipient => recipient.FinalRecipient == "bob@example.org"));
        Assert.True(SmtpBounceReader.MaxHumanText < 70000 && SmtpBounceReader.MaxHumanText > 1000);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Five_hundred_addresses_are_found_in_a_64_KB_text_in_one_pass(bool buffer)
    {
        // A report's recipients are each looked for in its notice (where the notice names the command a reply answered):
        // one search each would read the text once per recipient. The C# 7.3 engine, whose search of a decoded buffer is
        // a character loop, finds them in one pass (SmtpFirstOccurrences); each answer is the first place IndexOf finds.
        var text = new StringBuilder();
        while (text.Length < SmtpBounceReader.MaxHumanText)
        {
            int line = text.Length / 100;
            text.Append(line % 7 == 0 ? $"<User{line % 700:D3}@Example.ORG>: 550 5.1.1 unknown (in reply to MAIL FROM command)\n" : $"x{line}user{line % 700:D3}@example.org.uk; the mail system could not deliver it\n");
        }

        string notice = text.ToString();
        string[] addresses = Enumerable.Range(0, SmtpBounceReader.MaxRecipients).Select(i => $"user{i:D3}@example.org").Append("USER001@EXAMPLE.ORG").Append("nobody@example.org").ToArray();
        (int[] indexes, int charactersRead) = EngineWithoutSpans.FirstOccurrences(notice, 0, notice.Length, addresses, buffer);

        Assert.True(charactersRead <= notice.Length, $"{charactersRead} characters read for {notice.Length}");
        for (int i = 0; i < addresses.Length; i++)
        {
            Assert.Equal(notice.IndexOf(addresses[i], StringComparison.OrdinalIgnoreCase), indexes[i]);
        }
    }

    [Fact]
    public void A_report_of_500_recipients_reads_each_one_s_paragraph_in_its_notice()
    {
        // The net10.0 engine looks for each address alone; the C# 7.3 engine, past its first searches
        // (SmtpBounceReader.AddressSearchesAlone), for every address at once. Each recipient is read from its own
        // paragraph in both.
        var message = new StringBuilder("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n")
            .Append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n");
        for (int i = 0; i < SmtpBounceReader.MaxRecipients; i++)
        {
            string command = i % 2 == 0 ? "MAIL FROM" : "RCPT TO";
            message.Append($"<user{i:D3}@example.org>: host mx.example.org said: 550 5.1.1 User unknown (in reply to {command} command)\n\n");
        }

        message.Append(new string('x', SmtpBounceReader.MaxHumanText)).Append("\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n");
        for (int i = 0; i < SmtpBounceReader.MaxRecipients; i++)
        {
            message.Append($"Final-Recipient: rfc822; user{i:D3}@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n");
        }

        string text = message.Append("--b--\n").ToString();

        // A refusal at MAIL FROM is about the sender's address, never the recipient's unknown user.
        string[] expected = Enumerable.Range(0, SmtpBounceReader.MaxRecipients)
            .Select(i => $"user{i:D3}@example.org {(i % 2 == 0 ? SmtpBounceReason.Rejected : SmtpBounceReason.UserUnknown)}").ToArray();
        Assert.Equal(expected, SmtpBounce.Read(text).Recipients.Select(recipient => $"{recipient.FinalRecipient} {recipient.Diagnosis.Reason}"));
        Assert.True(EngineWithoutSpans.AddressSearchesAlone < SmtpBounceReader.MaxRecipients);
        Assert.Equal(expected, EngineWithoutSpans.Read(text, fromBytes: false));
        Assert.Equal(expected, EngineWithoutSpans.Read(text, fromBytes: true));
    }

    [Fact]
    public void Five_hundred_addresses_are_looked_for_in_the_first_64_KB_of_a_ten_megabyte_notice_only()
    {
        // The net10.0 engine searches a notice once per recipient: its worst case is the reader's limits, MaxRecipients
        // searches of MaxHumanText characters (500 vectorised searches of 64 KB: 8.7 ms in AddressSearchBenchmarks,
        // session 16), never the notice's length. Here every paragraph lies past those 64 KB: were the notice searched
        // whole, each recipient would be read as refused at MAIL FROM (Rejected), in work of 500 times 10 MB.
        var message = new StringBuilder("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n")
            .Append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n")
            .Append(new string('x', 10_000_000)).Append("\n\n");
        for (int i = 0; i < SmtpBounceReader.MaxRecipients; i++)
        {
            message.Append($"<user{i:D3}@example.org>: host mx.example.org said: 550 5.1.1 User unknown (in reply to MAIL FROM command)\n\n");
        }

        message.Append("--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n");
        for (int i = 0; i < SmtpBounceReader.MaxRecipients; i++)
        {
            message.Append($"Final-Recipient: rfc822; user{i:D3}@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n");
        }

        SmtpBounce bounce = SmtpBounce.Read(message.Append("--b--\n").ToString());

        Assert.Equal(SmtpBounceReader.MaxRecipients, bounce.Recipients.Count);
        Assert.All(bounce.Recipients, recipient => Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason));
        Assert.True((long)SmtpBounceReader.MaxRecipients * SmtpBounceReader.MaxHumanText <= 32L * 1024 * 1024, "the worst case of the address searches grew");
    }

    [Fact]
    public void Ten_thousand_parts_are_bounded_by_the_entity_limit()
    {
        var message = new StringBuilder("Content-Type: multipart/mixed; boundary=x\n\n");
        for (int part = 0; part < 10000; part++)
        {
            message.Append("--x\nContent-Type: text/plain\n\n<u").Append(part).Append("@example.org>: 550 no such user\n");
        }

        var parser = new SmtpMimeParser();
        SmtpMimeEntity root = parser.ParseAll(message.ToString());
        var all = new System.Collections.Generic.List<SmtpMimeEntity>();
        root.CollectAll(all);
        Assert.True(all.Count <= SmtpMimeParser.MaxEntities + 1, all.Count.ToString());
    }

    [Fact]
    public void A_ten_megabyte_bounce_is_read_in_linear_work()
    {
        string attachment = Convert.ToBase64String(new byte[7_500_000]);
        string text = "From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n"
            + "--r\nContent-Type: text/plain\n\n<gone@example.org>: host mx.example.org said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n"
            + "--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; gone@example.org\nAction: failed\nStatus: 5.1.1\n\n"
            + "--r\nContent-Type: message/rfc822\n\nContent-Type: multipart/mixed; boundary=\"a\"\n\n--a\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"
            + attachment + "\n--a--\n--r--\n";
        Assert.True(text.Length > 10_000_000);

        var parser = new SmtpMimeParser();
        parser.ParseAll(text);
        Assert.True(parser.CharactersRead <= 4L * text.Length, $"{parser.CharactersRead} characters read for {text.Length}");

        SmtpBounce bounce = SmtpBounce.Read(text);
        Assert.Equal("gone@example.org", Assert.Single(bounce.Recipients).FinalRecipient);
    }

    [Theory]
    [InlineData("Content-Type: multipart/report; report-type=delivery-status; boundary=\"missing\"\n\nno boundary ever appears\n<a@b.example>: 550 5.1.1 unknown\n")]
    [InlineData("Content-Type: multipart/mixed; boundary=\n\n--\n\n--\n")]
    [InlineData("Content-Type: multipart/mixed; boundary=\"x\"\n\n--x\nContent-Transfer-Encoding: base64\nContent-Type: message/rfc822\n\n!!!!====****\n--x--")]
    [InlineData("Content-Type: message/delivery-status\n\n\n\n:\n::\nFinal-Recipient:\nAction:\nStatus: 9.9.9.9\nDiagnostic-Code: ;\n")]
    [InlineData("Subject: =?=?=?=?utf-8?B?===?= =?x?Q?=ZZ?=\n\n")]
    [InlineData("Content-Type: text/html\n\n<<<<<<>>>>><script><p>&#99999999;&#;&amp<b")]
    [InlineData("\0\0\0\u00FF\u00FE\r\r\r\n\n\n--\u0001")]
    public void Broken_messages_are_read_without_an_exception(string message)
    {
        SmtpBounce bounce = SmtpBounce.Read(message);
        Assert.NotNull(bounce);
        Assert.NotNull(bounce.Recipients);
    }

    private static int Depth(SmtpMimeEntity entity) => 1 + (entity.Children.Count == 0 ? 0 : entity.Children.Max(Depth));
}
