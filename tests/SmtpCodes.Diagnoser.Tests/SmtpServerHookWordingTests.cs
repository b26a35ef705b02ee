using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Reply texts that SMTP servers' own hooks and checks write, and the bounce categories of a sending MTA's default
/// configuration, each read by the catalog row that cites its writer: Apache James's fastfail handlers (greylisting,
/// its DNS blocklist restriction, an unresolvable HELO, SPF lookup problems), maddy's check modules
/// (authorize_sender), Haraka's early_talker, access and fcrdns plugins and DSN module, qpsmtpd's check_basicheaders,
/// and PowerMTA's default bounce-category-patterns. Each reply is the writer's own text with its code; before these
/// rows each read as another reason (the comment above each group says which).
/// </summary>
public sealed class SmtpServerHookWordingTests
{
    [Theory]
    // Apache James's greylisting under X.4.3, which alone reads as a network failure.
    [InlineData("451 4.4.3 Temporary rejected: Please try again later", SmtpBounceReason.Greylisted, "TextJamesGreylisting")]
    [InlineData("451 4.4.3 Temporary rejected: Reconnect to fast. Please try again later", SmtpBounceReason.Greylisted, "TextJamesGreylisting")]
    // Apache James's DNSRBL restriction (a policy violation by X.7.1 before) and unresolvable HELO (a syntax error by X.5.4).
    [InlineData("530 5.7.1 Rejected: unauthenticated e-mail from /192.0.2.1 is restricted.  Contact the postmaster for details.", SmtpBounceReason.Blocked, "TextJamesDnsblRestriction")]
    [InlineData("501 5.5.4 Provided EHLO/HELO host.example can not resolved.", SmtpBounceReason.Blocked, "TextJamesUnresolvableHelo")]
    // Apache James's SPF temperror under X.4.3 (a network failure before).
    [InlineData("451 4.4.3 Temporarily rejected: Problem on SPF lookup", SmtpBounceReason.AuthFailure, "TextSpfLookupFailure")]
    // A sender address the authenticated user does not own: James (a policy violation by X.7.1) and maddy (a security error by X.7.0).
    [InlineData("503 5.7.1 Incorrect Authentication for Specified Email Address", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    [InlineData("553 5.7.0 Unauthorized use of sender address", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    // Session 43 round three (tuner now43e): the same refusal in Microsoft Exchange Online's words (SendAsDenied under 5.2.252,
    // and its older STOREDRV form under 5.2.0, which read 5.2.0's system error before; gophish issues 2900 and 2670,
    // rss2email issue 147, MicrosoftDocs/OfficeDocs-Support issue 1187) and Haraka's LDAP authorization plugin's MAIL FROM
    // refusal (tasansga/haraka-ldap authz_ldap.js; Undefined under a bare 550 before).
    [InlineData("554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    [InlineData("554 5.2.0 SendAsDenied; ann@example.com not allowed to send as bob@example.org", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    [InlineData("550 User not allowed to send from this address.", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    // Session 48 round one (tuner now48b): the row's "not allowed to send as" with the verdict "may not" (a
    // policy violation by X.7.1 before).
    [InlineData("550 5.7.1 this account may not send as ann@example.org", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    // Session 59 round one (tuner now59j): submission servers' "does not match authenticated" (an aiosmtpd handler's 553, a
    // multi-tenant relay's tenant, a PHP server's "the authenticated user"; servers in the search index, their repositories
    // not named there), context phrases of the row: a policy violation by X.7.1 before.
    [InlineData("553 5.7.1 Sender address does not match authenticated user", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    [InlineData("550 5.7.1 sender address does not match authenticated tenant", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    [InlineData("550 5.7.1 Sender address does not match the authenticated user", SmtpBounceReason.Rejected, "TextSenderNotAuthorizedForAddress")]
    // Required header fields: maddy under X.7.0 (a security error before) and qpsmtpd under a bare 550 (Undefined).
    [InlineData("550 5.7.0 Missing From header", SmtpBounceReason.NotCompliantRfc, "TextRequiredHeaderFieldsInvalid")]
    [InlineData("550 5.7.0 Multiple From addresses are not allowed", SmtpBounceReason.NotCompliantRfc, "TextRequiredHeaderFieldsInvalid")]
    [InlineData("550 We require a valid Date header", SmtpBounceReason.NotCompliantRfc, "TextRequiredHeaderFieldsInvalid")]
    // Haraka: access plugin and fcrdns (Undefined under a bare 550), early_talker (Undefined), the DSN module's default text (a policy violation by X.7.1).
    [InlineData("550 a@example.com That sender cannot send mail here", SmtpBounceReason.Rejected, "TextHarakaSenderChecks")]
    [InlineData("550 Email from that domain is not accepted here.", SmtpBounceReason.Rejected, "TextHarakaSenderChecks")]
    [InlineData("550 You talk too soon", SmtpBounceReason.SyntaxError, "TextHarakaEarlyTalker")]
    [InlineData("550 5.7.1 Bad sender IP", SmtpBounceReason.Blocked, "TextHarakaBadSenderIp")]
    [InlineData("550 Sorry, no FCrDNS match found", SmtpBounceReason.RequirePtr, "TextHarakaFcrdnsMismatch")]
    // PowerMTA's default bounce categories under a bare 550 (Undefined before).
    [InlineData("550 account expired", SmtpBounceReason.Suspend, "TextPowerMtaInactiveMailbox")]
    [InlineData("550 usuario inativo", SmtpBounceReason.Suspend, "TextPowerMtaInactiveMailbox")]
    [InlineData("550 illegal user", SmtpBounceReason.UserUnknown, "TextPowerMtaBadMailbox")]
    [InlineData("550 domain no longer in use", SmtpBounceReason.HostUnknown, "TextPowerMtaBadDomain")]
    public void A_writer_reply_reads_as_the_reason_its_row_gives(string reply, SmtpBounceReason reason, string entry)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(entry, diagnosis.CatalogEntry);
    }

    [Theory]
    // Session 43 round three (tuner now43e): nearby words keep their own readings beside TextSenderNotAuthorizedForAddress's
    // send-as phrases: an SPF refusal ("is not allowed to send from <domain> per its SPF record"), Exchange's "Client does
    // not have permissions to send as this sender" (its own row), a log-in demand to send as a domain, and Exchange
    // Online's 5.2.252 SendAsDenied (its vendor row).
    [InlineData("550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again.", SmtpBounceReason.AuthFailure, null)]
    [InlineData("550 5.7.60 SMTP; Client does not have permissions to send as this sender", SmtpBounceReason.SecurityError, "ExchangeSendAsPermissionDenied")]
    [InlineData("550 5.7.1 Authentication required to send as pi.test", SmtpBounceReason.SecurityError, null)]
    [InlineData("554 5.2.252 SendAsDenied; ann@example.com not allowed to send as bob@example.org; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied", SmtpBounceReason.Rejected, "ExchangeOnlineSendAsDenied")]
    // Session 59 round one (tuner now59j): "does not match authenticated" is a context phrase, a frame beside which a named
    // cause decides: spam, an unknown user (hard), a DNS blocklist, an SPF or DKIM failure, a rate; Postfix's "not owned by
    // user" keeps its own sender row. Each would read Rejected by TextSenderNotAuthorizedForAddress were the phrase a literal.
    [InlineData("550 5.7.1 Sender address does not match authenticated user; message rejected as spam", SmtpBounceReason.SpamDetected, "TextSpamDetected")]
    [InlineData("550 5.1.1 User unknown; sender address does not match authenticated user", SmtpBounceReason.UserUnknown, "TextUserUnknown")]
    [InlineData("550 5.7.1 Sender address does not match authenticated user; client host blocked using zen.spamhaus.org", SmtpBounceReason.Blocked, "SpamhausZen")]
    [InlineData("550 5.7.23 SPF fail: sender address does not match authenticated domain", SmtpBounceReason.AuthFailure, "TextAuthFailure")]
    [InlineData("550 5.7.1 DKIM signature does not match authenticated domain", SmtpBounceReason.AuthFailure, "TextAuthFailure")]
    [InlineData("451 4.7.1 Sender address does not match authenticated user, rate limit exceeded", SmtpBounceReason.RateLimited, "TextSendingRateInWords")]
    // Session 59 review: a full mailbox and a DNS failure named beside the words decide too (both fail were the phrases
    // literals: checked; of the controls above, the unknown user, Spamhaus and SPF ones do not, a longer row decides them).
    [InlineData("550 5.7.1 Sender address does not match authenticated user; mailbox full", SmtpBounceReason.MailboxFull, "TextMailboxFull")]
    [InlineData("550 5.7.1 Sender address does not match authenticated user; Host or domain name not found", SmtpBounceReason.HostUnknown, "TextHostUnknown")]
    [InlineData("553 5.7.1 <neko@example.org>: Sender address rejected: not owned by user kijitora; sender address does not match authenticated user", SmtpBounceReason.Rejected, "TextPostfixSenderPolicy")]
    public void Nearby_sender_words_keep_their_readings(string reply, SmtpBounceReason reason, string? entry)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        if (entry is not null)
        {
            Assert.Equal(entry, diagnosis.CatalogEntry);
        }
    }

    [Fact]
    public void A_sendmail_not_our_customer_under_x_1_6_stays_a_moved_mailbox()
    {
        // PowerMTA files 'not our customer' as bad-mailbox; development's eg-sendmail-22 answers it under 551 and 5.1.6.
        var diagnosis = SmtpReply.Diagnose("551 5.1.6 not our customer");

        Assert.Equal(SmtpBounceReason.HasMoved, diagnosis.Reason);
    }
}
