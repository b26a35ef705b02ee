using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Exim fails an address whose retry time is exceeded (the Exim specification, "Retry configuration": once an address
/// has been failing for longer than its retry rule's cutoff, it is bounced) with the message of its last deferral and
/// ": retry timeout exceeded" after it (src/retry.c). The reply diagnoser reads such a reply by the one rule for retries
/// that ran out (SmtpReplyRules.EndsAsExpired, catalog/README.md "Retries that ran out"), as the bounce reader does:
/// the last error decides where it names a cause on the recipient's or the sender's side, and the reply is Expired
/// where it names none (a network failure, a remote system error, a bare temporary code). Before, the longer of the
/// phrases decided, so "retry timeout exceeded" outranked a short cause such as "Mailbox full".
/// </summary>
public sealed class RetriesRanOutReplyTests
{
    [Theory]
    // The retry chapter's error "quota" (a mailbox over quota) as a remote server words it at RCPT TO.
    [InlineData("SMTP error from remote mail server after RCPT TO:<u@example.org>: 452 4.2.2 Mailbox full: retry timeout exceeded", SmtpBounceReason.MailboxFull)]
    // Its "rcpt_4xx": a temporary refusal of the recipient that names the cause.
    [InlineData("SMTP error from remote mail server after RCPT TO:<u@example.org>: 450 4.1.1 <u@example.org>: Recipient address rejected: User unknown in local recipient table: retry timeout exceeded", SmtpBounceReason.UserUnknown)]
    public void A_last_error_that_names_a_cause_stays_the_reason_in_its_own_class(string reply, SmtpBounceReason reason)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.Equal(SmtpReplyClass.Transient, diagnosis.Class);
        Assert.False(diagnosis.IsHardBounce);
        Assert.Equal(SmtpReply.Diagnose(reply.Substring(0, reply.Length - ": retry timeout exceeded".Length)).Reason, reason);
    }

    [Fact]
    public void A_last_error_without_a_code_takes_the_permanent_class_of_a_message_given_up()
    {
        // appendfile's "mailbox is full" (the retry chapter's "quota" error for a local delivery) carries no code.
        var diagnosis = SmtpReply.Diagnose("save to /var/mail/u mailbox is full: retry timeout exceeded.\n");

        Assert.Equal(SmtpBounceReason.MailboxFull, diagnosis.Reason);
        Assert.Equal(SmtpReplyClass.Permanent, diagnosis.Class);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Theory]
    // The retry chapter's "timeout" and "refused" errors: the destination did not answer for the whole retry period.
    [InlineData("Connection timed out: retry timeout exceeded")]
    [InlineData("T=remote_smtp: Connection refused: retry timeout exceeded")]
    // A remote system's own failure, and a bare temporary code, name no cause that outlasts the expiry.
    [InlineData("SMTP error from remote mail server after RCPT TO:<u@example.org>: 451 Temporary local problem - please try later: retry timeout exceeded")]
    [InlineData("SMTP error from remote mail server after RCPT TO:<u@example.org>: 450 TEMPERROR: retry timeout exceeded")]
    // A remote system short of storage (RFC 5321's own 452 text; X.3.1) is the system's state, not the recipient's mailbox.
    [InlineData("SMTP error from remote mail server after RCPT TO:<u@example.org>: 452 Requested action not taken: insufficient system storage: retry timeout exceeded")]
    [InlineData("SMTP error from remote mail server after RCPT TO:<u@example.org>: 452 4.3.1 Insufficient system resources: retry timeout exceeded")]
    public void A_last_error_that_names_no_cause_reads_as_expired(string reply)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.Expired, diagnosis.Reason);
        Assert.False(diagnosis.IsHardBounce);
    }

    [Theory]
    [InlineData("retry timeout exceeded")]
    [InlineData(": retry timeout exceeded")]
    [InlineData("x: RETRY TIMEOUT EXCEEDED : retry timeout exceeded")]
    public void The_suffix_alone_or_not_at_the_end_leaves_the_whole_reply_to_decide(string reply)
    {
        Assert.Equal(SmtpBounceReason.Expired, SmtpReply.Diagnose(reply).Reason);
        Assert.Equal(SmtpBounceReason.Expired, SmtpReply.Diagnose(global::System.MemoryExtensions.AsSpan(reply)).Reason);
    }

    [Fact]
    public void A_long_chain_of_suffixes_is_read_in_linear_time_without_an_exception()
    {
        var reply = "452 4.2.2 Mailbox full" + string.Concat(global::System.Linq.Enumerable.Repeat(": retry timeout exceeded", 20000));

        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.MailboxFull, diagnosis.Reason);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(".\r\n")]
    public void Blanks_and_full_stops_after_the_suffix_are_read_in_one_pass_without_an_exception(string filler)
    {
        var tail = string.Concat(global::System.Linq.Enumerable.Repeat(filler, 50000));

        Assert.Equal(SmtpBounceReason.MailboxFull, SmtpReply.Diagnose("452 4.2.2 Mailbox full: retry timeout exceeded" + tail).Reason);
        Assert.Equal(SmtpBounceReason.Undefined, SmtpReply.Diagnose(tail).Reason);
        Assert.Equal(SmtpBounceReason.Expired, SmtpReply.Diagnose(": retry timeout exceeded" + tail).Reason);
    }
}
