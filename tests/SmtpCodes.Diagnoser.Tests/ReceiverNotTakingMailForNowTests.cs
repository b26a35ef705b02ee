using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Session 58 round three (tuner now58y): the receiving system's own state in its own words, a system error, soft,
/// whatever detail code comes with them. "Not accepting mail right now" is what Cloudflare Email Workers set as their
/// rejection when their own forwarding or endpoint is not configured (three programs' public sources), where X.3.2 alone
/// read NotAccept, a server that takes no mail at all. "Message could not be stored" is the passive of
/// TextMessageNotStoredInWords' "could not store message" (Exim's spool write failure, Postfix's queue file write error),
/// where a 552 read a full mailbox and a 554 a content error. Each is a context phrase: a cause named beside it decides,
/// and a reply about the sender keeps its reading (the controls).
/// Session 60 round three (tuner now60y): a receiving server that says it is "shutting down"
/// (TextServerShuttingDownInWords), where X.3.2 alone read NotAccept and a bare 554 Rejected: Nodemailer's smtp-server
/// package answers every command that comes while it closes, and every connection still open when it stops,
/// "421 Server shutting down"; RFC 5321 gives 421 to a service that knows it must shut down. A context phrase too: the
/// words say that the session ends, not why (written plain, they outranked "Sender address rejected" beside them).
/// Session 60 review of round three: the server is the words' subject ("server shutting down", "server is shutting
/// down"); the bare "shutting down" reads so only under X.3.2 (ShuttingDownUnderSystemNotAcceptingCode, a context phrase
/// scoped to the code, whose RFC 3463 description names an imminent shutdown), since unscoped it outranked another
/// code's own reading where no phrase named the cause (X.1.1's unknown user, hard, X.4.3's DNS failure: controls).
/// Session 62 round two (tuner now62e): "busy" under X.3.2 (BusyUnderSystemNotAcceptingCode), where X.3.2 alone read
/// NotAccept: RFC 3463 names excessive load among the code's examples, and small SMTP servers answer with the word under
/// 4.3.2 when their connection slots are full ("421 4.3.2 too busy, try again later", "421 4.3.2 Service busy", "421
/// 4.3.2 System busy, network load limits active"). A context phrase scoped to the code, as "shutting down" is: a cause
/// named beside the word decides, and without X.3.2 the word reads nothing.
/// </summary>
public sealed class ReceiverNotTakingMailForNowTests
{
    private static readonly string[] RowsOfThisFile =
    {
        "TextNotAcceptingMailForNowInWords", "TextMessageNotStoredInWords", "TextServerShuttingDownInWords",
        "ShuttingDownUnderSystemNotAcceptingCode", "BusyUnderSystemNotAcceptingCode",
    };

    [Theory]
    [InlineData("451 4.3.2 This address is not accepting mail right now. Please try again later.", "TextNotAcceptingMailForNowInWords")]
    [InlineData("550 This address is not accepting mail right now.", "TextNotAcceptingMailForNowInWords")]
    [InlineData("552 Message could not be stored", "TextMessageNotStoredInWords")]
    [InlineData("554 Message could not be queued", "TextMessageNotStoredInWords")]
    // smtp-server's own reply (no enhanced code; the basic code's row decided before), and the same words under X.3.2,
    // which alone reads NotAccept, and under X.3.0.
    [InlineData("421 Server shutting down", "TextServerShuttingDownInWords")]
    [InlineData("421 4.3.2 Server shutting down", "TextServerShuttingDownInWords")]
    [InlineData("451 4.3.2 Server shutting down", "TextServerShuttingDownInWords")]
    [InlineData("421 4.3.0 Server shutting down", "TextServerShuttingDownInWords")]
    // Session 60 review: the bare words under X.3.2, which alone reads NotAccept (a context phrase scoped to the code).
    [InlineData("421 4.3.2 Shutting down", "ShuttingDownUnderSystemNotAcceptingCode")]
    [InlineData("451 4.3.2 mx.example.org is shutting down", "ShuttingDownUnderSystemNotAcceptingCode")]
    // Session 62 round two: the writers' own replies when their slots are full (each read NotAccept by X.3.2 before).
    [InlineData("421 4.3.2 too busy, try again later", "BusyUnderSystemNotAcceptingCode")]
    [InlineData("421 4.3.2 too busy, try later", "BusyUnderSystemNotAcceptingCode")]
    [InlineData("421 4.3.2 Service busy", "BusyUnderSystemNotAcceptingCode")]
    [InlineData("421 4.3.2 System busy, network load limits active", "BusyUnderSystemNotAcceptingCode")]
    public void The_receivers_own_state_reads_a_system_error(string reply, string entry)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(SmtpBounceReason.SystemError, diagnosis.Reason);
        Assert.Equal(entry, diagnosis.CatalogEntry);
        Assert.False(diagnosis.IsHardBounce == true);
    }

    [Theory]
    // A cause named beside the words decides.
    [InlineData("452 4.2.2 Not accepting mail right now: mailbox full", SmtpBounceReason.MailboxFull)]
    [InlineData("554 5.7.1 Not accepting mail right now: client host blocked using zen.spamhaus.org", SmtpBounceReason.Blocked)]
    [InlineData("550 5.1.1 User unknown; not accepting mail right now", SmtpBounceReason.UserUnknown)]
    [InlineData("552 5.2.2 Message could not be stored: quota exceeded", SmtpBounceReason.MailboxFull)]
    [InlineData("554 5.7.1 Message could not be stored: virus found", SmtpBounceReason.VirusDetected)]
    [InlineData("421 4.7.0 Too many connections from 192.0.2.1, shutting down", SmtpBounceReason.RateLimited)]
    [InlineData("421 4.3.2 Too many connections from 192.0.2.1, shutting down", SmtpBounceReason.RateLimited)]
    [InlineData("421 4.3.2 Mailbox full, shutting down", SmtpBounceReason.MailboxFull)]
    [InlineData("554 5.7.1 Client host blocked using zen.spamhaus.org; server shutting down", SmtpBounceReason.Blocked)]
    [InlineData("452 4.2.2 Mailbox full; server shutting down", SmtpBounceReason.MailboxFull)]
    [InlineData("550 5.1.1 User unknown; server shutting down", SmtpBounceReason.UserUnknown)]
    [InlineData("421 4.3.1 Insufficient system storage, shutting down", SmtpBounceReason.SystemFull)]
    // A reply about the sender stays the sender's.
    [InlineData("553 5.1.8 Sender address rejected: domain not accepting mail right now", SmtpBounceReason.Rejected)]
    // Session 60 round three: both fail with "shutting down" written plain (it reads SystemError).
    [InlineData("553 5.1.8 Sender address rejected: domain shutting down", SmtpBounceReason.Rejected)]
    [InlineData("550 5.7.1 <bob@example.org>: Sender address rejected: server shutting down", SmtpBounceReason.Rejected)]
    // Session 58 review: under X.7.1, whose code names no cause, the refused sender before or after the words keeps the
    // sender's reading (TextSenderRejected's aligned pieces); the longer context phrase read SystemError before (a
    // Postfix access map's REJECT text after its "Sender address rejected:").
    [InlineData("550 5.7.1 <bob@example.org>: Sender address rejected: not accepting mail right now", SmtpBounceReason.Rejected)]
    [InlineData("554 5.7.1 Message could not be queued: sender address rejected", SmtpBounceReason.Rejected)]
    [InlineData("554 5.7.1 Sender address rejected: message could not be stored", SmtpBounceReason.Rejected)]
    // Session 60 review: without X.3.2 the bare words read nothing, so another code's own reading stays where no phrase
    // names the cause (each read TextServerShuttingDownInWords, SystemError, with the words unscoped).
    [InlineData("421 4.4.3 Temporary DNS failure, shutting down", SmtpBounceReason.NetworkError)]
    [InlineData("421 4.4.2 mx.example.org Error: timeout exceeded, shutting down", SmtpBounceReason.NetworkError)]
    [InlineData("550 5.1.1 <bob@example.org>: Recipient address rejected: domain shutting down", SmtpBounceReason.UserUnknown)]
    // Session 62 round two: a cause named beside "busy" under X.3.2 decides, and a refused sender stays the sender's.
    [InlineData("421 4.3.2 Too many connections from 192.0.2.1, busy", SmtpBounceReason.RateLimited)]
    [InlineData("421 4.3.2 Mailbox full; busy, try again later", SmtpBounceReason.MailboxFull)]
    [InlineData("421 4.3.2 Busy: client host blocked using zen.spamhaus.org", SmtpBounceReason.Blocked)]
    [InlineData("421 4.3.2 Busy, greylisted, try again later", SmtpBounceReason.Greylisted)]
    [InlineData("421 4.3.2 <bob@example.org>: Sender address rejected: busy", SmtpBounceReason.Rejected)]
    // Session 62 review of round two (rev62c): DNS words and an unknown user beside the word (each fails with "busy" plain).
    [InlineData("451 4.3.2 Temporary DNS lookup failure; busy, try again later", SmtpBounceReason.NetworkError)]
    [InlineData("450 4.3.2 User unknown; busy", SmtpBounceReason.UserUnknown)]
    // Without X.3.2 the bare word reads nothing: the codes keep their readings.
    [InlineData("451 4.3.1 Busy, try again later", SmtpBounceReason.SystemFull)]
    [InlineData("421 4.7.0 Busy, try again later", SmtpBounceReason.SecurityError)]
    [InlineData("451 4.2.1 Mailbox busy, try again later", SmtpBounceReason.Suspend)]
    // A word that only starts with it is not the word.
    [InlineData("421 4.3.2 Busybox mail relay unavailable", SmtpBounceReason.NotAccept)]
    // RFC 3463's own words for X.3.2 keep NotAccept.
    [InlineData("421 4.3.2 System not accepting network messages", SmtpBounceReason.NotAccept)]
    public void A_cause_named_beside_the_words_keeps_its_reading(string reply, SmtpBounceReason reason)
    {
        var diagnosis = SmtpReply.Diagnose(reply);

        Assert.Equal(reason, diagnosis.Reason);
        Assert.DoesNotContain(diagnosis.CatalogEntry ?? string.Empty, RowsOfThisFile);
    }
}
