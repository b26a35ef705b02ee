using System;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>The shapes real bounces give a reply: codes and text are found in each of them.</summary>
public sealed class ParsingTests
{
    [Theory]
    [InlineData("550 5.1.1 <a@b.example>: Recipient address rejected: User unknown", 550, "5.1.1", "<a@b.example>: Recipient address rejected: User unknown")]
    [InlineData("550-5.7.1 [192.0.2.1] Our system has detected that this message is\n550-5.7.1 likely unsolicited mail. To reduce the amount of spam\n550 5.7.1 sent to Gmail, this message has been blocked.", 550, "5.7.1", "[192.0.2.1] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.")]
    [InlineData("550-5.7.1 [192.0.2.1] Our system has detected that this message is 550-5.7.1 likely unsolicited mail.", 550, "5.7.1", "[192.0.2.1] Our system has detected that this message is likely unsolicited mail.")]
    [InlineData("550 5.7.1 sent to Gmail, this message has been blocked.", 550, "5.7.1", "sent to Gmail, this message has been blocked.")]
    [InlineData("smtp;550 5.2.1 The email account that you tried to reach is disabled.", 550, "5.2.1", "The email account that you tried to reach is disabled.")]
    [InlineData("SMTP; 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.5.3 - chkuser)", 553, "5.5.3", "sorry, that domain isn't in my list of allowed rcpthosts (#5.5.3 - chkuser)")]
    [InlineData("host mx.example.com[192.0.2.7] said: 550 5.1.1 <a@b.example> User doesn't exist (in reply to RCPT TO command)", 550, "5.1.1", "<a@b.example> User doesn't exist")]
    [InlineData("SMTP error from remote mail server after RCPT TO:<user@example.org>: 450 4.2.0 <user@example.org>: Recipient address rejected: Greylisted", 450, "4.2.0", "<user@example.org>: Recipient address rejected: Greylisted")]
    [InlineData("192.0.2.9 does not like recipient.\nRemote host said: 550 User unknown", 550, "", "User unknown")]
    [InlineData("Sorry, no mailbox here by that name. vpopmail (#5.1.1)", 0, "5.1.1", "Sorry, no mailbox here by that name. vpopmail (#5.1.1)")]
    [InlineData("... while talking to mx.example.net.:\n>>> RCPT To:<r@example.net>\n<<< 550 <r@example.net> recipient rejected\n550 5.1.1 <r@example.net>... User unknown", 550, "5.1.1", "<r@example.net> recipient rejected <r@example.net>... User unknown")]
    [InlineData("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", 550, "5.1.10", "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]
    [InlineData("While talking to inbound30.exchangedefender.com: 550 5.5.1 ExchangeDefender does not protect this address", 550, "5.5.1", "ExchangeDefender does not protect this address")]
    [InlineData("While talking to host mx.example.com: -> 550 5.7.1 Relaying denied", 550, "5.7.1", "Relaying denied")]
    [InlineData("554 554 5.7.1 Message rejected", 554, "5.7.1", "Message rejected")]
    [InlineData("550 cuda_nsu 5.1.1 <a@b.example>... User unknown", 550, "5.1.1", "cuda_nsu 5.1.1 <a@b.example>... User unknown")]
    [InlineData("said: 550-Callout verification failed: 550-550 5.1.10 RESOLVER.ADR.RecipientNotFound", 550, "5.1.10", "Callout verification failed: RESOLVER.ADR.RecipientNotFound")]
    [InlineData("421 5.7.32 Your email was blocked", 421, "5.7.32", "Your email was blocked")]
    [InlineData("#550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization ##", 550, "5.2.3", "RESOLVER.RST.SendSizeLimit.Org; message too large for this organization ##")]
    [InlineData("451 mta.example.com Resources temporarily unavailable. Please try again later [#4.16.5].", 451, "", "mta.example.com Resources temporarily unavailable. Please try again later [#4.16.5].")]
    [InlineData("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred - 4.16.55.1", 421, "4.7.0", "[TSS04] Messages from 192.0.2.1 temporarily deferred - 4.16.55.1")]
    [InlineData("X-Postfix; message size 18876259 exceeds size limit 10485760 of server mx.example.com[192.0.2.8]", 0, "", "X-Postfix; message size 18876259 exceeds size limit 10485760 of server mx.example.com[192.0.2.8]")]
    [InlineData("Sorry, you sent more than 500 recipients", 0, "", "Sorry, you sent more than 500 recipients")]
    [InlineData("PERM_FAILURE: SMTP Error (state 9): 550 5.7.1 Your message was blocked", 550, "5.7.1", "Your message was blocked")]
    [InlineData("552 1 Requested mail action aborted, mailbox not found", 552, "", "1 Requested mail action aborted, mailbox not found")]
    [InlineData("550 Postfix 2.3.4 says: no such user (#5.1.1)", 550, "5.1.1", "Postfix 2.3.4 says: no such user (#5.1.1)")]
    [InlineData("250 2.0.0 OK queued as 12345", 250, "2.0.0", "OK queued as 12345")]
    [InlineData("5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM", 0, "5.7.57", "SMTP; Client was not authenticated to send anonymous mail during MAIL FROM")]
    [InlineData("no code at all", 0, "", "no code at all")]
    public void Finds_the_codes_and_the_text(string reply, int basic, string enhanced, string text)
    {
        var found = SmtpReply.TryParse(reply, out var parsed);

        Assert.Equal(basic != 0 || enhanced.Length > 0, found);
        Assert.Equal(basic == 0 ? null : (SmtpReplyCode?)basic, parsed.BasicCode);
        Assert.Equal(enhanced.Length == 0 ? null : SmtpEnhancedStatusCode.Parse(enhanced), parsed.EnhancedCode);
        Assert.Equal(text, parsed.Text);
    }

    [Theory]
    [InlineData("350 Start mail input")]
    [InlineData("150 Opening connection")]
    [InlineData("650 not a class")]
    [InlineData("Error 3.1.1 and 6.1.1 and 5.8.1 are no enhanced codes")]
    [InlineData("Mail from 192.0.2.1 at 4.5.1.2 relayed")]
    public void Classes_other_than_2_4_5_and_subjects_above_7_are_no_codes(string reply)
    {
        Assert.False(SmtpReply.TryParse(reply, out var parsed));
        Assert.Null(parsed.BasicCode);
        Assert.Null(parsed.EnhancedCode);
    }

    [Fact]
    public void The_span_overload_reads_the_same_as_the_string_overload()
    {
        foreach (var reply in CorpusAccuracyTests.Corpus)
        {
            Assert.True(SmtpReply.TryParse(reply.Text, out var fromString) == SmtpReply.TryParse(reply.Text.AsSpan(), out var fromSpan));
            Assert.Equal(fromString.ToString(), fromSpan.ToString());
        }
    }

    [Fact]
    public void Null_and_empty_text_have_no_code()
    {
        Assert.False(SmtpReply.TryParse((string?)null, out var none));
        Assert.Equal(string.Empty, none.Text);
        Assert.False(SmtpReply.TryParse(string.Empty, out _));
        Assert.Equal(SmtpDiagnosisBasis.None, SmtpReply.Diagnose((string?)null).Basis);
    }

    [Fact]
    public void ToString_writes_codes_and_text()
    {
        SmtpReply.TryParse("smtp; 550-5.1.1 no such user", out var reply);
        Assert.Equal("550 5.1.1 no such user", reply.ToString());
        Assert.Equal(SmtpReplyClass.Permanent, reply.Class);
    }
}
