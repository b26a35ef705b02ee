using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// The reader on the corpus, by part. The published figures (docs/accuracy-log.md, Corpus/README.md) are the constants
/// below; each test fails when a figure falls more than <see cref="Margin"/> points below it, or when a part has more
/// spurious recipients than published. The margin is about one recipient of the smallest part (30 labelled
/// recipients in held-out (seen): 3.3 points each). No non-bounce may ever be read with a failed recipient.
/// </summary>
public sealed class CorpusAccuracyTests
{
    private const double Margin = 3.5;

    private readonly ITestOutputHelper output;

    public CorpusAccuracyTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string, double[], int> Published => new()
    {
        // split, { kind %, recipients found %, status %, basic code %, reason %, hard bounce %, action % }, spurious recipients
        // development: session 13 added 46 of Sisimai's samples (kind 708/709: one forwarded report labelled a plain-text
        // bounce); session 14 40 more (found 694/699, reason 677/694, hard 691/694). Session 15 (devmore15) 24 more, harder
        // mail read after its rules (found 721/726, basic 476/476, reason 702/721, hard 718/721): reason 97.6 -> 97.4 falls by
        // the new files' misses that no general rule answered (a refusal of the sender at DATA, SES inbound's bare "450 4.0.0
        // Temporary failure", Gmail's "domain couldn't be found" with no MX or address records; Corpus/README.md), not by
        // any older file (the older lhost-googlegroups-01 went right). Exim's heading as a context phrase and email-exim-46's
        // corrected label (Corpus/README.md): reason 703/721 (97.5 %). Session 16 (devmore16) 21 more (20 crisp-oss fixtures,
        // Sisimai's courier-03), read after its two rules (found 742/747, basic 490/490, reason 722/742, hard 739/742): reason
        // 97.5 -> 97.3 falls by the new files' two misses that no documented source answered (Trend Micro's "BLOCK-SEND-ER."
        // token, a relay's "too many equal X-headers"; Corpus/README.md), not by any older file. The lead's "relay quota" row
        // (a sending allowance, GatewayAndRelayWordingTests) reads email-exim-56 right: 723/742 (97.4 %). Session 17
        // (devmore17) 13 more (bounce_email's fixtures), read before its rule (kind 12/13, found 9/9, reason 7/9, hard 9/9):
        // Domino's "Several matches found in Domino Directory" as SystemError (TextEvidenceTests) makes reason 731/751
        // (97.3 %); kind 99.9 -> 99.8 by the new Exchange 2003 out-of-office reply under a Latvian subject and no
        // responder field, read as ordinary mail (Corpus/README.md), not by any older file. Session 18 (devmore18) 20 more
        // (exim-testsuite: Exim's own test suite's bounces), read before its rule (found 23/23, 2 spurious, reason 14/23,
        // hard 22/23): Exim's delivery-program output names no recipient and its heading reads as a failed program
        // (MtaNoticeShapesTests) make 0 spurious and reason 746/774 (96.4 %), hard 770/774 (99.5 %), found 774/779 (99.4 %):
        // reason 97.3 -> 96.4 and hard 99.6 -> 99.5 fall by the new files' misses that no documented source answered
        // (Corpus/README.md), not by any older file. Session 18 (expiry18): a bare temporary code given up after the retry
        // time names no cause (SmtpReplyRules.EndsAsExpired; RetriesRanOutTests): Exim's "450 TEMPERROR: retry timeout
        // exceeded" (exim-testsuite 0531, twice) reads Expired as labelled, reason 748/774 (96.6 %); Exim's "lowest numbered
        // MX record points to local host" as SystemError (reasons18b, OpenSourceMtaWordingTests) makes reason 749/774 (96.8 %).
        // Session 20 (recipients20): a notice's own addressee under "the following recipient(s)" and Postfix's `<address>:`
        // line (OwnAddressRecipientTests) make found 776/779 (99.6 %), reason 751/776, hard 772/776.
        // Session 23 (grammar23): refusals' subjects and verdicts as aligned pieces (FilterAndBlocklistWordingTests): reason 751 -> 752/776.
        // Session 27 round three (now27c: `Recipient address rejected.` with no cause after it, au one net's reply;
        // HardBounceWordingTests): reason 753/776, hard 773/776.
        // Session 35 round one (now35b: a mailbox `over-quota`, the words joined by a hyphen, as Exim's test suite's
        // `451 Over-quota`; SisimaiReasonIndexWordingTests): reason 754/776.
        // Session 38 round one (now38a: a connection to the mail exchanger that failed, in words, reads NetworkError;
        // DocumentedReceiverWordingTests): reason 755/776.
        { "development", new[] { 99.8, 99.6, 100, 100, 97.3, 99.6, 100 }, 0 },
        // Session 31's round one (now31b: go-sisimai's `unable to connect` ... `daemon` pair): reason 27/28.
        // Session 37 (a failed recipient whose words still hold a success-class number after their codes are cut reads
        // them without it: flufl.bounce's groupwise_02, a version in Exchange 5.5's quoted Subject, read Delivered;
        // SelfContradictingReportTests): reason 28/28, hard 28/28.
        { "heldout-seen", new[] { 100, 93.3, 100, 100, 100, 100, 100 }, 0 },
        // held-out (new): session 13's catalog rows for two wordings its described misses name (ESET's spam refusal,
        // BAD_RECIPIENT) raised reason 107 -> 109 and hard bounce 118 -> 119 of 121 (aggregates only); session 15's phrases
        // from Sisimai's reason lists 109 -> 110 (aggregates only, nobody looked at which recipient).
        // Session 20's cause words (words20, CauseWordTests): 111/121 (aggregates only).
        { "heldout", new[] { 96.8, 99.2, 100, 100, 91.7, 98.3, 100 }, 0 },
        // Session 28 round one (now28c: `recipient rejected` with no cause after it, HardBounceWordingTests): 52/55, hard
        // 54/55 (aggregates only).
        // Session 43 round one (now43b: Exim's first line above a failed sender verification, `Verification failed for
        // <sender>`, DocumentedReceiverWordingTests): reason 53/55, hard 55/55.
        { "heldout-fresh", new[] { 100, 100, 100, 100, 96.4, 100, 100 }, 0 },
        // Session 23 (grammar23): refusals' subjects and verdicts as aligned pieces (FilterAndBlocklistWordingTests): reason 55 -> 56/62, hard 57 -> 58/62.
        // Session 34's round one (now34a: Windows' text for a file another process holds reads a system error,
        // DocumentedReceiverWordingTests): reason 57/62 (aggregates only).
        // Session 38: a status group without a Diagnostic-Code read from Exchange's X-Supplementary-Info (Hotmail's `550
        // Requested action not taken: mailbox unavailable`; DeliveryStatusShapesTests): basic code 29/29, reason 58/62,
        // hard 59/62.
        { "heldout-s5", new[] { 100, 98.4, 97.3, 100, 93.5, 95.2, 100 }, 0 },
        // heldout-s6: session 14's rule for a reply code at a line's start glued to its colon ("550: ", PunctuatedCodeTests)
        // raised basic code 21 -> 22 of 22 (aggregates only).
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): reason 32/35, hard 34/35 (aggregates only).
        { "heldout-s6", new[] { 100, 100, 100, 100, 91.4, 97.1, 100 }, 0 },
        // heldout-s7 (two batches, frozen before any tuning reached main) has 7 labelled recipients and 12 messages: one
        // recipient is 14.3 points and one message 8.3, far above the margin, so any regression on it fails. Its kind is
        // 100 since session 9's rule that RFC 3834 auto-generated mail is not an auto-reply (its described misses).
        { "heldout-s7", new[] { 100.0, 100, 100, 100, 85.7, 85.7, 100 }, 0 },
        // heldout-s8 (three batches: A and B frozen before any tuning reached main and measured on the session's starting
        // reader, C frozen after it and measured on its final reader) has 30 labelled recipients in 33 messages: one
        // recipient is 3.3 points and one message 3.0, below the margin, so this row lets one regression through and fails
        // on two. Its published unseen figure is each batch as first read (docs/accuracy-log.md); the row here holds what the
        // reader reads now, after the mbox-separator rule that batch A and B's one miss showed and session 9's kind rules
        // (automatic mail is not an auto-reply; JMRP complaints by their own fields), which answer its described kind miss.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 30/30.
        { "heldout-s8", new[] { 100.0, 100, 100, 100, 100, 96.7, 100 }, 0 },
        // heldout-s9 (three batches, each frozen before any of session 9's tuning reached main and measured once right after
        // on the session's starting reader, main 7d88ba0) has 74 labelled recipients in 75 messages: one recipient is 1.4
        // points and one message 1.3, so this row lets two regressions of a figure through and fails on three. Session 22
        // (words22): bounce classifiers' unknown-address words (TextBounceClassifierUnknownRecipient, HardBounceWordingTests)
        // read one more recipient right, reason 70 -> 71/74 and hard 72 -> 73/74 (aggregates only).
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 72/74.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 73/74.
        { "heldout-s9", new[] { 100, 100, 100, 100, 98.6, 98.6, 100 }, 0 },
        // heldout-s10 (five batches from three builders, each frozen before any of session 10's tuning was merged and
        // measured once on the session's starting reader, main 3e03ed4; the tuned reader reads it the same) has 22
        // labelled recipients in 26 messages: one recipient is 4.5 points and one message 3.8, so any regression fails.
        // Its published unseen figure is the first read (docs/accuracy-log.md: one spurious recipient, the sender under Exim's
        // "A message sent by" heading); this row holds what the reader reads now, after the general rule from Exim's
        // template (EximSenderHeadingTests) that the described miss asked for. Session 15's phrases from Sisimai's reason lists
        // raised reason 21 -> 22 of 22 (aggregates only).
        { "heldout-s10", new[] { 96.2, 100, 100, 100, 100, 100, 100 }, 0 },
        // heldout-s11 (batches A to F, each frozen before any of session 11's tuning was merged and measured on the
        // session's starting reader, main a61deb7; batch G frozen at the session's end and measured on its final reader,
        // aa5de11) has 47 labelled recipients in 43 messages: one recipient is 2.1 points and one message 2.3, so this row
        // lets one regression of a figure through and fails on two. Its published unseen figure is each batch as first read
        // (docs/accuracy-log.md: reason 36/45, hard 44/45, three spurious); this row holds what the
        // reader reads now, after the general rules from documented sources that its described misses asked for
        // (MailboxUnknownStatusTests, ProtocolStatusTests, QmailRecipientParagraphTests, the catalog's BSD socket errors,
        // Postfix local's restricted delivery and Perl's failed exec). Session 12 left two spurious recipients, InterScan's and
        // Nifty's notices, for whose shapes it found no source (docs/accuracy-log.md). Session 13 found both
        // by general rules (RecipientFallbackTests: a returned Received field's FOR clause before the returned To, RFC
        // 5321 4.4; InterScanEndOfMessageTests: InterScan NT's "End of message" line, as GNU Mailman's SimpleMatch reads
        // it): found 47/47, none spurious, reason 42/47 (89.4 %: one more reason right, but Nifty's reason is not read).
        // Session 20 (recipients20): a bounce known by its Subject alone is not one (SubjectAloneKindTests), as its described
        // kind misses asked: kind 42/43 (97.7 %; aggregates only). Session 21 (unanswered21): BlackJumboDog's `Relay operation
        // rejected` (OpenSourceMtaWordingTests): reason 43/47 (91.5 %; aggregates only).
        { "heldout-s11", new[] { 97.7, 100, 100, 100, 91.5, 100, 100 }, 0 },
        // heldout-s12 (batches A to D frozen before any of session 12's tuning was merged and measured on the session's
        // starting reader, main 1d53564; E and G frozen after the tuning was merged and measured on main 853565c's reader,
        // before the rules for A to D's described misses) has 25 labelled recipients in 28 messages: one recipient is 4.0
        // points and one message 3.6, so any regression of a figure fails. Its published unseen figure is each batch as
        // first read (docs/accuracy-log.md: found 23/25, reason 19/23, hard 22/23); this row holds what the reader reads now,
        // after the rules its described misses asked for (CommandBeforeCodeTests, AutomaticMailKindTests' "Auto Response",
        // the catalog's "exit status", DeliveryProgramUnknownUserTests). Left: two 2004 filter notices whose recipient
        // sentence no source but the part's own documents, and Mailutils' own reject and vacation wordings.
        { "heldout-s12", new[] { 89.3, 92.0, 100, 100, 91.3, 100, 100 }, 0 },
        // heldout-s13 (batches A, B, C, E and G frozen before any of session 13's tuning was merged and measured on the
        // session's starting reader, main 8f60349; H and J frozen after the tuning was merged and measured on main
        // 326d937's reader, before the rules for the part's described misses) has 51 labelled recipients in 39 messages:
        // one recipient is 2.0 points, one reason 2.2 and one message 2.6, so this row lets one regression of a figure
        // through and fails on two. Its published unseen figure is each batch as first read (docs/accuracy-log.md: found
        // 45/51, reason 29/45, hard 45/45); this row holds what the reader reads now, after the rules its described misses
        // asked for (SpfExplanationUrlTests: the SPF explanation link; the catalog's GTUBE row). Session 31: Taylor UUCP's
        // failure notices are bounces naming rmail's arguments (UucpExecutionNoticeTests): kind 38/39, found 51/51,
        // reason 41/51 (the three sent to the sender read Undefined: `not permitted to execute rmail` and rmail's
        // `missing or empty From line` have no row). Left: those two wordings, clamav-milter's refusal without words,
        // SQLgrey's greylisting labelled in Sisimai's names, and mailagent's "Re:"-only vacation reply.
        // Session 34's round one (now34a: rmail's `missing or empty From line` reads a failed delivery program,
        // DocumentedReceiverWordingTests): reason 43/51, the two sent to the sender now read MailerError.
        { "heldout-s13", new[] { 97.4, 100, 100, 100, 84.3, 100, 100 }, 0 },
        // heldout-s14 (nine batches from three builders, each frozen before it was measured and measured on the session's
        // starting reader, main 3e6bd08, before any of session 14's tuning was merged) has 67 labelled recipients in 65
        // messages: one recipient is 1.5 points and one message 1.5, so this row lets two regressions of a figure through
        // and fails on three. Its published unseen figure is each batch as first read (docs/accuracy-log.md: found 67/67, none
        // spurious, reason 40/67, hard 67/67); this row holds what the reader reads now, after the rules its described
        // misses asked for (the catalog's executable-attachment, invalid-HELO, requests-per-time and greylisting rows;
        // SenderReplyTests: the recipient's own paragraph names the command its reply answered). Left: mailfromd's "Use
        // your SMTP relay", one of its three sender-verification refusals, Courier::Filter's prohibited sender, quoted
        // "Date" and blank body, postfwd's score, and gnarwl's "Re:"-only vacation replies.
        // Session 48 round one (now48b: the sender's domain said to be blocked, a sender not accepted and
        // an account that `may not send as` an address read Rejected, and the client told to `Use your SMTP
        // relay` reads Blocked; read from every part's misses, so the gain is not unseen): reason 57 ->
        // 60/67 (mailfromd's `550 5.7.1 Use your SMTP relay`, labelled blocked).
        { "heldout-s14", new[] { 95.4, 100, 100, 100, 89.6, 100, 100 }, 0 },
        // heldout-s15 (six batches from two builders, each frozen in its own commit and measured by nobody until the session's
        // end, then read once on the session's starting reader, main a57b9a8, and once on its final reader: the same row)
        // has 34 labelled recipients in 44 messages: one recipient is 2.9 points (3.1 of the reason's 32) and one message
        // 2.3, so this row lets one regression of a figure through and fails on two. Its published unseen figure is this
        // first read (docs/accuracy-log.md: found 32/34, two spurious, reason 13/32, hard 32/32); this row holds what the reader
        // reads now, after the rules its described misses asked for (MessageIdentifierTests: a returned part's Content-ID is
        // a msg-id, RFC 2045 section 7, no recipient; AutomaticMailKindTests: Mailtraq's responder field): none spurious,
        // kind 41/44; and (session 16, the classification policy's rule for a refusal that names no cause: a temporary
        // refusal under X.7.1 is greylisting, RefusalWithoutCauseTests) reason 21/32.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 22/32.
        { "heldout-s15", new[] { 93.2, 94.1, 100, 100, 68.8, 100, 100 }, 0 },
        // heldout-s16 (eight batches from two builders, each frozen in its own commit, measured by nobody until the session's
        // end, then once on the session's starting reader, main 88d1f12, and once on its final one, 83defe3) has 75 labelled
        // recipients in 68 messages: one recipient is 1.3 points, so this row lets two regressions of a figure through and
        // fails on three. Its published unseen figures are those first reads (docs/accuracy-log.md: reason 52/75 on the starting
        // reader, 53/75 on the final one); this row holds what the reader reads now, after the general rule its described
        // misses asked for (SpamCop's lookup page in a refusal names the listing, FilterAndBlocklistWordingTests): 57/75;
        // session 19's rows for Exim's receiving-server wordings (now19b; OpenSourceMtaWordingTests): 58/75.
        // Session 27 round one (now27a: a quota under X.7.1 and quotas named by direction or period are the sender's;
        // now27b: a host refused under a permanent 5.7.1, `550 #5.1.0 Address rejected`, `go away`, `sender
        // blacklisted`, an IP address that does not resolve; DocumentedReceiverWordingTests,
        // FilterAndBlocklistWordingTests, HardBounceWordingTests): 66/75 (aggregates only).
        // Session 30 (pol30a: spam named with the client's host or network as its source reads Blocked): 67/75.
        // Session 63 round one (now63g: a Postfix policy service's `Recipient address rejected: Service temporarily
        // unavailable` under a temporary X.7.1 reads Greylisted, PolicyServiceRecipientDeferralUnderTemporaryPolicyCode,
        // the deferral Postfix's SMTPD_POLICY_README gives its greylisting example; DocumentedReceiverWordingTests; not
        // unseen, the misses were read): 75/75 (100 %) (gld's `... Service temporarily unavailable, please try later`,
        // four warnings and four returns labelled greylisted, direct and through Exim).
        { "heldout-s16", new[] { 100.0, 100, 100, 100, 100, 100, 100 }, 0 },
        // heldout-s17 (fifteen batches from four builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main cd56b2b, and once on its final one, 20dde76: the
        // same row) has 182 labelled recipients in 176 messages, most of them receiving sites' documented replies replayed
        // on loopback: one recipient is 0.55 points, so this row lets six regressions of a figure through and fails on
        // seven. Its published unseen figure is this first read (docs/accuracy-log.md: found 182/182, none spurious, basic code
        // 172/175, reason 128/182, hard 182/182); this row holds what the reader reads now, after the general rule its
        // described misses asked for (greylisting words under Postfix's sender heading, FilterAndBlocklistWordingTests): 132/182;
        // session 18's rules for the other wordings it names (reasons18: a DNSBL's "is listed in", Exim's reverse DNS refusal,
        // HELO order and FQDN, executable content; FilterAndBlocklistWordingTests): 140/182.
        // Session 20's cause words (words20, CauseWordTests): 142/182; now20a's `helo` and `ehlo` (CauseWordTests): 144/182
        // (aggregates only). Session 22 (rank22): Barracuda's reputation block list read Blocked, as every IP zone
        // (FilterAndBlocklistWordingTests): 146/182.
        // Session 32's round one (now32a: a mail system `not configured to accept` the recipient): 148/182.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 151/182.
        // Session 63 round two (now63t: `start{...}[helo/ehlo]`, aligned pieces of TextHeloRequiredFirst, SyntaxError, the
        // command order said as where the session must start, in the words of Don Cohen's ESMTP demon in CLOCC, `503 you
        // need to start with helo/ehlo`, and a small C# SMTP server's `503 Please start with EHLO`;
        // FilterAndBlocklistWordingTests; not unseen, the misses were read): reason 151 -> 153/182 (84.0 %) (the receiving
        // Exim's `550 Mail transactions must start with EHLO/HELO`, labelled syntaxerror, direct and through Exim, which
        // the cause words `helo` and `ehlo` read Blocked), hard 182/182 unchanged; two misses gone, none added.
        { "heldout-s17", new[] { 100, 100, 100, 98.3, 84.0, 100, 100 }, 0 },
        // heldout-s18 (eleven batches from four builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 37c5663, and once on its final one, 44732cb) has
        // 206 labelled recipients in 183 messages, receiving sites' and mail-server vendors' documented replies replayed on
        // loopback and three receiving programs' stock texts: one recipient is 0.49 points, so this row lets seven
        // regressions of a figure through and fails on eight. Its published unseen figures are these reads (docs/accuracy-log.md:
        // found 206/206, none spurious, reason 137/206 on the starting reader, 139/206 on the final one, hard 205/206); this
        // row holds what the reader reads now, after round three's rules for the wordings its described misses name
        // (reasons18c: Exchange's Sender ID refusal and the qmail SPF patch's lookup failure as AuthFailure;
        // GatewayAndRelayWordingTests, OpenSourceMtaWordingTests): 146/206; a rate given in messages per a period (the
        // Exim specification's ratelimit example; OpenSourceMtaWordingTests): 150/206; session 19's (reasons19) address
        // literal left out with the addresses ("Client host [<ip>] blocked"; TextEvidenceTests): 153/206, and its rows for
        // Exim's "relaying to <...> prohibited" and the Exim wiki's refused attachment types (OpenSourceMtaWordingTests):
        // 155/206 (aggregates only).
        // Session 20: a temporary reply naming an unknown address under a permanent Status is hard (hardsoft20,
        // PermanentStatusGivenUpTests): hard 206/206; the cause words (words20, CauseWordTests): 162/206 (aggregates only).
        // Session 23 (grammar23): refusals' subjects and verdicts as aligned pieces (FilterAndBlocklistWordingTests): reason 162 -> 166/206.
        // Session 27 round one (now27a and now27b, as heldout-s16's comment says): 177/206 (aggregates only).
        // Session 29 (pol29a: a bare 450 whose words and enhanced code name no cause reads SystemError, not Greylisted; PrecedenceTests): 176/206,
        // a disclosed fall: an Exim delay warning that quotes postgrey's 450 4.2.0 without its word.
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 178/206.
        // Session 37 round one (now37b: Postfix's `Client host rejected: cannot find your ...` cut short by Exim's retry
        // database reads RequirePtr; OpenSourceMtaWordingTests): 179/206.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 182/206.
        // Session 49 round one (now49d: connections counted and said to exceed a limit read RateLimited, the delay
        // warning and the return after the retries ran out; OpenSourceMtaWordingTests): 184/206.
        { "heldout-s18", new[] { 100, 100, 100, 100, 89.3, 100, 100 }, 0 },
        // heldout-s19 (seventeen batches from six builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main b43d6a5, and once on its final one, c01fcc8: the
        // same row) has 279 labelled recipients in 199 messages, receiving sites' and mail-server vendors' documented
        // replies replayed on loopback and the stock receiving configurations of two control panels and two mail suites:
        // one recipient is 0.36 points, so this row lets nine regressions of a figure through and fails on ten. Its
        // published unseen figure is this first read (docs/accuracy-log.md: found 279/279, none spurious, reason 148/279, hard
        // 259/279); this row holds what the reader reads now, after round three's rules for the wordings its described
        // misses name, each from a writer beyond its pages (OpenSourceMtaWordingTests): now19a's phrases (`spf failure`,
        // `smtp auth required`, `blacklisted file extension`, `in blacklist`, `contains blacklisted domain`): 161/279;
        // with now19b's rows for Exim's receiving-server wordings (a 550 "Unrouteable address", "Restricted characters in
        // address", "Message headers fail syntax check"): reason 175/279, hard 261/279.
        // Session 20 (unanswered20): a phrase glued by a full stop to the next sentence (VendorEvidenceTests): 177/279;
        // the Exim wiki's HELO forgery refusals (OpenSourceMtaWordingTests): 179/279; the cause words (words20,
        // CauseWordTests): reason 189/279, hard 265/279 (aggregates only). Session 21 (rank21): a refused session whose codes
        // say only that the client was refused (a bare 554, X.7.1) is a blocked host (SessionStartRefusalTests): 190/279.
        // Session 23 (codes23): a bare 554 whose words name no cause reads Blocked (RefusalWithoutCauseTests): 196/279.
        // Session 23 (grammar23): refusals' subjects and verdicts as aligned pieces (FilterAndBlocklistWordingTests): reason 190 -> 189/279.
        // Both on session 23's final reader (main after every merge): 195/279.
        // Session 27 round one (now27a and now27b, as heldout-s16's comment says): 199/279 (aggregates only).
        // Session 29 round one (now29c: `not a valid user`; DocumentedReceiverWordingTests): 203/279, hard 269/279.
        // Session 29 (pol29a: a bare 450 whose words and enhanced code name no cause reads SystemError, not Greylisted; PrecedenceTests): 202/279,
        // a disclosed fall: an Exim delay warning that quotes postgrey's 450 4.2.0 without its word.
        // Session 32's round one (now32a: `no reverse dns` after a relay refusal): 206/279.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 214/279.
        // Session 46 round one (now46b: a 450 or 451 in a delay warning, answering RCPT TO, whose words only ask for a retry
        // reads greylisting by the policy's temporary refusal without cause): reason 214 -> 216/279.
        // Session 46 round one (now46d: in a bare 550 or 553 to RCPT TO, `unknown`, `invalid` or `bad` beside a noun for the
        // address, or the noun then `expired`, reads UserUnknown hard; SessionStartRefusalTests): hard 269 -> 273/279 (mlcastle's `550 address expired`).
        // Session 62 round one (now62p: `go away` a context phrase of TextGoAway): reason 216/279 unchanged; mlcastle's
        // `550 go away, you evil spammer!` and `... spam domain!` (labelled rejected, Postfix and Exim) read SpamDetected
        // by the words beside `go away` where they read Blocked: between wrong readings.
        { "heldout-s19", new[] { 100, 100, 100, 100, 77.4, 97.8, 100 }, 0 },
        // heldout-s20 (twenty batches from seven builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 9af0f68, and once on its final one, 4f3adcd) has
        // 267 labelled recipients in 179 messages, receiving sites' and mail-server and gateway vendors' documented replies
        // replayed on loopback and the stock receiving configurations of four panels and suites (ISPConfig, Symbiosis,
        // Zentyal, Sentora), Univention's list filter and four OpenSMTPD filters: one recipient is 0.37 points, so this row lets nine regressions of a figure
        // through and fails on ten. Its published unseen figures are these reads (docs/accuracy-log.md: found 267/267, none
        // spurious, reason 150/267 on the starting reader and 168/267 on the final one, hard 264/267 and 265/267); this row
        // holds what the reader reads now, after round three's rules for the wordings its misses name, each from a writer
        // beyond its pages: now20a's cause words `helo`, `ehlo` and `banned` and SpamCop's `blocked, see http`
        // (CauseWordTests): 178/267; now20b's qregex phrase `your envelope sender has been denied` above a spam word
        // (OpenSourceMtaWordingTests): 182/267. Session 21 (unanswered21): a bounce classifier's `is invalid or DNS says
        // does not exist` for a sender domain (OpenSourceMtaWordingTests): 186/267 (aggregates only). Session 24 (hosts24):
        // the envelope sender's address or domain with a narrow verdict (TextEnvelopeSenderRefusedInWords,
        // FilterAndBlocklistWordingTests): 190/267 (aggregates only).
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 192/267.
        // Session 31's round one (now31a: an IP address `not resolving` or not mapped `to a host name`): 198/267.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 199/267.
        { "heldout-s20", new[] { 100, 100, 100, 100, 74.5, 99.3, 100 }, 0 },
        // heldout-s21 (forty batches from eleven builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 63f858a, and once on its final one, 1c294d0) has
        // 705 labelled recipients in 518 messages: nine mail servers' and eight filters' and policy daemons' reply texts
        // from their code, seven panels' and distributions' stock configurations and providers', schools' and a council's
        // published replies, replayed on loopback: one recipient is 0.14 points, so this row lets twenty-four regressions of
        // a figure through and fails on twenty-five. Its published unseen figures are these reads (docs/accuracy-log.md: found
        // 705/705, none spurious, reason 426/705 on the starting reader and 428/705 on the final one, hard 661/705 on both);
        // this row holds what the reader reads now, after round three's phrases for the wordings its misses name, each from
        // a writer beyond its pages: now21a's `message size violation` and `illegal attachment` (VendorEvidenceTests): 436/705;
        // now21b's MailMarshal `user invalid`, `No programs allowed`, `Rejected by content scanner` and the cause word `worm`
        // (HardBounceWordingTests, FilterAndBlocklistWordingTests, CauseWordTests): reason 443/705, hard 665/705.
        // Session 23 (codes23): a bare 554 whose words name no cause reads Blocked (RefusalWithoutCauseTests): reason 449/705.
        // Session 23 (grammar23): refusals' subjects and verdicts as aligned pieces (FilterAndBlocklistWordingTests): reason 443 -> 451/705.
        // Both on session 23's final reader: 453/705.
        // Session 26 (now26a): Postfix's `Service unavailable` under a temporary X.7.1 is the receiver's own failure
        // (OpenSourceMtaWordingTests, ContextPhraseTests): reason 456/705 (aggregates only).
        // Session 26 round three (now26c: a permanent greeting under a temporary report Status is no hard bounce, among
        // other rows; PermanentStatusGivenUpTests, HardBounceWordingTests): hard 666/705 (aggregates only).
        // Session 27 round one (now27a and now27b, as heldout-s16's comment says): 478/705, hard 670/705 (aggregates only).
        // Session 29 (pol29a: a bare 450 whose words and enhanced code name no cause reads SystemError, not Greylisted; PrecedenceTests): 487/705.
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 492/705; Session 30 (pol30a: spam named with the client's host or network as its source reads Blocked):
        // 499/705.
        // Session 31's round one (now31a: an unqualified or unresolvable sender address; now31c: a message size in other
        // word orders, `bad attachment`): 507/705.
        // Session 33's round one (now33a: a sender address that cannot be verified or whose domain is not found): 511/705.
        // Session 34's round one (now34b: MAPI's network error 0x80040115 reads a system error, soft; now34c: `malformed
        // RCPT TO` reads a syntax error; DocumentedReceiverWordingTests): 517/705, hard 672/705.
        // Session 35's round one (now35a: MailScanner's file name rules' report texts read an attachment policy;
        // DocumentedReceiverWordingTests): 518/705.
        // Session 36's round one (now36c: `invalid helo/ehlo` outranks the resolver's `no such domain` after it;
        // FilterAndBlocklistWordingTests): 520/705, hard 674/705.
        // Session 38's round one (now38b: a recipient lookup that failed for now reads a system error, DBMail's `430
        // Temporary failure in recipient lookup`; OpenSourceMtaWordingTests): 523/705.
        // Session 40's round one (now40c: MailChannels' `[CSR] ... unusual amount of unsolicited email` reads
        // SpamDetected; DocumentedReceiverWordingTests): 527/705.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 546/705.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 562/705.
        // Session 48 round one (now48c: the receiving server's own failure at the end of the data in words the rows did
        // not reach, a message it failed to save or did not queue, an unexpected error, a Java exception, a server down
        // for maintenance, a transaction timeout, reads SystemError, TextMessageNotStoredInWords and TextSystemError;
        // not unseen, the misses were read): reason 562 -> 564/705 (80 %) (`554 5.5.0 Error: transaction timeout`, both
        // senders).
        { "heldout-s21", new[] { 100, 100, 100, 100, 80, 95.6, 100 }, 0 },
        // heldout-s22 (twenty-nine batches from nine builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 25a1fed, and once on its final one, 9e397c9) has
        // 431 labelled recipients in 300 messages: six mail servers' and relays' and four filters' and policy services'
        // reply texts from their code, five panels' and suites' stock configurations and filtering services', hosts' and
        // universities' published replies, replayed on loopback: one recipient is 0.23 points, so this row lets fifteen
        // regressions of a figure through and fails on sixteen. Its published unseen figures are these reads
        // (docs/accuracy-log.md: found 431/431, none spurious, reason 215/431 and hard 409/431 on both readers); this row holds
        // what the reader reads now, after round three's rules, each from a writer beyond its pages (rank22: Postfix's
        // policy-service `Service temporarily unavailable` a context phrase, SpamCop's block-check link, Barracuda's list
        // read Blocked; OpenSourceMtaWordingTests, FilterAndBlocklistWordingTests): reason 228/431, hard 409/431.
        // Session 23 (labels23, labels only, no reader change) relabelled 12 recipients of Postfix returns that its
        // builders had labelled `expired` without the rule's condition (Corpus/README.md, "Label corrections (session
        // 23)"): reason 235/431, hard 409/431.
        // Session 23 (grammar23): refusals' subjects and verdicts as aligned pieces (FilterAndBlocklistWordingTests): reason 228 -> 242/431.
        // Both, with codes23's bare 554, on session 23's final reader: reason 249/431, hard 409/431.
        // Session 25 (now25b): Postfix's milter text `Service unavailable - try again later` as a system error
        // (OpenSourceMtaWordingTests): reason 251/431 (aggregates only).
        // Session 27 round one (now27a and now27b, as heldout-s16's comment says): 260/431, hard 411/431 (aggregates only).
        // Session 28 round one (now28c: `recipient rejected` with no cause after it; now28b: an anti-spoofing refusal that
        // names SPF, DKIM or DMARC; HardBounceWordingTests, FilterAndBlocklistWordingTests): 272/431, hard 415/431.
        // Session 29 round one (now29a: the cause word `loop`, `number of ... exceeded`; OpenSourceMtaWordingTests): 277/431.
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 282/431.
        // Session 32's round one (now32a: a domain `not configured to use this mx host`): 285/431; its round three
        // (now32e: `mailbox unavailable` under 451 reads a soft system fault): hard 417/431.
        // Session 33's round one (now33a: a sender `not authorized to send from` its domain): 287/431.
        // Session 35's round one (now35c: `rejected by all recipients` reads the recipient's own filter;
        // DocumentedReceiverWordingTests): 290/431.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 292/431.
        // Session 49 round one (now49f: access refused `for this ip`, the verdict before the client, reads Blocked,
        // TextClientRefusedInWords; not unseen, the misses were read): 295/431 (68.4 %).
        // Session 52 round one (now52a: a bare 551 after the end of data in words that name the message reads the message
        // refused, ContentError, soft, not HasMoved's hard; SessionStartRefusalTests; not unseen, the misses were read):
        // hard 417 -> 420/431 (97.4 %) (`551 DATA FAILED - UNABLE TO DELIVER THE MESSAGE ...`, labelled systemerror).
        // Session 56: the session 56 audit's rule (SmtpReply's SenderClause: words that say an address is bad, in a clause about the envelope sender, read the sender's X.1.7/X.1.8, Rejected, soft; SenderClauseTests; found by auditing hard phrases over a sender, not from these misses, but the misses were read before): reason 295 -> 299/431 (69.3 %),
        // hard 420 -> 424/431 (98.3 %) (`550 5.1.2 Sender Domain Not Found`, direct and through Exim, labelled rejected).
        // Session 64 round one (now64r: `bad sender address` a context phrase of TextSenderRejected, the words of Postfix's
        // smtpd and postscreen `501 5.1.7 Bad sender address syntax` under X.1.7, which the catalog reads Rejected;
        // DocumentedReceiverWordingTests; read from every part's misses, so not unseen): reason 299 -> 301/431 (69.8 %)
        // (a relay server's `451 Bad sender address`, a warning and a return through Exim, labelled rejected, which read
        // SystemError and Expired), hard 424/431 unchanged (98.3 %); two misses gone, none added.
        { "heldout-s22", new[] { 100, 100, 100, 100, 69.8, 98.3, 100 }, 0 },
        // heldout-s23 (twenty-nine batches from ten builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main ac72a11's src/ and catalog/, and once on its
        // final one) has 388 labelled recipients in 283 messages: mail servers' and SMTP gateways' own reply texts, hosting
        // suites' and panels' stock configurations, filters' and milters' texts, and providers', hosts' and universities'
        // published replies in English, German, Dutch, Japanese, replayed on loopback: one recipient is 0.26 points. Its
        // published unseen figures are these reads (docs/accuracy-log.md): found 388/388, none spurious, reason 284/388 on the
        // starting reader and 292/388 on the final one (grammar23's subjects and verdicts, codes23's bare 554), hard
        // 376/388 on both. Round three (tuner now23, from its described misses, each phrase from writers beyond the part):
        // 'we do not relay' (GatewayAndRelayWordingTests) and 'line too long' (OpenSourceMtaWordingTests): reason 292 -> 298/388.
        // Session 24 (verdicts24): causes named before a generic verdict and content filters' verdicts
        // (FilterAndBlocklistWordingTests): reason 298 -> 310/388 (aggregates only; its misses were described, so not unseen here).
        // Session 27 round one (now27a and now27b, as heldout-s16's comment says): 318/388, hard 380/388 (aggregates only).
        // Session 28 round one (now28c: a scanner's name for the EICAR test file; now28b: Postfix's `Sender address
        // rejected` a context phrase, so SMTP AUTH named after it decides): 326/388 (aggregates only).
        // Session 29 round one (now29a: `number of ... exceeded`; now29c: `no such local user`): 332/388, hard 384/388.
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 334/388; Session 30 (pol30a: spam named with the client's host or network as its source reads Blocked):
        // 341/388.
        // Session 32's round one (now32a: a server refused as a `possible open relay`): 345/388.
        // Session 37 round one (now37b, as heldout-s18's comment says): 347/388.
        { "heldout-s23", new[] { 100, 100, 100, 100, 89.4, 99.0, 100 }, 0 },
        // heldout-s24 (seventeen batches from four builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main cda842b, and once on its final one, 0539546: the
        // same row) has 231 labelled recipients in 155 messages: small SMTP servers' own replies (E-MailRelay, smtp4dev, a Go
        // and a .NET server library), web hosts' published replies in English, Dutch, Portuguese and Japanese, and policy
        // daemons' and milters' texts, replayed on loopback: one recipient is 0.43 points, so this row lets eight regressions
        // of a figure through and fails on nine. Its published unseen figures are these reads (docs/accuracy-log.md): found
        // 231/231, none spurious, reason 143/231 on both readers (round one's tuning moved it by none), hard 222/231. This
        // row holds what the reader reads now, after round three's rows for the wordings its described misses named, each
        // from writers beyond the part (now24a: X.3.4 over 552's stock text, `Sender IP must resolve`, Comcast's block,
        // two unknown-recipient texts; now24b: a content refusal for a virus, `spammy`; DocumentedReceiverWordingTests,
        // HardBounceWordingTests, OpenSourceMtaWordingTests): 168/231, hard 228/231 (aggregates only).
        // Session 26 round one (now26a: Postfix's `Service unavailable` under a temporary X.7.1, a full remote system after
        // the retries ran out read Expired): 170/231.
        // Session 28 round one (now28c: `recipient rejected` with no cause after it reads UserUnknown, hard, as Cox, Mailgun
        // and Sisimai's Cox table have it): hard 228 -> 225/231, smtp4dev's rule-configured `550 Recipient rejected`,
        // labelled filtered, read Undefined before and now the words' unknown user (a disclosed fall, accepted for the
        // twelve recipients the row answers elsewhere).
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 172/231.
        // Session 32's round one (now32c: `subject not allowed`): 174/231.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 177/231.
        // Session 49 round one (now49e: an X.7.1 refusal to RCPT TO whose words name the recipient's domain, not a mailbox,
        // reads the domain not served, NoRelaying, soft, as X.1.1's did; read from every part's misses, so the gain is not
        // unseen): reason 177 -> 179/231 (77.5 %) (`Recipient address rejected: Domain is not handled by <name>`, both senders).
        { "heldout-s24", new[] { 100, 100, 100, 100, 77.5, 97.4, 100 }, 0 },
        // heldout-s25 (seventeen batches from four builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main d3368ea, and once on its final one, 704f8b7, which
        // has session 24's round three) has 265 labelled recipients in 187 messages: Go, Rust and Python SMTP servers' own
        // replies, sending services' and hosts' pages in English, French, German and Dutch, and filters' and policy
        // daemons' texts, replayed on loopback: one recipient is 0.38 points, so this row lets nine regressions of a figure
        // through and fails on ten. Its published unseen figures are these reads (docs/accuracy-log.md): found 265/265, none
        // spurious, reason 184/265 on the starting reader and 187/265 on the final one, hard 262/265 and 265/265; the row
        // held the final read. It holds what the reader reads now, after round three's rows for the wordings its described
        // misses named, each from writers beyond the part (now25a: 552's stock text under X.2.3, `greylist embargoed`,
        // `connection rate`, an SPF record's syntax under X.5.2; now25b: Postfix's milter text, `invalid header`, a sender
        // domain not verified; DocumentedReceiverWordingTests, OpenSourceMtaWordingTests, GatewayAndRelayWordingTests):
        // 209/265, hard 265/265 (aggregates only).
        // Session 26 round one (now26b: the cause word `reputation`, Exim's `rejected by DCC`; CauseWordTests,
        // MtaFilterWordingTests; now26a: a full remote system after the retries ran out read Expired): 216/265.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 218/265.
        // Session 51 round one (now51d: the envelope sender refused as `Sender blocked` reads Rejected, TextSenderRejected,
        // DocumentedReceiverWordingTests; not unseen, the misses were read): 222/265 (83.8 %) (JetEmail's `[ABUSE] Sender
        // blocked: spam or abuse detected`, labelled rejected, both senders under both relays).
        // Session 51 review (the words are context phrases, so the cause named after them, spam or abuse, decides; the
        // reply reads SpamDetected again): 218/265 (82.3 %), as before the round.
        // Session 63 round one (now63g, the policy service's deferral of the recipient, as heldout-s16's comment says):
        // 218/265 unchanged; Coviserver's `450 4.7.1 ... Recipient address rejected: Service temporarily unavailable,
        // please try later` (two warnings and two returns labelled blocked) reads Greylisted where it read SystemError and
        // Expired: between wrong readings.
        { "heldout-s25", new[] { 100, 100, 100, 100, 82.3, 100, 100 }, 0 },
        // heldout-s26 (twenty-one batches from six builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 33c94eb, and once on its final one, 06fb13f, which
        // has session 26's round one) has 277 labelled recipients in 208 messages: self-hosted servers' and SMTP server
        // libraries' own replies (Forward Email, Inboxen, MailDrop, Postmoogle, Net::Server::Mail, gen_smtp, MidiSmtpServer,
        // RSMTPD), providers', universities' and services' pages in English and Japanese, enterprise servers' documented
        // texts, and filters', proxies' and greylisters' texts, replayed on loopback: one recipient is 0.36 points, so this
        // row lets nine regressions of a figure through and fails on ten. Its published unseen figures are these reads
        // (docs/accuracy-log.md): found 277/277, none spurious, reason 166/277 on the starting reader and 167/277 on the
        // final one, hard 260/277 on both. It holds what the reader reads now, after round three's rows for the wordings
        // its described misses named, each from writers beyond the part (now26c: `<address> does not exist`, `No such
        // address`, a domain without MX records, a temporary `mailbox unavailable`, a permanent greeting under a temporary
        // report Status; now26d: `denylisted`, `Refused. See http...`, RFC 7372's codes under Postfix's restriction
        // headings; now26e: concurrency limits in words; HardBounceWordingTests, PermanentStatusGivenUpTests,
        // FilterAndBlocklistWordingTests): 204/277, hard 271/277 (aggregates only).
        // Session 27 (the lead's decision: a bare line feed reads NotCompliantRfc; OpenSourceMtaWordingTests): 208/277
        // (aggregates only).
        // Session 29 (pol29a: a bare 450 whose words and enhanced code name no cause reads SystemError, not Greylisted; PrecedenceTests): 211/277.
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 218/277.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 219/277.
        // Session 63 round one (now63p: `content rejected`, a content filter's verdict as Postfix's FILTER_README writes
        // it, a context phrase read as spam; DocumentedReceiverWordingTests): 222/277 (a proxy's `550 Content Rejected;
        // Content Rejected`, direct and through Exim, which read no cause).
        { "heldout-s26", new[] { 100, 100, 100, 100, 80.1, 97.8, 100 }, 0 },
        // heldout-s27 (twenty-four batches from seven builders, each frozen in its own commit, measured by nobody until
        // the session's end, then once on the session's starting reader, main 4312e6c, and once on its final one,
        // a0aa17f, which has session 27's round one and the lead's bare line feed) has 370 labelled recipients in 304
        // messages: self-hosted servers' and SMTP server libraries' own replies (VPOP3, Ferroma, LBBS, gumdrop, msmtpd,
        // NaviServer's nssmtpd, sinksmtp, infodancer, golubsmtpd, Tcllib's smtpd), legacy servers' (MMDF, PP,
        // UUPC/extended), filters', policy servers' and milters', security gateways' and firewalls' proxies (F-Secure,
        // Zorp, Untangle, Check Point, Postini), and sending services' pages (Maropost, Selectel, Newsletter2Go),
        // replayed on loopback: one recipient is 0.27 points, so this row lets twelve regressions of a figure through
        // and fails on thirteen. Its published unseen figures are these reads (docs/accuracy-log.md): found 370/370,
        // none spurious, reason 234/370 on the starting reader and 238/370 on the final one, hard 344/370 on both; the
        // row held the final read. It holds what the reader reads now, after round three's rows for the wordings its
        // described misses named, each from writers beyond the part (now27d: RFC 5321's `Too much mail data`, `message header size exceeds`, RFC 2822's required headers in
        // Momentum's words, `too many ... recipients`; now27e: `name server timeout`, which moves no recipient here;
        // DocumentedReceiverWordingTests, FilterAndBlocklistWordingTests,
        // OpenSourceMtaWordingTests): 247/370, hard 344/370 (aggregates only).
        // Session 29 round one (now29a: limits counted and exceeded, `nameserver timed out`; now29c: `unknown local user`,
        // `contain ... viruses`): 258/370, hard 346/370.
        // Session 29 (pol29a: a bare 450 reads SystemError): 263/370.
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 272/370, hard 350/370.
        // Session 31's round one (now31c: `too long message`): 274/370.
        // Session 32's round one (now32b: Exim's `command timeout - closing connection`): 277/370.
        // Session 35's round one (now35c: `has been rejected by the recipient` reads the recipient's own filter;
        // DocumentedReceiverWordingTests): 279/370.
        // Session 39's round one (now39a: `unrouteable domain` reads HostUnknown; HardBounceWordingTests): 281/370,
        // hard 352/370.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 283/370.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 284/370.
        // Session 52 round three (now52k: `too many recipient commands/address/addresses` reads RateLimited,
        // TextTooManyRecipientsInWords; FilterAndBlocklistWordingTests; read from heldout-s52's misses, so not unseen):
        // 287/370 (77.6 %) (`550 5.7.1 Too many recipient address in a single email`, labelled ratelimited), hard unchanged.
        // Session 55 round one (now55b: `unknown domain`, the words together, reads HostUnknown, hard, in
        // TextInvalidDomainWording, as p5-sisimai 4.25.15's HostUnknown list reads `recipient address rejected: unknown
        // domain name` and postconf(5)'s unknown_address_reject_code an address "because its domain is unknown";
        // DocumentedReceiverWordingTests; read from every part's misses, so not unseen): reason 287 -> 289/370 (78.1 %),
        // hard 352 -> 354/370 (95.7 %) (`550 Unknown domain '<domain>'` through Exim, two recipients, labelled
        // hostunknown, where the bare refusal to RCPT TO read a soft unknown user).
        { "heldout-s27", new[] { 100, 100, 100, 100, 78.1, 95.7, 100 }, 0 },
        // heldout-s28 (fourteen batches from eight builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main fd28e24, and once on its final one, 4e2adb9,
        // which has session 28's round one: the same row) has 255 labelled recipients in 184 messages: self-hosted
        // servers' own replies (MailSharp, PTT, CoffeeMud), milters' (SMC-milter, ldap-acl-milter, sid-filter), an SMTP
        // proxy's (Simple SMTP Proxy), sending services' relay pages (Contactlab, Campaigner), small and legacy servers'
        // (upas smtpd, AmiSMTPd, JNOS, Synchronet) and an archiver's receiver (piler), replayed on loopback: one recipient
        // is 0.39 points, so this row lets eight regressions of a figure through and fails on nine. Its published unseen
        // figures are these reads (docs/accuracy-log.md): found 255/255, none spurious, reason 141/255 and hard 246/255 on
        // both readers. It holds what the reader reads now, after round three's rows for the wordings its described
        // misses named, each from writers beyond the part (now28d: 571 read as the policy refusal writers use it for, `dns
        // timeout`; now28e: `refused, see http`, `we don't relay`; now28f: `spam or virus`, `invalid headers`;
        // FilterAndBlocklistWordingTests, GatewayAndRelayWordingTests, OpenSourceMtaWordingTests): 153/255, hard 246/255
        // (aggregates only).
        // Session 29 round one (now29b: Sender ID with a failure or policy verdict; now29c: a header named missing): 158/255.
        // Session 29 (pol29a: a bare 450 reads SystemError): 160/255.
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 162/255.
        // Session 31's round one (now31c: `too long emails`): 166/255.
        // Session 32's round one (now32b: a mail file not written or created; now32c: `subject not allowed`, a content
        // type refused): 171/255.
        // Session 33's round one (now33c: `service temporarily not available`): 174/255.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 176/255.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 178/255.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 184/255.
        // Session 45 round one (now45d: a server's own failure in the words `something went wrong`, SystemError; read from
        // every part's misses, so the gain is not unseen): 179/255 alone; 185/255 with now45a.
        // Session 53 round one (now53b: `policy reasons` and `rejected for policy reasons` are context phrases of
        // TextPolicyViolation, so `spf: softfail` beside them reads AuthFailure; FilterAndBlocklistWordingTests; read from
        // every part's misses, so the gain is not unseen): 187/255.
        // Session 57 round one (now57a: `local policy` is a context phrase of TextPolicyViolation, so `banned` beside it
        // reads Blocked; DocumentedReceiverWordingTests; read from every part's misses, so the gain is not unseen): 189/255 (74.1 %).
        { "heldout-s28", new[] { 100, 100, 100, 100, 74.1, 96.5, 100 }, 0 },
        // heldout-s29 (eighteen batches from seven builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 9ef8247, and once on its final one, c5aedc7, which
        // has session 29's round one) has 288 labelled recipients in 254 messages: small and legacy servers' own replies
        // (JES, Opa, Weasel, simta, MX for OpenVMS), SMTP server libraries and gateways (CSharp-SMTP-Server, Crymap,
        // Mailrise, ntfy, email2sms, smtp-tg-relay), milters (relaydelay, jelmilter, YAMilter) and sending services' and
        // providers' pages (EmailArray, OCI Email Delivery, Mailtrap, NHSmail), replayed on loopback: one recipient is 0.35
        // points, so this row lets ten regressions of a figure through and fails on eleven. Its published unseen figures
        // are these reads (docs/accuracy-log.md): found 288/288, none spurious, reason 175/288 on the starting reader and
        // 179/288 on the final one, hard 266/288 on both. It holds what the reader reads now, after round three's rows for
        // the wordings its described misses named, each from writers beyond the part (now29d: `maximum number of
        // recipients`, a `send limit` reached, `insufficient ... storage`; now29e: `not a valid ... recipient`; now29f:
        // `multiple` or `malformed` before a header's name, `no From header`, `rejected by filter`;
        // FilterAndBlocklistWordingTests, DocumentedReceiverWordingTests): 200/288, hard 271/288 (aggregates only).
        // Session 29 (pol29a: a bare 450 reads SystemError): 207/288.
        // Session 30 round one (now30a: a message not stored or processed, a scanner failed, `grey listing`; now30b: a
        // demand for TLS, a refusal to relay, in words apart; now30c: an address `not known`, a message that does not
        // parse): 216/288.
        // Session 32's round one (now32b: a mail file not created): 217/288.
        // Session 33's round one (now33b: RFC 5321's `mailbox name not allowed` in other spellings reads an unknown
        // mailbox, hard): 220/288, hard 274/288.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 222/288.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 224/288.
        // Session 47 round one (now47d: a limit named as reached, or a limit over minutes, hours or days exceeded, reads
        // RateLimited, TextLimitReachedInWords; read from every part's misses, so the gain is not unseen): 226/288.
        { "heldout-s29", new[] { 100, 100, 100, 100, 78.5, 95.1, 100 }, 0 },
        // heldout-s30 (sixteen batches from seven builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main b31e25d, and once on its final one, 5af85aa,
        // which has session 30's round one and pol30a) has 233 labelled recipients in 213 messages: SMTP server components
        // of language libraries (Indy, ICS, EventMachine, smtpmock, ocaml-smtpd), apps that receive mail themselves
        // (lists.sr.ht, todo.sr.ht, Fossil, VaultSandbox), filters (courier-pythonfilter, zdkimfilter, AdvancedFiltering),
        // small servers old and new (Obtuse smtpd, Postmaster in Haskell) and sending services' pages (DaouOffice,
        // DNN4Less), replayed on loopback: one recipient is 0.43 points, so this row lets eight regressions of a figure
        // through and fails on nine. Its published unseen figures are these reads (docs/accuracy-log.md): found 233/233,
        // none spurious, reason 118/233 and hard 213/233 on both readers. It holds what the reader reads now, after round
        // three's rows for the wordings its described misses named, each from writers beyond the part (now30d: Courier's
        // `mail filters temporarily unavailable`, a congested mail system; now30e: Cyrus's `you do not have permission to
        // post`; now30f: `media not supported`, `no forwarding address`, `recipient is unacceptable`, `from header is
        // required`; FilterAndBlocklistWordingTests, DocumentedReceiverWordingTests, HardBounceWordingTests): 127/233,
        // hard 217/233 (aggregates only). Session 31's round one (now31a: `accept mail for domain`, an IP address without a
        // host name; now31b: `rate control`; now31c: a message size in other word orders, `blacklisted` after an
        // attachment, `mail box does not exist`): 144/233, hard 219/233.
        // Session 32's round one (now32c: a mailing list that `does not exist`, a content type refused by a list's
        // filter): 155/233, hard 223/233.
        // Session 33's round one (now33b: a mail `queue full`): 157/233.
        // Session 36's round one (now36a: `no Message-ID ... header` in words; DocumentedReceiverWordingTests): 158/233.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 164/233.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 170/233.
        // Session 46 round one (now46c: a bare 550 or 553 to RCPT TO whose words name the recipient's domain, not a mailbox,
        // reads the domain not served, NoRelaying, soft, by the classification policy; read from every part's misses, so the
        // gain is not unseen): 171/233.
        // Session 51 round one (now51a: a bare 550 or 553 to RCPT TO whose words end with `Recipient address rejected`
        // reads UserUnknown hard, SmtpBounceReader.NamesRecipientUnknown; not unseen, the misses were read): reason
        // 171/233 unchanged, hard 223 -> 226/233 (97 %).
        { "heldout-s30", new[] { 100, 100, 100, 100, 73.4, 97.0, 100 }, 0 },
        // heldout-s31 (fourteen batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 3715ed6, and once on its final one, bea817a,
        // which has session 31's round one) has 181 labelled recipients in 166 messages: small servers in Python, Ruby,
        // C++, Kotlin, Zig, Erlang and Amalgame (pymta, RubyMTA, mailrecv, Kotlin SMTP, home-lang's smtp-server, Kazoo's fax
        // SMTP, Amalgame's server), a mock server (Mokapi), policy services and ACLs (Kolab 4's Postfix policies, PyPolicyd,
        // MXroute's Exim ACLs) and applications that receive mail (Pagure's comment milter, Sentry's SMTP service, a
        // spam-trap stand-in), replayed on loopback: one recipient is 0.55 points, so this row lets six regressions of a
        // figure through and fails on seven. Its published unseen figures are these reads (docs/accuracy-log.md): found
        // 181/181, none spurious, reason 110/181 and hard 171/181 on both readers. It holds what the reader reads now, after
        // round three's rows for the wordings its described misses named, each from writers beyond the part (now31e:
        // `message too long`; now31f: `temporary error` ... `try again later`, `data timeout`;
        // DocumentedReceiverWordingTests): 118/181, hard 171/181 (aggregates only).
        // Session 32's round one (now32c: `subject not allowed`): 119/181.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 128/181.
        { "heldout-s31", new[] { 100, 100, 100, 100, 70.7, 94.5, 100 }, 0 },
        // heldout-s32 (twelve batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main fdb9b51, and once on its final one, 9e9c88d,
        // which has session 32's round one) has 160 labelled recipients in 154 messages: mail servers and their plugins
        // (WildDuck's Haraka plugin, norelaysmtpd, Mail Demon, Franz Inc's maild, sTeam's SMTP server), OpenSMTPD filters
        // (Alexander Klimov's, filter-spam, Jonas Maurus's greylistd and DNSBL filters), SMTP-to-webhook gateways
        // (smtp2http, samuelba's forwarder) and applications that receive mail (OrderFlow, kriiv's inbound-email),
        // replayed on loopback: one recipient is 0.63 points, so this row lets five regressions of a figure through and
        // fails on six. Its published unseen figures are these reads (docs/accuracy-log.md): found 160/160, none
        // spurious, reason 95/160 and hard 155/160 on both readers. It holds what the reader reads now, after round
        // three's rows for the wordings its described misses named, each from writers beyond the part (now32d: `we do
        // not accept mail from you`; now32e: `mailbox unavailable` under 451; now32f: `parse email`, `message parsing
        // failed`; FilterAndBlocklistWordingTests, HardBounceWordingTests, DocumentedReceiverWordingTests): 105/160,
        // hard 155/160 (aggregates only).
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 109/160.
        // Session 46 round one (now46b: a 450 or 451 in a delay warning, answering RCPT TO, whose words only ask for a retry
        // reads greylisting by the policy's temporary refusal without cause): reason 109 -> 111/160.
        { "heldout-s32", new[] { 100, 100, 100, 100, 69.4, 96.9, 100 }, 0 },
        // heldout-s33 (thirteen batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 36d8359, and once on its final one, 4216755,
        // which has session 33's round one) has 146 labelled recipients in 141 messages: small servers (FastSMTP,
        // LinuxDoSpace's forwarding relay, ledger's inbound server, Roxen's SMTP module and Pike's Protocols.SMTP.Server,
        // Smail 3), a milter and Postfix policy services (MilterGuard, MailCaptcha, s-postgray), SMTP gateways
        // (SMTP2Graph, go-smtp-slacker), INetSim's fake SMTP server and HVlocalsmtp's scan receiver, replayed on
        // loopback: one recipient is 0.68 points, so this row lets five regressions of a figure through and fails on six.
        // Its published unseen figures are these reads (docs/accuracy-log.md): found 146/146, none spurious, reason
        // 81/146 and hard 141/146 on the starting reader, 82/146 and 141/146 on the final one. It holds what the reader
        // reads now, after round three's rows for the wordings its described misses named, each from writers beyond the
        // part (now33d: a number of connections exceeded, a daily limit exceeded or reached; now33e: `mailbox
        // unavailable` under 5.2.1 reads a disabled mailbox; FilterAndBlocklistWordingTests, HardBounceWordingTests):
        // 89/146, hard 142/146 (aggregates only).
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 98/146.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 100/146.
        // Session 46 round one (now46c: a bare 550 or 553 to RCPT TO whose words name the recipient's domain, not a mailbox,
        // reads the domain not served, NoRelaying, soft, by the classification policy; read from every part's misses, so the
        // gain is not unseen): 102/146.
        { "heldout-s33", new[] { 100, 100, 100, 100, 69.9, 97.3, 100 }, 0 },
        // heldout-s34 (twelve batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main c7a8a95, and once on its final one, 0f43dd3,
        // which has session 34's round one and reads the part the same) has 127 labelled recipients in 125 messages: mail
        // servers in Go (uMailServer, ddmailserver, Kuroshio MTA), a milter and a Postfix policy script (Themis, SPFBL),
        // SMTP gateways (smtp-to-max-relay, SMTP2X, smtp2s3), apps that receive mail themselves (StudentTemp, Djancloud),
        // TOPS-20's MAISER and Perl's NetServer::SMTP, replayed on loopback: one recipient is 0.79 points, so this row
        // lets four regressions of a figure through and fails on five. Its published unseen figures are these reads
        // (docs/accuracy-log.md): found 127/127, none spurious, reason 78/127 and hard 116/127 on both readers. It holds
        // what the reader reads now, after round three's rows for the wordings its described misses named, each from
        // writers beyond the part (now34d: an `unresolvable IP address` reads a missing reverse name; now34e: `recipient
        // domain not allowed` reads a relay refusal; DocumentedReceiverWordingTests, OpenSourceMtaWordingTests): 84/127,
        // hard 118/127 (aggregates only).
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 88/127.
        // Session 44: two hard/soft labels corrected to the Columns rule (ddmailserver's Postfix return with Status
        // 4.0.0 soft, studenttemp's Exim return with Status 5.0.0 hard), no reader change: hard 120/127.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 90/127.
        // Session 47 round one (now47b: in a bare 550 or 553 to RCPT TO, a noun for the address then `invalid`, past one `is`
        // at most, reads UserUnknown hard; SessionStartRefusalTests): hard 120 -> 122/127 (`550 recipient is invalid`).
        // Session 47 round one (now47d: a limit named as reached, or a limit over minutes, hours or days exceeded, reads
        // RateLimited, TextLimitReachedInWords; read from every part's misses, so the gain is not unseen): 94/127.
        // Session 50 round one (now50a: a recipient said to be `not in To/Cc headers` reads PolicyViolation,
        // TextListAddressNotInToOrCcInWords; not unseen, the misses were read): 95/127 (74.8 %).
        // Session 56: the sender-clause rule (see heldout-s22): reason 95 -> 96/127 (75.5 %), hard 122 -> 123/127 (96.8 %)
        // (SPFBL's `Recipient address rejected: SPFBL sender has non-existent internet domain`, labelled rejected).
        { "heldout-s34", new[] { 100, 100, 100, 100, 75.5, 96.8, 100 }, 0 },
        // heldout-s35 (fifteen batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 3f54a20, and once on its final one, 2d37bb4,
        // which has session 35's round one and reads the part the same) has 175 labelled recipients in 171 messages: mail
        // servers (gomailserver, RESTMAIL, fenilsonani's email-server), a Postfix policy daemon and two OpenSMTPD filters
        // (policyd-py, Netsyms' Spamhaus filter, filter-clamav), SMTP gateways and a library's example server (ActionSMTP,
        // fwd-email, smtp-server's example), apps that receive mail themselves (the Personal Cloud Platform's postoffice,
        // TicketVise, TempInbox) and old systems' servers (VistA MailMan, the LMI Lisp Machine, XcyteMail), replayed on
        // loopback: one recipient is 0.57 points, so this row lets six regressions of a figure through and fails on seven.
        // Its published unseen figures are these reads (docs/accuracy-log.md): found 175/175, none spurious, reason
        // 108/175 and hard 162/175 on both readers. It holds what the reader reads now, after round three's rows for the
        // wordings its described misses named, each from writers beyond the part (now35d: `unable to scan for viruses` or
        // `message` reads a scanner that failed, OpenSourceMtaWordingTests; now35e: an `invalid Message-ID` reads a header out of RFC 5322's form,
        // DocumentedReceiverWordingTests): 111/175, hard 162/175 (aggregates only).
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 117/175.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 121/175.
        // Session 46 round one (now46d: in a bare 550 or 553 to RCPT TO, `unknown`, `invalid` or `bad` beside a noun for the
        // address, or the noun then `expired`, reads UserUnknown hard; SessionStartRefusalTests): hard 162 -> 164/175 (`550 Unknown local address`).
        // Session 46 round one (now46c: a bare 550 or 553 to RCPT TO whose words name the recipient's domain, not a mailbox,
        // reads the domain not served, NoRelaying, soft, by the classification policy; read from every part's misses, so the
        // gain is not unseen): 124/175.
        // Session 52 round one (now52a: a bare 551 after the end of data in words that name the message reads the message
        // refused, ContentError, soft, not HasMoved's hard; SessionStartRefusalTests; not unseen, the misses were read):
        // hard 164 -> 166/175 (94.9 %) (`551 Too many lines. Msg rejected.`, labelled emailtoolarge).
        // Session 58 round one (now58t: `slow down` a context phrase of TextRateLimited, RateLimited; p5-sisimai's
        // Rhost/FrancePTT.pm quotes Orange's `Too many connections, slow down.`; SisimaiReasonIndexWordingTests; read from
        // every part's misses, so not unseen): reason 124 -> 126/175 (72 %) (`451 4.7.0 slow down, try again in a minute`,
        // through Exim, a warning and its return, labelled ratelimited, where X.7.0 read SecurityError).
        { "heldout-s35", new[] { 100, 100, 100, 100, 72, 94.9, 100 }, 0 },
        // heldout-s36 (fourteen batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main bb16ad4, and once on its final one, 4fcc402,
        // which has session 36's round one and the code scan's mend) has 176 labelled recipients in 176 messages: mail
        // servers (Oxy's SMTP inbound server, cmail-smtpd, Chad Nedzlek's mail-server), a Postfix policy server and a
        // milter (Mongrey, PrimitiveMail's milter), test servers and gateways (genro-mail-proxy's fake error server,
        // NotifyBC, LEGO's restricted-mail receiver), apps that receive mail themselves (Amane, Alfresco's inbound
        // server, governor's mailing lists) and old systems' servers (BlitzMail, LinFBB, OpenBCM), replayed on loopback:
        // one recipient is 0.57 points, so this row lets six regressions of a figure through and fails on seven.
        // Its published unseen figures are these reads (docs/accuracy-log.md): found 176/176, none spurious, reason
        // 96/176 and hard 160/176 on the starting reader, 98/176 and 160/176 on the final one (round one's Message-ID
        // row answers LEGO's `550 No Message-ID header provided`, GNU Mailman's words). It holds what the reader reads
        // now, after round three's rows for the wordings its described misses named, each from writers beyond the part
        // (now36d: `temporary failure, please retry` reads a system error; now36e: `message has defects` reads a message
        // out of the RFCs' form; DocumentedReceiverWordingTests): 103/176, hard 160/176.
        // now42a (a class-4 Status given up past a first attempt expires; old returns relabelled): 114/176.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 116/176.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 117/176.
        // Session 64 round one (now64g: `insufficient disk space` under 452 with no cause-naming enhanced code reads the
        // receiving server's storage, SystemFull, a scoped phrase from Sendmail's `452 4.4.5 Insufficient disk space; try
        // again later`; DocumentedReceiverWordingTests): 119/176 (BlitzMail's `452 Insufficient disk space; try another
        // time.` through Exim, its warning labelled systemfull and its return labelled expired, which read MailboxFull).
        // Session 64 round one (now64k: `too large` under 552 reads EmailTooLarge, TooLargeUnderExceededStorageCode, a
        // context phrase read under 552 only, as fog's `552 Too large` writes it; not unseen, the misses were read):
        // reason 117 -> 119/176 (67.6 %) (`552 Message rejected, too large`,
        // direct and through Exim, labelled emailtoolarge, which read MailboxFull), hard 160/176 unchanged; two misses
        // gone, none added.
        // Both together, as merged (session 64 review, rev64a): reason 117 -> 121/176 (68.8 %), hard 160/176. The review
        // narrowed now64g to X.3.1 and X.4.5 (a bare 452 and X.0.0 keep the full mailbox the reply corpus labels,
        // OpenSourceMtaWordingTests), so BlitzMail's two read MailboxFull again: on the review's head reason 117 -> 119/176
        // (67.6 %), now64k's two `Message rejected, too large` gone, none added; hard 160/176.
        { "heldout-s36", new[] { 100, 100, 100, 100, 67.6, 90.9, 100 }, 0 },
        // heldout-s37 (twelve batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 0e20853, and once on its final one, cc7ba7e,
        // which has session 37's round one) has 161 labelled recipients in 160 messages: mail servers (Mailtive SMTPd,
        // Vanaheimr's SMTPServerCLI, bocal-smtpd), Postfix policy services (mailcloak, ASPF, Servika's send-limit
        // service), inbound receivers of web platforms (selfmail, Phenk), apps that receive mail themselves (ECS's mail
        // receiver, SimplArchive's LMTP listener) and hobby and amateur-radio servers (Paclink, MrBoboMail), replayed on
        // loopback: one recipient is 0.62 points, so this row lets five regressions of a figure through and fails on six.
        // The first part labelled by the retries-ran-out convention decided in session 37 (Corpus README). Its published
        // unseen figures are these reads (docs/accuracy-log.md): found 161/161, none spurious, reason 98/161 and hard
        // 155/161 on both readers (round one's row answers none of it). It holds what the reader reads now, after round
        // three's row for a wording its described misses named, from writers beyond the part (now37d: a refusal to relay
        // that asks for authentication reads NoRelaying; OpenSourceMtaWordingTests): 100/161, hard 155/161; and 102/161
        // after session 41's round one (now41c: a sender address `not owned by` the login reads Rejected;
        // DocumentedReceiverWordingTests); 106/161 after session 42's round one (now42c: a sender address or domain
        // `is on blacklist` reads Rejected; FilterAndBlocklistWordingTests).
        // now42a (a class-4 Status given up past the first attempt expires, RetriesRanOutTests): 112/161 with now42c.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 116/161.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 118/161.
        // Session 46 round one (now46c: a bare 550 or 553 to RCPT TO whose words name the recipient's domain, not a mailbox,
        // reads the domain not served, NoRelaying, soft, by the classification policy; read from every part's misses, so the
        // gain is not unseen): 120/161.
        // Session 47 round one (now47d: a limit named as reached, or a limit over minutes, hours or days exceeded, reads
        // RateLimited, TextLimitReachedInWords; read from every part's misses, so the gain is not unseen): 122/161.
        // Session 48 round one (now48c, the server's own failure in words, as heldout-s21's comment says): reason 122
        // -> 124/161 (77 %) (`554 Failure to save message`, both senders).
        // Session 49 round one (now49e, an X.7.1 refusal naming the recipient's domain, as heldout-s24's comment says):
        // reason 124 -> 126/161 (78.3 %) (`Recipient address rejected: Recipient domain not local`, both senders).
        // Session 50 round one (now50b: SMTP AUTH demanded as `requires authentication`, SecurityError,
        // TextSecurityError, FilterAndBlocklistWordingTests; not unseen, the misses were read): reason 126 -> 128/161
        // (79.5 %) (`Recipient address rejected: Sending from local domains requires authentication`, both senders).
        // Session 51 round three (now51i: the receiver's mail, content or security policy named, PolicyViolation,
        // TextPolicyViolation's context phrases since the session 51 review, DocumentedReceiverWordingTests; not
        // unseen, the misses were read): reason 128 -> 130/161
        // (80.7 %) (`554 Transaction failed (rejected by content policy)`, both senders).
        // Session 52 round one (now52e: the sender's domain said to have no MX, the sender named before or after it,
        // reads Rejected, TextSenderDomainWithoutMxRecords, DocumentedReceiverWordingTests; not unseen, the misses were
        // read): reason 130 -> 132/161 (82 %) (`no MX record found on your sender domain`, both senders).
        // Session 53 round one (now53a: `address not found` as UserUnknown) measured 132 -> 134/161 here and was withdrawn
        // by the session 53 review (the bare words read an IP, an MX and a return address as unknown users).
        // Session 58 round one (now58b: an account said to be suspended, disabled, locked or not active under Postfix's
        // `Data command rejected:` or `End-of-data rejected:` heading read Rejected, TextSenderRejected) measured reason
        // 132 -> 134/161 and hard 155 -> 157/161 here and was withdrawn by the session 58 review (no writer beyond the parts
        // says the words under the heading, and the 40-character pieces outranked every cause named between heading and
        // account words: a sending limit, a rate, spam, a virus, SPF, an unknown user, a full mailbox).
        // Session 63 round one (now63e: `temporary authentication failure` reads SystemError, TextSystemError): reason
        // 132/161 unchanged; a small server's `451 4.0.0 Temporary authentication failure` (labelled authfailure, two
        // recipients) reads SystemError and Expired where it read SecurityError: between wrong readings.
        { "heldout-s37", new[] { 100, 100, 100, 100, 82, 96.3, 100 }, 0 },
        // heldout-s38 (fourteen batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 63812755, and once on its final one, f88721ea,
        // which has session 38's round one) has 165 labelled recipients in 165 messages: mail servers (LightMail,
        // ucwareMailServer's LMTP listener, nmote-mcf), Postfix policy services and a submission proxy (smtp-proxy, GOTTH
        // Mail, rspf), temporary-mail services (Rapid Inbox, Forsaken-Mail, SecureTempMail), an archiver and an SMS
        // gateway (MailArchiva, lmtpsmsd) and old and hobby systems (bmtad, pdn-bbs, Dreamello's Mail-Server), replayed
        // on loopback: one recipient is 0.61 points, so this row lets five regressions of a figure through and fails on
        // six. Its published unseen figures are these reads (docs/accuracy-log.md): found 165/165, none spurious, basic
        // code 163/165, reason 108/165 and hard 162/165 on both readers (round one answers none of it; round three kept
        // no row).
        // now42a (a class-4 Status given up past the first attempt expires, RetriesRanOutTests): 122/165.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 124/165.
        // Session 46 round one (now46c: a bare 550 or 553 to RCPT TO whose words name the recipient's domain, not a mailbox,
        // reads the domain not served, NoRelaying, soft, by the classification policy; read from every part's misses, so the
        // gain is not unseen): 127/165.
        // Session 48 round one (now48b, the sender refused in words, as heldout-s14's comment says): reason 127 ->
        // 128/165 (`530 5.0.0 sender domain is blocked`, labelled rejected).
        // Session 48 round one (now48c, the server's own failure in words, as heldout-s21's comment says): reason 127
        // -> 129/165 (78.2 %) (`554 message not queued`, both senders).
        // Both together: 130/165 (78.8 %).
        // Session 55 round one (now55c: a loop told by its count of forwards, `too many forwards`, RFC 3463 X.4.6's
        // "forwarded too many times", reads NetworkError; read from every part's misses, so the gain is not unseen):
        // reason 130 -> 131/165 (79.4 %).
        // Session 56 round one (now56c: a cap on one client's connections in the words of a maximum, `over max
        // connection`, reads RateLimited; read from every part's misses, so the gain is not unseen): reason 131 ->
        // 135/165 (81.8 %) (`421 <host> over max connection`, two warnings and two returns); hard unchanged.
        { "heldout-s38", new[] { 100, 100, 100, 98.8, 81.8, 98.2, 100 }, 0 },
        // heldout-s39 (fourteen batches from five builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main 16b86c65, and once on its final one,
        // c435e00a, which has session 39's round one; the same at 045fc017, after the second reading withdrew now39c)
        // has 174 labelled recipients in 174 messages: mail servers (dart_email_server, mail-rs, UwUMail), milters and
        // a greylisting front end (smf-grey, DKIM Milter, cqGreylist), applications' inbound receivers (MAPAE, an Email
        // Ingestion Gateway), domain-specific receivers (Open Archiver's journal receiver, smtp2sms, DmarcAnalyzer) and
        // anonymity-network mail servers (OnionMail, Freemail, smtpap), replayed on loopback: one recipient is 0.57
        // points, so this row lets six regressions of a figure through and fails on seven. Its published unseen figures
        // are these reads (docs/accuracy-log.md): found 174/174, none spurious, reason 108/174 and hard 168/174 on both
        // readers (round one answers none of it; round three kept no row).
        // now42a (a class-4 Status given up past the first attempt expires, RetriesRanOutTests): 118/174.
        // now43a (`invalid email address` in a reply to MAIL FROM, the empty sender refused, reads the sender refused by
        // the reply-to-MAIL-FROM rule, HardBounceWordingTests; not unseen): 120/174, hard 168/174.
        // Session 48 round one (now48b, the sender refused in words, as heldout-s14's comment says): reason 120 ->
        // 121/174 (`550 5.7.1 Mail from this sender is not accepted here`).
        // Session 51 round one (now51c: `can't store message`, the row's `cannot store message` contracted, reads the
        // server's own failure to keep the message, SystemError, TextMessageNotStoredInWords; DocumentedReceiverWordingTests;
        // not unseen, the misses were read): 123/174 (70.7 %).
        // Session 54 round one (now54a: TextBlocklisted's nouns in the plural, `block lists` and `blacklists`, read
        // Blocked where X.1.3 alone read an unknown user, hard; FilterAndBlocklistWordingTests; not unseen, the misses
        // were read): reason 123 -> 125/174 (71.8 %), hard 168 -> 170/174 (97.7 %). The published figures are left as
        // they were.
        // Session 60 round three (now60s: `can't verify sender`, the Exim specification's ACL message for `verify =
        // sender`, a context phrase of TextEximSenderChecks, Rejected; found by the measurement, not from this part's
        // misses, which were not read; not unseen, the part's first read was published long before): reason 125 ->
        // 126/174 (72.4 %) (OnionMail's `503 Can't verify sender` through Exim, labelled rejected, which read SyntaxError
        // by the 503), hard unchanged. The published figures are left as they were.
        { "heldout-s39", new[] { 100, 100, 100, 100, 70.7, 96.6, 100 }, 0 },
        // heldout-s40 (fourteen batches from seven builders, each frozen in its own commit, measured by nobody until
        // the session's end, then once on the session's starting reader, main 5a32d82e, and once on its final one,
        // 039bf906, which has session 40's round one) has 183 labelled recipients in 183 messages: mail servers
        // (All-Ears Mail's MTA, pekko-smtp-server), filters (ClueGetter, Mail::Qmail::Filter), applications' inbound
        // receivers (MailLaser, an Email-to-SMS Bridge), test servers (smtp-engine's Simulator, Hyvor's SMTP
        // simulator), old and small servers (smap, recvmail), Windows servers in C# (SecurityHomeMailHub, SMTPRelay)
        // and a TypeScript server and a Python relay (node-mail-server, smtp-relay-manager), replayed on loopback: one
        // recipient is 0.55 points, so this row lets six regressions of a figure through and fails on seven. Its
        // published unseen figures are these reads (docs/accuracy-log.md): found 183/183, none spurious, reason 125/183
        // and hard 177/183 on both readers (round one answers none of it). It holds what the reader reads now, after
        // round three's row for a wording its described misses named, from writers beyond the part (now40d: a 450 that
        // says only `mailbox busy` reads SystemError; HardBounceWordingTests): 128/183, hard 177/183.
        // now42a (a class-4 Status given up past the first attempt expires, RetriesRanOutTests): 139/183.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 140/183.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 142/183.
        // Session 46 round one (now46a: `Sender not authorized` under X.7.1 reads the sender refused, Rejected, by
        // SenderNotAuthorizedUnderPolicyCode, DocumentedReceiverWordingTests; read from every part's misses, so the gain is not unseen): 144/183.
        // Session 46 round one (now46d: in a bare 550 or 553 to RCPT TO, `unknown`, `invalid` or `bad` beside a noun for the
        // address, or the noun then `expired`, reads UserUnknown hard; SessionStartRefusalTests): hard 177 -> 179/183 (`553 bad mailbox name`).
        // Session 51 round one (now51c: `error spooling message` reads the server's own failure to keep the message,
        // SystemError, TextMessageNotStoredInWords; DocumentedReceiverWordingTests; not unseen, the misses were read): 145/183 (79.2 %).
        // Session 52 round one (now52e: the sender's domain said to have no MX reads Rejected,
        // TextSenderDomainWithoutMxRecords, as heldout-s37's comment says): reason 145 -> 147/183 (80.3 %) (`Domain
        // <domain> of sender has no valid MX`, both senders).
        // Session 53 round one (now53d: a receiving server `out of memory` reads SystemFull, TextSystemFull extended,
        // qmail-smtpd's die_nomem; OpenSourceMtaWordingTests; not unseen, the misses were read): reason 147 -> 149/183
        // (81.4 %) (`410 out of memory` in both senders' delay notices).
        // Session 56 round one (now56a: `sender is no longer authorized` read the sender refused, Rejected, a context
        // phrase of TextEnvelopeSenderRefusedInWords; not unseen, the misses were read) measured reason 149 -> 150/183
        // (`553 5.0.0 Sender is no longer authorized` through Exim); the session 56 review took the phrase out (no writer
        // beyond the part), so the row stays 149/183.
        // Session 60 round one (now60c: `too much data` a context phrase of TextTooMuchMailData, EmailTooLarge; SMTP servers
        // in the search index answer `552 Too much data` past their size limit; DocumentedReceiverWordingTests; read from
        // every part's misses, so not unseen): reason 149 -> 151/183 (82.5 %), hard unchanged (smap's `550 Too much data`,
        // direct and through Exim, labelled emailtoolarge, where the bare 550 read no cause).
        // Session 60 round three (now60y: `shutting down` reads SystemError, a context phrase of
        // TextServerShuttingDownInWords, Nodemailer's smtp-server `421 Server shutting down`; not unseen, the part's first
        // read was published): reason 149 -> 150/183 (81.9 %) (warren's `554 SMTP Server is shutting down`, labelled
        // systemerror, which read Rejected by the bare 554), hard 179/183 unchanged.
        // Both together (now60c and now60y, measured on main after both rounds and their reviews): reason 149 -> 152/183
        // (83.0 %), hard 179/183 unchanged; three misses gone, none added.
        { "heldout-s40", new[] { 100, 100, 100, 100, 83.0, 97.8, 100 }, 0 },
        // heldout-s41 (seventeen batches from ten builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, main e75d2228, and once on its final one,
        // 738bdcc3, which has session 41's round one; a batch of NwSMTP's replies was taken out before anything read
        // it, as catalog rows cite Yandex's bounce help for its words) has 191 labelled recipients in 190 messages:
        // mail servers in Go and Rust (Empath, GopherPost, an ingest service), Postfix policy services
        // (policyd-dnsbl-spf-geoip, policyd-geoip2), an SMTP proxy (mailshield), a honeypot (Mail::SMTP::Honeypot), a
        // chat suite's mail gateway (Zulip), functional-language servers (Incoming, Racket's smtp-server), mail-to-chat
        // and mail-to-SMS bridges (SMTP2Telegram Rich, Fortigate-smtp2sms), Java servers (Sleet, a Netty server), a
        // Ruby server (Mail on Rails) and TypeScript and C# servers (DevEye, svnofeic's Mailserver), replayed on
        // loopback: one recipient is 0.52 points, so this row lets six regressions of a figure through and fails on
        // seven. Its published unseen figures are these reads (docs/accuracy-log.md): found 191/191, none spurious,
        // reason 132/191 and hard 181/191 on both readers (round one answers none of it). It holds what the reader
        // reads now, after round three's rows for wordings its described misses named, from writers beyond the part
        // (now41d: a virus scanner `unavailable` reads SystemError, OpenSourceMtaWordingTests; now41e: the SPF Why page
        // under openspf.net reads AuthFailure, SpfExplanationUrlTests): 137/191, hard 181/191.
        // now42a (a class-4 Status given up past the first attempt expires, RetriesRanOutTests): 148/191.
        // Session 45 round one (now45d: a size that `exceeds maximum allowed size`, EmailTooLarge; read from every part's
        // misses, so the gain is not unseen): 150/191.
        // Session 49 round one (now49f: the IP `temporarily blocked` outranks the `bad recipient` attempts given as its
        // cause, Blocked, soft, TextClientRefusedInWords; not unseen, the misses were read): 152/191 (79.6 %), hard 183/191 (95.8 %).
        // Session 60 round one (now60k: `rhsbl` a cause word of TextBlocklisted, Blocked, the domain-side name of a DNS
        // blocklist in qpsmtpd's, Postfix's, Sendmail's and spamdyke's words; FilterAndBlocklistWordingTests; read from
        // every part's misses, so not unseen): reason 152 -> 153/191 (80.1 %), hard unchanged (a Postfix policy service's
        // `550 5.7.1 <...>: Recipient address rejected: RHSBL Hits (cached) (...)`, labelled blocked, where X.7.1 read
        // PolicyViolation; its `RHSBL Hit(s). Your sender domain (...) is blacklisted` keeps the refused sender, Rejected).
        { "heldout-s41", new[] { 100, 100, 100, 100, 80.1, 95.8, 100 }, 0 },
        // heldout-s42 (eighteen batches from ten builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 561cb825, and once on its final one,
        // 2b1d2a74, which has session 42's round one) has 274 labelled recipients in 272 messages: mail servers in C++,
        // C, Rust, Scala, Common Lisp, PHP and C# (my-mail-system, GNU Scambio, rMail, Shadowmute, SMTA, PHPMailServ,
        // Novartment.Base), Python relays (Cloudflare Temp Email's SMTP proxy, an SMTP relay to Microsoft Graph), Go
        // gateways (Sigillum, MailAPI, tempmail-demo, mailout-operator), TypeScript servers and Haraka plugins (unMta,
        // Orbital's webhook, mail-relay-chart, MailGate) and a PHP ingestion server (Sendtrap), replayed on loopback: one
        // recipient is 0.36 points, so this row lets nine regressions of a figure through and fails on ten. Its
        // published unseen figures are these reads (docs/accuracy-log.md): found 274/274, none spurious, reason 181/274
        // and hard 254/274 on the starting reader; reason 202/274 and hard 254/274 on the final one, whose round one
        // (now42a: a class-4 Status given up past the first attempt expires), tuned without this part, answers 21 of its
        // returns after the retries ran out.
        // now42d (a service or store `unavailable, try again later` reads SystemError, and 450's `mailbox temporarily
        // unavailable` the same, DocumentedReceiverWordingTests; read after its misses were published, so not unseen):
        // 218/274, hard 254/274; now42e (a sender "not allowed to relay" reads NoRelaying, DocumentedReceiverWordingTests;
        // likewise not unseen): 220/274 with now42d, hard 254/274.
        // now43a (`invalid email address`, TextUserUnknown's `invalid address` with the word email between, reads
        // UserUnknown, HardBounceWordingTests; read after its misses were published, so not unseen): 222/274, hard 256/274.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 226/274.
        // Session 47 round one (now47e: under X.1.1 at RCPT TO, words that name the recipient's domain and no mailbox read the
        // domain not served, NoRelaying, soft; SessionStartRefusalTests; read from every part's misses, so the gain is not
        // unseen): 228/274, hard 256 -> 258/274 (`550 5.1.1 Domain not accepted on this server`).
        // Session 53 round one (now53b: `policy reasons` and `rejected for policy reasons` are context phrases of
        // TextPolicyViolation, so RFC 5321's `Mailbox unavailable (not found, no access, or rejected for policy reasons)`
        // reads UserUnknown, hard; FilterAndBlocklistWordingTests; read from every part's misses, so the gain is not
        // unseen): 230/274, hard 258 -> 260/274.
        // Session 59 round one (now59u: AddressRejectedUnderOtherAddressCode's context phrase `address rejected` is scoped by
        // X.1.0 alone, no longer by 550 too; p5-sisimai's UserUnknown.pm reads `5.1.0 address rejected.` whatever the basic
        // code; HardBounceWordingTests; read from every part's misses, so not unseen): reason 230 -> 232/274 (84.7 %), hard
        // 260 -> 262/274 (95.6 %) (unMta's `554 5.1.0 Address rejected`, labelled userunknown, where 554 read Blocked).
        // Withdrawn by the session 59 review of round one (the scope outranked a refused sender named beside the words,
        // `554 5.1.0 Address rejected: sender blocked` a hard unknown user; catalog/README.md): back to 230/274 (83.9 %),
        // hard 260/274 (94.9 %), measured.
        // Session 62 round one (now62b: `connection refused` under X.7.0 reads the sending host refused, Blocked, a context
        // phrase of ConnectionRefusedUnderSecurityCode, as under a permanent X.7.1; Telstra BigPond's `550-5.7.0 Connection
        // refused - IB116`, GoDaddy's `Connection refused.` refusals in Sisimai's table; DocumentedReceiverWordingTests;
        // read from every part's misses, so not unseen): reason 230 -> 232/274 (84.7 %) (smtp-relay-graph's `421 4.7.0
        // Connection refused.` to EHLO, warning and return, labelled blocked, which read SecurityError), hard 260/274
        // unchanged (94.9 %).
        // Session 64 round one (now64a: `no longer valid` under 530 5.7.0, RFC 4954's authentication required, reads the
        // client's credentials, SecurityError, a scoped phrase of NoLongerValidUnderAuthenticationRequiredCode, as
        // hMailServer writes the words of a session's login; DocumentedReceiverWordingTests; read from the family's misses,
        // so not unseen): reason 232 -> 233/274 (85.0 %) (sigillum's `530 5.7.0 Credential no longer valid; reconnect and
        // authenticate again` through Exim, labelled securityerror, which read Rejected), hard 260/274 unchanged (94.9 %).
        // Session 64 review (rev64a): now64a withdrawn (no writer sends the words under 530 but the held-out line it fixed):
        // reason 232/274 (84.7 %) again, hard 260/274.
        { "heldout-s42", new[] { 100, 100, 100, 100, 84.7, 94.9, 100 }, 0 },
        // heldout-s43 (nineteen batches from nine builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 17487dbc, and once on its final one,
        // fa62f526, which has session 43's round one) has 261 labelled recipients in 255 messages: a Java gateway and a
        // database mail agent (Direct Project's SMTP MQ gateway, Fivium's DMDA), smtp-server apps in TypeScript
        // (EmailFlair, BunMail), Go relays and proxies (smtp-auth-proxy, smtprelayd, smtp-proxy, puppy-eyes), Python
        // relays (smtp2o365, smtp-to-ses, SMPTClientServer), a DMARC milter and a greylist daemon (pydmarc, X-Grey),
        // servers in Elixir and Rust (EmailProvider, FunMail), a web app's inbound receiver in C# (Food Diary), a Perl
        // mail wall (MailWall-II) and C++ servers (ISXSC, mailsrvd), replayed on loopback: one recipient is 0.38
        // points, so this row lets nine regressions of a figure through and fails on ten. Its published unseen figures
        // are these reads (docs/accuracy-log.md): found 261/261, none spurious, reason 188/261 and hard 249/261 on both
        // the starting and the final reader (round one, tuned without this part, answered none of its misses).
        // Session 43 round three (now43f: the recipient's domain `not handled` here reads NoRelaying, as GoAlert's SMTP
        // ingress writes it; answered from this part's described misses after its first read was published, so the gain
        // is not unseen): 190/261.
        // Two labels corrected by the lead after the session's second reading (Exim's returns of mailsrvd's `450 Mailbox
        // does not exist.` carry Status 5.0.0, so the Columns rule makes the unknown users hard; Corpus/README.md, batch
        // U): hard 251/261, where the first read on the frozen labels stands at 249/261.
        // Session 44 round one (now44a: a bare 554 after the end of data whose words name no cause reads the message
        // refused, ContentError, by the classification policy; read from every part's misses, so the gain is not unseen): 194/261.
        // Session 46 round one (now46c: a bare 550 or 553 to RCPT TO whose words name the recipient's domain, not a mailbox,
        // reads the domain not served, NoRelaying, soft, by the classification policy; read from every part's misses, so the
        // gain is not unseen): 196/261.
        // Session 48 round one (now48b, the sender refused in words, as heldout-s14's comment says): reason 196 ->
        // 198/261 (`550 5.7.1 this account may not send as <address>`).
        // Session 48 round one (now48c, the server's own failure in words, as heldout-s21's comment says): reason 196
        // -> 198/261 (75.9 %) (`554 An unexpected error has occurred ... Transaction failed`, both senders).
        // Both together: 200/261 (76.6 %).
        // Session 55 round one (now55e: a `bare CR` reads NotCompliantRfc beside the bare LF, TextBareLineFeed, where
        // X.5.2 read a syntax error; not unseen, the misses were read): 202/261 (77.4 %), hard 251/261 unchanged.
        // Session 63 round one (now63g, the policy service's deferral of the recipient, as heldout-s16's comment says):
        // 202/261 unchanged: x-grey's `450 4.7.1 ... Recipient address rejected: Service temporarily unavailable` reads
        // Greylisted, so its two warnings labelled greylisted are read and its two returns labelled expired (which read
        // Expired by "Retries that ran out") are missed.
        { "heldout-s43", new[] { 100, 100, 100, 100, 77.4, 96.2, 100 }, 0 },
        // heldout-s44 (nineteen batches from ten builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold f08628dd, and once on its final one,
        // 58dc9bcd, which has session 44's round one) has 267 labelled recipients in 261 messages: JVM servers (Kablink
        // Vibe, Mailismus), Node.js servers (Mailroom, imap-smtp, smail), Go servers (mxax, haitatsu, briefmail), Python
        // receivers (Openhook, the Crane Blog listener, GOV.UK Notify's relay), milters (mailfrom-milter, AOServ Jilter),
        // Rust gateways (envoir, simmer), C# servers (DiscordEmailBridge, mk8.email) and C and C++ servers (KDLP's
        // orbit, pmaild), replayed on loopback: one recipient is 0.37 points, so this row lets nine regressions of a
        // figure through and fails on ten. Its published unseen figures are these reads (docs/accuracy-log.md): found
        // 267/267, none spurious, reason 172/267 and hard 252/267 on both the starting and the final reader (round one,
        // tuned without this part, answered none of its misses).
        // Session 44 round three, each answered from this part's described misses after its first read was published, so
        // the gains are not unseen: now44f (a refusal of pipelining in the words `use of ... pipelining` reads
        // SyntaxError, OpenSourceMtaWordingTests) 174/267; now44e (a refusal to relay with words between `relaying` and
        // `denied` that asks for authentication reads NoRelaying, as Sendmail's relay check and Kerio Connect write the
        // refusal apart) 176/267 with now44f; now44g (`mail too large` reads EmailTooLarge, as SVR4 mail(1) writes it,
        // and curl's `Could not resolve host` reads NetworkError) 180/267 with both.
        // Session 45 round one (now45a: a bare 550 or 553 to RCPT TO whose words and codes name no cause reads the recipient
        // refused, UserUnknown, soft, by the classification policy; read from every part's misses, so the gain is not unseen): 184/267.
        // Session 45 round one (now45c: `sender not allowed` reads the envelope sender refused, Rejected, as
        // DomainFactory's relay writes `envelope sender not allowed`; read from every part's misses, so the gain is not
        // unseen): 182/267 alone; 186/267 with now45a.
        // Session 46 round one (now46b: a 450 or 451 in a delay warning, answering RCPT TO, whose words only ask for a retry
        // reads greylisting by the policy's temporary refusal without cause): reason 186 -> 188/267.
        // Session 46 round one (now46d: in a bare 550 or 553 to RCPT TO, `unknown`, `invalid` or `bad` beside a noun for the
        // address, or the noun then `expired`, reads UserUnknown hard; SessionStartRefusalTests): hard 252 -> 254/267 (`550 Invalid username`).
        // Session 53 round one (now53e: Exchange's `Invalid message content` with the message called an email reads
        // ContentError, TextContentError; DocumentedReceiverWordingTests; not unseen, the misses were read): reason 188
        // -> 190/267 (71.2 %) (`550 Invalid email content`, both senders).
        // Session 59 round three (now59s: `invalid sender` under 501 read SyntaxError in a new row scoped to the code):
        // reason 190 -> 191/267 on the round's merge (imap-smtp's `501 Invalid sender` through Exim); the row was withdrawn
        // by the session 59 review (it outranked a cause named beside the words under 501), so 190/267 (71.2 %) again.
        // Session 60 (the row restored with `invalid sender` as a scoped phrase, catalog/README.md "Scoped phrases"; not
        // unseen): reason 190 -> 191/267 (71.5 %) (imap-smtp's `501 Invalid sender` through Exim), hard 254/267
        // unchanged; one miss gone, none added.
        // Session 64 round one (now64k: `too large` under 552 reads EmailTooLarge, TooLargeUnderExceededStorageCode; not
        // unseen): reason 191 -> 193/267 (72.2 %) (`552 Event too large`, direct and through Exim, labelled emailtoolarge,
        // which read MailboxFull), hard 254/267 unchanged; two misses gone, none added.
        { "heldout-s44", new[] { 100, 100, 100, 100, 72.3, 95.1, 100 }, 0 },
        // heldout-s45 (twenty-three batches from twelve builders, each frozen in its own commit, measured by nobody until
        // the session's end, then once on the session's starting reader, the scaffold 21ebff92, and once on its final one,
        // 750daa1b, which has session 45's round one) has 369 labelled recipients in 369 messages: JVM apps (kai-toolbox's
        // mail tool, the Anvil App Server), TypeScript temporary-mail services (EphemeralMail, Temp-Mail-Server), Go relays
        // and servers (syncloud's mail relay, email_router, brclio-mail, email2misskey), Python servers (catto-mail's
        // fake SMTP server, La Suite's pymta, smtp2worker), Postfix policy daemons and a milter (Noliae Mail, PostWarden),
        // Rust servers and gateways (aimail-gateway, rustymail, mailcue's relay, carriers, Kubuno Mail), C# relays and
        // servers (Relayway, Zetian), C servers (bmail, Rumble) and a PHP mailbox server (Puppetflow), replayed on
        // loopback: one recipient is 0.27 points, so this row lets twelve regressions of a figure through and fails on
        // thirteen. Its published unseen figures are these reads (docs/accuracy-log.md): found 369/369, none spurious,
        // reason 249/369 and hard 361/369 on the starting reader; reason 253/369 and hard 361/369 on the final one, whose
        // round one, tuned without this part, answers four of its misses (now45a's bare 550 or 553 to RCPT TO: two
        // unknown users of aimail-gateway, two of bmail; eight more misses it reads UserUnknown are labelled norelaying
        // or syntaxerror).
        // Session 45 round three, each answered from this part's described misses after its first read was published, so
        // the gains are not unseen: now45f (`sender address rejected by policy` reads the sender refused, Rejected, as
        // smtp2m365's gateway and wzrdmail's inbound worker write it) 255/369; now45e (the message's form refused:
        // `invalid message headers` and `message could not be parsed` read NotCompliantRfc, as Elemta's `invalid
        // headers` and the row's `could not parse message`) 257/369 alone, 259/369 with now45f; now45g (a bare `User not
        // local` under 550 reads NoRelaying, as maddy's default configuration refuses a relay, and `domain not served`,
        // as Robin writes it) 257/369 alone, 263/369 with both.
        // Session 46 round one (now46d: in a bare 550 or 553 to RCPT TO, `unknown`, `invalid` or `bad` beside a noun for the
        // address, or the noun then `expired`, reads UserUnknown hard; SessionStartRefusalTests): hard 361 -> 363/369 (`550 Invalid board address`).
        // Session 47 round one (now47a: Postfix cleanup(8)'s `4.6.0 Alias expansion error` reads SystemError in
        // TextPostfixLookupFailure, where X.6.0 read ContentError; OpenSourceMtaWordingTests): reason 263 -> 267/369.
        // Session 47 round one (now47c: RFC 1870's `exceed fixed maximum` said of the message's header reads EmailTooLarge,
        // where 552 alone read a full mailbox; DocumentedReceiverWordingTests): reason 263 -> 265/369 (the PHP mailbox server's
        // `552 Message headers exceed fixed maximum size`).
        // Both together: 269/369 (72.9 %).
        // Session 48 round one (now48c, the server's own failure in words, as heldout-s21's comment says): reason 269
        // -> 271/369 (73.4 %) (`554 App down for maintenance.`, both senders).
        // Session 49 round one (now49e, an X.7.1 refusal naming the recipient's domain, as heldout-s24's comment says):
        // reason 271 -> 273/369 (74 %) (`554 5.7.1 Domain not handled by this mail server`, both senders).
        // Session 51 round three (now51i, a refusal by the receiver's own kind of policy, as heldout-s37's comment says):
        // reason 273 -> 275/369 (74.5 %) (`550 5.7.0 Message rejected by the instance content policy`, both senders).
        // Session 54 round one (now54d, the recipient or its address said to be disabled reads Suspend, soft, as
        // PowerMTA's default classification files it; DocumentedReceiverWordingTests): reason 275 -> 277/369 (75.1 %),
        // hard 363 -> 365/369 (98.9 %) (email_router's `550 5.1.1 Recipient address disabled`, both senders).
        // Session 57 round three (now57k, Postfix's `Temporary lookup failure` under any code, the receiving server's own
        // table lookup, as heldout-s57's comment says): reason 277 -> 279/369 (75.6 %) (`550 451 Temporary lookup
        // failure`, both senders, labelled systemerror, which read NetworkError), hard 365/369 unchanged.
        // Session 60 round one (now60f: `not whitelisted`, `not allowlisted` and `not on allowlist` context phrases of
        // TextRejectedByRecipientPolicyInWords, Filtered; Cloudflare Email Workers' `Sender not allowlisted`;
        // DocumentedReceiverWordingTests; read from every part's misses, so not unseen): reason 279 -> 281/369 (76.1 %),
        // hard 365/369 unchanged (the AI mail gateway's `550 Sender not whitelisted`, both senders, labelled filtered,
        // which read no cause). The session 60 review narrowed the phrases to the sender (`sender not whitelisted` and
        // its kin): measured on the review's head, 281/369 unchanged.
        // Session 62 round two (now62n: `mail is not accepted for this domain` reads NotAccept, hard, a context phrase,
        // TextMailNotAcceptedForDomainInWords; an e-mail validation service's result code 420 in its words; read from every
        // part's misses, so not unseen): reason 281 -> 283/369 (76.6 %), hard 365/369 unchanged (the device platform's mail relay's
        // `550 5.1.2 mail is not accepted for this domain`, both senders, labelled notaccept, which read HostUnknown by X.1.2).
        // Session 62 round two (now62e: `busy` a context phrase scoped to X.3.2, BusyUnderSystemNotAcceptingCode,
        // SystemError, as ShuttingDownUnderSystemNotAcceptingCode reads `shutting down`: RFC 3463 names excessive load
        // among X.3.2's examples, and small SMTP servers answer `421 4.3.2 too busy, try again later`, `421 4.3.2 Service
        // busy` when their slots are full; not unseen, the misses were read): reason 281 -> 285/369 (77.2 %) (Syncloud's
        // `451 4.3.2 relay is busy, try again shortly`, two warnings labelled systemerror and two returns labelled expired,
        // direct and through Exim, which read NotAccept by X.3.2; the returns now read Expired by "Retries that ran out"),
        // hard 365/369 unchanged; four misses gone, none added.
        // Both together (now62n and now62e, as merged, measured by the session 62 review of round two): reason 281 ->
        // 287/369 (77.7 %), hard unchanged, six misses gone, none added. The review (rev62c) withdrew now62n (its only
        // SMTP writer is the part's own relay, a held-out source; the validation service's result code is a verdict, not
        // a refusal): reason 285/369 (77.2 %), now62e's four alone; hard 365/369 unchanged.
        // Session 63 round two (now63k: `email too large`, a context phrase of TextMessageSizeInWords, EmailTooLarge, in
        // the words Cloudflare Email Workers give setReject for a message over their size limit; not unseen, the misses
        // were read): reason 285 -> 287/369 (77.7 %) (email2misskey's `552 Error: email too large`, direct and through
        // Exim, labelled emailtoolarge, which read MailboxFull by 552), hard 365/369 unchanged; two misses gone, none added.
        // Session 64 round two (now64v: `recipient not allowed`, a context phrase of TextRecipientNotAllowedInWords,
        // NoRelaying, in the words FeatherMail's SimpleAccess adapter refuses a recipient outside its allow list; not
        // unseen, the misses were read): reason 287 -> 289/369 (78.3 %) (ephemeralmail's `550
        // Recipient not allowed`, direct and through Exim, labelled norelaying, which read UserUnknown by 550), hard
        // 365/369 unchanged; two misses gone, none added.
        { "heldout-s45", new[] { 100, 100, 100, 100, 78.3, 98.9, 100 }, 0 },
        // heldout-s46 (twenty-six batches from thirteen builders, each frozen in its own commit, measured by nobody
        // until the session's end, then once on the session's starting reader, the scaffold 60ea49eb, and once on its
        // final one, a076d8f7, which has session 46's round one) has 429 labelled recipients in 425 messages: a Java
        // message-board server (MelatiBoards), JavaScript and TypeScript relays (opnshelf's mail relay, loopingz's
        // smtp-relay), Go servers and gateways (mailmoose, AgentTransfer, Mailarky, otter's gateway, secmail, a Slack
        // temporary-mail bot, ulist), Python servers (morok's relay, Poisson Magique, rsml, the Netfarm archiver),
        // Postfix policy services (postfix-spf-policy, postfix-outbound-ratelimiter, postfix-ratelimitd), Rust servers
        // (AS207960's whois-email, Ferromail), C# services (ONLYOFFICE's autoreply, Anjal), C servers (visage,
        // dummymail, ODQmail) and Perl proxies and plugins (DKIMproxy, qbox), replayed on loopback: one recipient is
        // 0.23 points, so this row lets fourteen regressions of reason through and fails on fifteen (hard: fifteen,
        // fails on sixteen). Its published unseen figures are these reads (docs/accuracy-log.md): found 429/429, none
        // spurious, reason 287/429 and hard 393/429 on the starting reader; reason 289/429 and hard 393/429 on the final
        // one, whose round one, tuned without this part, answers two of its misses (now46c's refusal of the recipient's
        // domain: MelatiBoards' "is not a board mail domain").
        // Session 46 round three, read after the first reads were published, so not unseen: now46g
        // (`maximum{...}recipients allowed` reads a recipient cap, TextTooManyRecipientsInWords) reason 289 -> 293/429
        // (Ferromail's `452 Maximum 5 recipients allowed`).
        // Session 46 round three (now46h: `DNS query timeout` reads NetworkError, TextNameServerTimeout; a DKIM key
        // query that timed out could not complete; not unseen, the misses were read): reason 289 -> 293/429 (DKIMproxy's
        // `450 DKIM - temperror (DNS query timeout ...)`, two delayed labelled networkerror and two returns labelled
        // expired).
        // Both together: 297/429 (69.2 %).
        // Session 48 round one (now48b, the sender refused in words, as heldout-s14's comment says): reason 297 ->
        // 299/429 (`550 5.7.1 Message rejected: sender domain blocked`).
        // Session 48 round one (now48c, the server's own failure in words, as heldout-s21's comment says): reason 297
        // -> 301/429 (70.2 %) (`554 Sorry...: something is wrong with this server---java.lang.NullPointerException`,
        // two replies, both senders).
        // Both together: 303/429 (70.6 %).
        // Session 50 round one (now50a: `list address <a> is not in To or Cc` reads PolicyViolation, where 541 read
        // Filtered, TextListAddressNotInToOrCcInWords; not unseen, the misses were read): 305/429 (71.1 %).
        // Session 51 round one (now51b: `insufficient storage` under X.2.2 reads MailboxFull, where TextSystemFull read a
        // full system, StorageUnavailableUnderMailboxFullCode; not unseen, the misses were read): 309/429 (72 %).
        // Session 51 round one (now51d: `Unknown sender` reads Rejected, TextSenderRejected, DocumentedReceiverWordingTests;
        // not unseen, the misses were read): 307/429 (71.6 %) (`550 Unknown sender`, both relays).
        // Both together: 311/429 (72.4 %).
        // Session 53 round one (now53a: `address not found` as UserUnknown) measured reason 311 -> 319/429, hard 393 ->
        // 401/429 here and was withdrawn by the session 53 review, as sessions 40 and 46 did not keep it.
        // Session 56 round one (now56b: `message has no From address` reads NotCompliantRfc, TextHeaderFieldMissingInWords,
        // DocumentedReceiverWordingTests; not unseen, the misses were read): reason 311 -> 317/429 (73.9 %); hard 393/429.
        // Session 60 round one (now60a: the cause word `domainkeys`, DomainKeys, RFC 4870, of TextAuthFailure, AuthFailure;
        // qpsmtpd's domainkeys plugin's `DomainKeys signature failed to verify`; CauseWordTests; read from every part's
        // misses, so not unseen): reason 317 -> 319/429 (74.4 %), hard unchanged (dkimproxy's `550 5.7.1 DomainKeys - none`
        // after the message, Postfix and Exim, labelled authfailure, where X.7.1 read PolicyViolation).
        { "heldout-s46", new[] { 100, 100, 100, 100, 74.4, 91.6, 100 }, 0 },
        // heldout-s47 (twenty-five batches from fifteen builders, each frozen in its own commit, measured by nobody
        // until the session's end, then once on the session's starting reader, the scaffold 2fc5703c, and once on its
        // final one, 65ccbd93, which has session 47's round one) has 343 labelled recipients in 327 messages: a Java
        // server library (MailsterSMTP), TypeScript and JavaScript services (SafeSend, Flytrap, TempMailOnVPS,
        // cloudflare-smtp-gateway), Go servers and gateways (xeron-mx, a Gitea fork's mailbox, sn360-es, getzemail,
        // smtp2gmail, go-vacationd), a Python list server and filter (Mailing Set, XGBert's gateway), a C++ list server
        // (LimeZ), C servers (slowsmtp, Curs_SMTP), a C# server (poshtar), Rust servers and a milter (fula-mail,
        // OxidRelay, the hongbao milter), a policy service (TatvaOS), a Perl proxy (VBoxAdm's vboxadm-sa), a Tcl front
        // end (SAUCE) and Exim and Postfix configurations (Biapy's ACLs, ugns's Salt states), replayed on loopback: one
        // recipient is 0.29 points, so this row lets eleven regressions of reason through and fails on twelve (hard:
        // the same). Its published unseen figures are these reads (docs/accuracy-log.md): found 343/343, none spurious,
        // reason 227/343 and hard 312/343 on the starting reader and the same on the final one (round one, tuned without
        // this part, answers none of its misses).
        // Session 47 round three (now47f: the envelope sender refused in other servers' words, `sender not permitted`,
        // a blacklisted `return path`, and `invalid from address`, read Rejected,
        // TextEnvelopeSenderRefusedInWords; not unseen, the misses were read after the first read was published): reason
        // 227 -> 235/343 (68.5 %) (OxidRelay's `550 sender not permitted`, SAUCE's `550 Blacklisted return path`,
        // go-vacationd's `451 4.0.0 invalid from address`, two delayed and two returns, all labelled rejected).
        // Session 48 round three (now48f: in a bare 550 or 553 to RCPT TO the noun, `name` after it or not, then `unknown`
        // reads UserUnknown hard, SmtpBounceReader.NamesRecipientUnknown; not unseen): hard 312 -> 314/343 (91.5 %)
        // (getzemail's `550 5.0.0 Email Receiver: mailbox name unknown`, labelled userunknown and hard).
        // Session 62 round two (now62k: `message content rejected` under X.6.0 or X.6.1 reads ContentError, a scoped
        // phrase of ContentRejectedUnderMediaCode: Amazon SES's receipt-rule template `500 5.6.1 Message content
        // rejected`, which p5-sisimai's ReceivingSES table reads as a content error; DocumentedReceiverWordingTests; read
        // from every part's misses, so not unseen): reason 235 -> 237/343 (69.1 %) (smtp2gmail's `554 5.6.0 Message
        // content rejected: could not parse message`, direct and through Exim, labelled contenterror, which read
        // SpamDetected), hard 314/343 unchanged (91.5 %); two misses gone, none added.
        { "heldout-s47", new[] { 100, 100, 100, 98.8, 69.0, 91.5, 100 }, 0 },
        // heldout-s48 (twenty-one batches from thirteen builders, each frozen in its own commit, measured by nobody
        // until the session's end, then once on the session's starting reader, the scaffold 05f7f3d9, and once on its
        // final one, bb45d3e8, which has session 48's round one) has 411 labelled recipients in 407 messages:
        // JavaScript and TypeScript services (PhoneMail, bapi-work's Email-Server, Skale Club's xmail MX,
        // DiscordMailHooks, doerchat-inbound, Plunk's relay), Go servers (Mailyard, Oddzilla's mail receiver, Persistent
        // Temp Mail), Python services, a proxy and a milter (as_email_service, py_pg_email, an XOAUTH2 proxy, grouprise's
        // LMTP server, Wildfire Milter), Rust servers (KooixMail, Aerogramme's LMTP server), C servers (barid, kmaild) and
        // Exim and Postfix configurations (the Debian system administrators' Exim, Debian Edu's Exim, Arch Linux's
        // Postfix), replayed on loopback: one recipient is 0.24 points, so this row lets fourteen regressions of reason
        // through and fails on fifteen (hard: the same). Its published unseen figures are these reads
        // (docs/accuracy-log.md): found 411/411, none spurious, reason 253/411 and hard 386/411 on the starting reader
        // and the same on the final one (round one, tuned without this part, answers none of its misses).
        // Session 48 round three (now48g, from this part's described misses, so not unseen): reason 253 -> 265/411
        // (64.5 %) (Plunk's relay's `450 Subject line is too long (max 998 characters)` and `450 Header value too long
        // for x-campaign-id (max 998 characters)`, labelled contenterror, and PhoneMail's `450 Message content exceeds
        // the supported size.`, labelled emailtoolarge; delayed and returns).
        // Session 48 round three (now48h: "rejected by" the receiver's spam filter by name reads SpamDetected, as Sisimai's
        // SpamDetected comments its "blocked by" entry): reason 253 -> 255/411, Arch Linux's Postfix's two refusals; the
        // misses were read to find the wording, so the gain is not unseen.
        // Session 48 round three (now48f: in a bare 550 or 553 to RCPT TO `no` or `no such` right before a noun for the
        // address reads UserUnknown hard, SmtpBounceReader.NamesRecipientUnknown; not unseen, the misses were read after
        // the first read was published): hard 386 -> 388/411 (94.4 %) (Aerogramme's `550 No user for email address`,
        // labelled userunknown and hard).
        // All three together: reason 267/411 (65.0 %), hard 388/411 (94.4 %).
        // Session 50 round one (now50b: SMTP AUTH demanded as `requires authentication`, SecurityError,
        // TextSecurityError, FilterAndBlocklistWordingTests; not unseen, the misses were read): reason 267 -> 269/411
        // (65.5 %) (`550 SMTP server requires authentication.`, both senders).
        // Session 51 round one (now51d: `Sender blocked` reads Rejected, TextSenderRejected, DocumentedReceiverWordingTests;
        // not unseen, the misses were read): reason 269 -> 271/411 (65.9 %) (`550 Sender blocked`, both relays).
        // Session 52 round one (now52d: `recipients per` a period reads RateLimited, TextMessagesPerPeriodExceeded,
        // OpenSourceMtaWordingTests; not unseen, the misses were read): reason 271 -> 275/411 (66.9 %) (Arch Linux's
        // Postfix's `You can only send to <n> recipients per <period> per user` under 5.7.1, both relays).
        // Session 55 round one (now55a: the sender's own account `deactivated`, `disabled`, `suspended` or `locked` under
        // Postfix's `Sender address rejected:` heading reads Rejected, TextSenderRejected, DocumentedReceiverWordingTests;
        // not unseen, the misses were read): reason 275 -> 277/411 (67.4 %) (`Sender address rejected: Account is
        // deactivated and cannot relay`, both relays).
        // Session 58 round one (now58r: the demand for authentication said of relaying, `authentication required for
        // relaying` and `authentication is required for relay(ing)`, reads NoRelaying, TextNoRelaying beside session 50's
        // `authentication required for relay`, FilterAndBlocklistWordingTests; phpList's bounce statistics plugin's
        // `Authentication is required for relay`; read from every part's misses, so not unseen): reason 277 -> 279/411
        // (67.9 %) (`530 5.7.1 Authentication required for relaying`, both relays, labelled norelaying, where the demand
        // alone read SecurityError); hard 388/411 unchanged.
        // Session 58 round one (now58s: SQLite's `database is locked` reads SystemError, context phrases of
        // TextSystemError, OpenSourceMtaWordingTests; not unseen, the misses were read): reason 277 -> 279/411 (67.9 %)
        // (`500 Error: (OperationalError) OperationalError('database is locked')`, direct and through Exim, labelled
        // systemerror, where the 500 read SyntaxError).
        // Both together (now58r and now58s), measured at the session 58 review on the merge: reason 277 -> 281/411
        // (68.4 %), hard 388/411 unchanged (94.4 %), four misses gone, none added.
        // Session 60 round one (now60c: `too much data` a context phrase of TextTooMuchMailData, EmailTooLarge, as
        // heldout-s40's comment says; not unseen): reason 281 -> 283/411 (68.9 %), hard unchanged (barid's `552 TOO MUCH
        // DATA!`, direct and through Exim, labelled emailtoolarge, where 552 alone read MailboxFull).
        // Session 64 round one (now64e: `ConnectionRefusedError`, Python's exception for a refused connection as aiosmtpd's
        // `500 Error: (<exception class>) <message>` names it, a context phrase of TextConnectionRefusedErrorNamed,
        // NetworkError, DocumentedReceiverWordingTests; not unseen, the misses were read): reason 283 -> 285/411 (69.3 %),
        // hard unchanged (`500 Mail Provider error: ConnectionRefusedError(111, 'Connection refused')`, direct and through
        // Exim, labelled networkerror, where the 500 read SyntaxError).
        { "heldout-s48", new[] { 100, 100, 100, 99, 69.3, 94.4, 100 }, 0 },
        // heldout-s49 (twenty batches from twelve builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 6812df13, and once on its final one,
        // ee69226a, which has session 49's round one) has 280 labelled recipients in 274 messages: JavaScript and
        // TypeScript services (Tinpost, SMTP-PMTA's policy server), Go gateways (NotifyRelay, an e-mail forwarder
        // gateway, mailgw-go), Python services (mail-command-server, intelligent-smtp-responder, email2signal), Rust
        // gateways and a milter (Vigilyx MTA, Flow-Like's mail ingress, MilterAgent, OpenSASE's e-mail security gateway),
        // C and C++ servers (Femail, Ulusan's mail server), a Java LMTP server (microLMTP), PHP (Genkgo Mail's server),
        // Perl (Mail::Decency, kuvert) and Postfix configurations (parseword's mail-config, ansible.mailstack), replayed
        // on loopback: one recipient is 0.36 points, so this row lets nine regressions of reason through and fails on ten
        // (hard: the same). Its published unseen figures are these reads (docs/accuracy-log.md): found 280/280, none
        // spurious, reason 188/280 and hard 266/280 on the starting reader and the same on the final one (round one,
        // tuned without this part, answers none of its misses).
        // Session 49 round three (after the first read was published, so not unseen): now49i (a part of the receiving
        // server named as unavailable or failing, `storage unavailable`, `engine temporary failure`, and `unavailable,
        // try later`, read SystemError under a temporary X.7.x): reason 188 -> 198/280 (70.7 %), hard 266/280
        // unchanged.
        // Session 49 round three (now49j: `line longer than` in TextSmtpLineTooLong and `malformed message` under 500,
        // MalformedMessageUnderSyntaxErrorCode, both NotCompliantRfc; not unseen, the misses were read after the first
        // read was published): reason 188 -> 192/280 (68.6 %) (mailgw-go's `line longer than 512 bytes` and Genkgo
        // Mail's `500 Malformed message`, labelled notcompliantrfc).
        // Session 49 round three (now49k: a sender, recipient or client domain said to be unknown reads Rejected,
        // HostUnknown hard or RequirePtr, as Postfix's postconf(5) unknown_address_reject_code and
        // unknown_client_reject_code say; from this part's described misses after its first read was published, so not
        // unseen): reason 188 -> 194/280 (69.3 %), hard 266 -> 268/280 (95.7 %) (Mail::Decency's Doorman, `Sender
        // domain is unknown`, `Recipient domain is unknown`, `Client domain is unknown`, Postfix and Exim).
        // All three together: reason 208/280 (74.3 %), hard 268/280 (95.7 %).
        { "heldout-s49", new[] { 100, 100, 100, 100, 74.3, 95.7, 100 }, 0 },
        // heldout-s50 (sixteen batches from twelve builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 8a2e12f3, and once on its final one,
        // 833eed19, which has session 50's round one) has 340 labelled recipients in 340 messages: TypeScript and
        // JavaScript services (Helix Workspace's receiver, Nostr Mail Bridge, Frappe Mail Agent's Haraka plugins), Go
        // servers and a policy service (smtp-bridge, NodeHoster's relay, Vectis's policy server), a Python server and
        // milter (minder, mailheadercheck), Rust servers (Kuria, Epistle), C++ servers (PostPlus, quackmail), a Java LMTP
        // service (ElasticInbox), Perl (M3MTA) and Postfix configurations (ansible-servers' checks, e-pullup), replayed
        // on loopback: one recipient is 0.29 points, so this row lets twelve regressions of reason through and fails on
        // thirteen (hard: eleven and twelve). Its published unseen figures are these reads (docs/accuracy-log.md): found
        // 340/340, none spurious, reason 230/340 and hard 330/340 on the starting reader and the same on the final one
        // (round one, tuned without this part, answers none of its misses).
        // Session 50 round three (now50i: a From, Date, Sender or Message-ID header said to be empty, or a From, Date or
        // Message-ID header said to be invalid, reads NotCompliantRfc in TextHeaderFieldRepeatedOrMalformedInWords, as
        // RFC 5322 3.6 defines the fields; `header too long` reads ContentError in TextMtaHeaderSizeLimits, Exim's header
        // line too long in other words; not unseen, the misses were read after the first read was published): reason
        // 230 -> 238/340 (70 %), hard 330/340 unchanged (mailheadercheck's `Header violation: Empty From:-Header`, `Empty
        // Date:-Header`, `Invalid Date:-Header` and `Subject:-Header too long`, Postfix and Exim).
        // Session 50 round three (now50j: `mailbox exceeds maximum size` in TextMailboxFull, MailboxFull, and `messages
        // this hour` in TextSendingRateInWords, RateLimited; not unseen, the misses were read after the first read was
        // published): reason 230 -> 236/340 (69.4 %), hard 330/340 unchanged (M3MTA's `452 Mailbox exceeds maximum
        // size`, delayed and returned after the retries, labelled mailboxfull, and Vectis's policy server's `... mailbox
        // sending suspended: 501 messages this hour (limit: 500)`, labelled ratelimited, Postfix and Exim).
        // Session 50 round three (now50k: `authentication required for relay` reads NoRelaying in TextNoRelaying, and
        // the sender or its domain `on the recipient block list` reads Rejected in TextSenderOnRecipientDomainBlacklist;
        // not unseen, the misses were read after the first read was published): reason 230 -> 236/340 (69.4 %), hard
        // 330/340 unchanged (Kuria's `530 5.7.1 Authentication required for relay`, Vectis's `554 5.7.1 Sender is on
        // the recipient block list` and its domain twin).
        // All three together: reason 250/340 (73.5 %), hard 330/340 (97.1 %).
        // Session 51 round one (now51a: `unknown or <one word>` before a noun for the address in a bare 550 or 553 to
        // RCPT TO reads UserUnknown hard, SmtpBounceReader.NamesRecipientUnknown; not unseen, the misses were read):
        // reason 250/340 unchanged, hard 330 -> 332/340 (97.6 %).
        // Session 60 round one (now60f: `not whitelisted` a context phrase of TextRejectedByRecipientPolicyInWords,
        // Filtered, as heldout-s45's comment says; not unseen): reason 250 -> 254/340 (74.7 %), hard 332/340 unchanged
        // (the Nostr mail bridge's `450 Not whitelisted`, warned and returned after the retries, Postfix and Exim,
        // labelled filtered, which read SystemError or Expired; its `450 Sender not whitelisted and trust score too low`,
        // labelled badreputation, reads Filtered where it read SystemError or Expired: the same four misses).
        // The session 60 review narrowed the phrases to the sender (`sender not whitelisted` and its kin; bare, `your IP
        // is not whitelisted` read the recipient's rules), so the bridge's bare `450 Not whitelisted` reads SystemError
        // or Expired again: reason 254 -> 250/340 (73.5 %), back to its figure before the round; its trust-score reply
        // still reads Filtered (a miss either way).
        // Session 62 round one (now62p: `go away` a context phrase of TextGoAway, so the spam named beside it decides; not
        // unseen, the misses were read): reason 250 -> 252/340 (74.1 %), hard 332/340 unchanged (a Postfix header_checks
        // list's `550 5.7.1 Confirmed spam. Go away.`, Postfix and Exim, labelled spamdetected, which read Blocked).
        { "heldout-s50", new[] { 100, 100, 100, 100, 74.1, 97.6, 100 }, 0 },
        // heldout-s51 (nineteen batches from thirteen builders, each frozen in its own commit, measured by nobody until
        // the session's end, then once on the session's starting reader, the scaffold 8cc52751, and once on its final
        // one, c65c6be0, which has session 51's round one and its review) has 354 labelled recipients in 354 messages:
        // JavaScript and TypeScript services (Patra Mailer, a Haraka plugin that probes the target MX, Edge Friendly
        // Rspamd's Cloudflare Email Worker), Go servers and LMTP services (rookery, picomx, LambdaMail, Mailgress,
        // naust-jmap, xListman), Python relays (an aiosmtpd relay, Safe Sender), C milters (Richard Gooch's), Rust servers
        // (burngate, IRIXMAIL, aimx), a Kotlin server (JavaMailServer), a Perl policy server (slockd) and configurations
        // (the Postfix-Buch header and body checks, an Exim tutorial's ACLs), replayed on loopback: one recipient is 0.28
        // points, so this row lets twelve regressions of reason through and fails on thirteen (hard: the same). Its
        // published unseen figures are these reads (docs/accuracy-log.md): found 354/354, none spurious, basic code
        // 352/354, reason 239/354 and hard 342/354 on the starting reader and the same on the final one (round one,
        // tuned without this part, answers none of its misses).
        // Session 51 round three (now51j: `open relay rejected; see` and `which is an open relay` read Blocked, soft,
        // in TextOpenRelaySourceInWords, ORBS's verdict and Sendmail V5's as p5-sisimai quotes it; not unseen, the
        // misses were read after the first read was published): reason 239 -> 241/354 (68.1 %), hard 342 -> 344/354
        // (97.2 %) (Richard Gooch's milters' `551 Open relay rejected; see <url>`, Postfix and Exim).
        // Session 51 round three (now51i: `mail policy`, `content policy` and `security policy`, context phrases since
        // the session 51 review, read PolicyViolation in TextPolicyViolation, and the token `message_too_large`
        // EmailTooLarge in TextMessageTooLarge; not unseen, the misses were read after the first read was published):
        // reason 239 -> 243/354 (68.6 %), hard 342/354 unchanged (Edge Friendly Rspamd's `550 Rejected by mail policy`
        // and Patra Mailer's `552 message_too_large`, Postfix and Exim).
        // Both together: reason 245/354 (69.2 %), hard 344/354 (97.2 %).
        // Session 51 review (now51i's policies are context phrases, so a cause named beside them decides): reason 245
        // -> 253/354 (71.5 %), hard unchanged (a tutorial's Exim ACLs' `550 Content Policy Restriction: ... not
        // permitted`, labelled policyviolation, both senders: the policy heads the reply and no cause is named after
        // it).
        // Session 52 round one (now52a: a bare 551 after the end of data in words that name the message reads the message
        // refused, ContentError, soft, not HasMoved's hard; SessionStartRefusalTests; not unseen, the misses were read):
        // hard 344 -> 346/354 (97.7 %) (milter-size's `551 body length: 48 rejected by administrator`, labelled
        // policyviolation, Postfix and Exim).
        // Session 54 round one (now54c: `too many commands` and `too many nonmail commands`, a limit on one session's
        // commands, read RateLimited, TextRateLimited; not unseen, the misses were read): reason 253 -> 255/354 (72.0 %),
        // hard unchanged (the part's `421 Too many commands`, and its return after the retries ran out).
        // Session 59 round one (now59j: `does not match authenticated` a context phrase of TextSenderNotAuthorizedForAddress,
        // Rejected; submission servers' `Sender address does not match authenticated user`; SmtpServerHookWordingTests;
        // read from every part's misses, so not unseen): reason 255 -> 257/354 (72.6 %), hard unchanged (Safe Sender's
        // `550 5.7.1 Sender domain does not match authenticated account` after the message, Postfix and Exim, labelled
        // rejected, where X.7.1 read PolicyViolation).
        // Session 62 round two (now62f: `on the suppression list` and `suppressed due to`, context phrases of the new
        // TextSuppressionListInWords, Filtered, soft: Amazon SES's and SparkPost's suppression-list bounces; read from every
        // part's misses, so not unseen): reason 257 -> 259/354 (73.2 %), hard unchanged (Safe Sender's `550 5.1.8
        // Recipient address suppressed due to prior bounce or complaint`, Postfix and Exim, labelled filtered, where
        // X.1.8 read Rejected).
        { "heldout-s51", new[] { 100, 100, 100, 99.4, 73.1, 97.7, 100 }, 0 },
        // heldout-s52 (eleven batches from eight builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 2edaa4ab, and once on its final one,
        // 1eee26e6, which has session 52's round one and its reviews) has 206 labelled recipients in 206 messages: a
        // JavaScript relay (the Oxinov platform's Keycloak-to-SES relay), Go servers and LMTP services (exe.dev's LMTP
        // server, OxiMail), a Python service on aiosmtpd (ManyMail), a Python LMTP daemon (Response's), Postfix policy
        // services (Mailyte's), Rust servers (Raxis's SMTP credential proxy, RusMES), a Cloudflare Email Worker (Mail Bin)
        // and configurations (a published Postfix spam filter's header and body checks, a Postfix relay's DLP checks),
        // replayed on loopback: one recipient is 0.49 points, so this row lets seven regressions of reason through and
        // fails on eight (hard: the same). Its published unseen figures are these reads (docs/accuracy-log.md): found
        // 206/206, none spurious, basic code 206/206, reason 130/206 and hard 198/206 on the starting reader and the same
        // on the final one (round one, tuned without this part, answers none of its misses).
        // Session 52 round three (now52i: `alias not found` reads UserUnknown, hard, in TextUserUnknown, Postfix's
        // virtual(5) unknown alias rejected as undeliverable; `to remote addresses` and then `not allowed`, `not
        // permitted` or `not configured` reads NoRelaying, soft, in TextNotRelayInWords, spamdyke's relaying refusal
        // and p5-sisimai's NoRelaying; not unseen, the misses were read after the first read was published): reason
        // 130 -> 134/206 (65.0 %), hard 198 -> 200/206 (97.0 %) (Mail Bin's `550 Alias not found.` and OxiMail's
        // `550 5.7.1 Alias forwarding to remote addresses is not configured`, each direct and through Exim).
        // Session 52 round three (now52k: `too many recipient commands/address/addresses` reads RateLimited,
        // TextTooManyRecipientsInWords, and `could not process the email` SystemError, TextMessageProcessingFailedInWords;
        // not unseen, the misses were read after the first read was published): reason 130 -> 136/206 (66.0 %) (`421 4.7.0
        // Too many recipient commands, try again later`, labelled ratelimited, four; `550 ... could not process the
        // email.`, labelled systemerror, two), hard 198/206 unchanged.
        // Both together: reason 140/206 (67.9 %), hard 200/206 (97.0 %).
        // Session 64 round two (now64v: `recipient not allowed`, a context phrase of TextRecipientNotAllowedInWords,
        // NoRelaying; not unseen, the misses were read): reason 140 -> 142/206 (68.9 %) (Raxis's `550 5.7.1 recipient not
        // allowed`, direct and through Exim, labelled norelaying, which read PolicyViolation by X.7.1), hard 200/206
        // unchanged; two misses gone, none added.
        { "heldout-s52", new[] { 100, 100, 100, 100, 68.9, 97.0, 100 }, 0 },
        // heldout-s53 (twenty batches from thirteen builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 5aac30ef, and once on its final one,
        // 48368217, which has session 53's round one and its reviews) has 333 labelled recipients
        // in 333 messages: JavaScript and TypeScript services on smtp-server (Riffado's mail receiver, JorgardeMail's
        // inbound edge, CatchBox's LMTP worker), Go servers (Yunt, verify_server on go-guerrilla, Relay's inbound MX,
        // PMail), a Python policy service and LMTP receiver (Shipard's mail router), Rust servers and LMTP services
        // (Kutup, MaiRust, Nova Mail), a C++ server (alexmihy's mail_server), a C# fake SMTP server for nolisting, a PHP
        // server (xieguigang's), Cloudflare Email Workers (Guimail, EmailSender, an Email-to-SMS worker, Kody) and
        // configurations (FIDOGATE's Sendmail check rules, WebStack CLI's Exim templates), replayed on loopback: one
        // recipient is 0.30 points, so this row lets eleven regressions of reason through and fails on twelve (hard: the
        // same). Its published unseen figures are this read (docs/accuracy-log.md): found 333/333, none spurious, basic
        // code 331/333 (Exim's warning and return for Yunt's 421 to EHLO, which quote no reply), reason 258/333 and hard
        // 318/333 on the starting reader and the same on the final one (round one, tuned without this part, answers none
        // of its misses).
        // Session 53 round three (now53i: `inbox is` and then `locked`, `disabled`, `suspended`, `deactivated`,
        // `inactive`, `frozen` or `closed` reads Suspend, soft, in TextAccountDisabledInWords, RFC 3501's INBOX as the
        // user's primary mailbox with RFC 3463 X.2.1 and p5-sisimai's Suspend; not unseen, the misses were read after the
        // first read was published): reason 258 -> 260/333 (78.0 %), hard 318/333 unchanged (95.4 %) (Kody's `550 Email
        // inbox is disabled.`, direct and through Exim).
        // Session 53 round three (now53k: `message/email/e-mail body exceeds/exceeded` and then `size` or `limit`, and
        // `accepts messages up to` a size in bytes, read EmailTooLarge in TextMessageSizeInWords, RFC 1870's maximum fixed
        // message size and Postfix's message_size_limit; not unseen, the misses were read after the first read was
        // published): reason 258 -> 262/333 (78.6 %) (`550 Message body exceeds mailbox limit` and `550 This mailbox
        // accepts messages up to 4 MiB`, labelled emailtoolarge, each direct and through Exim), hard 318/333 unchanged.
        // Both together: reason 264/333 (79.2 %), hard 318/333 (95.4 %).
        // Session 53 final reading (now53k's `accepts messages up to{...}[unit]` withdrawn: its gap ran past the clause,
        // so `accepts messages up to 10 per hour, size 5 MB` read the size, not the rate): reason 264 -> 262/333 (78.6 %)
        // (EmailSender's `550 This mailbox accepts messages up to 4 MiB`, direct and through Exim, reads nothing again),
        // hard 318/333 unchanged.
        // Session 54 round one (now54b: `could not store this message` and the row's other store verbs with `this`, `the`
        // or `your` before `message` read SystemError, TextMessageNotStoredInWords, context phrases; not unseen, the
        // misses were read): reason 262 -> 264/333 (79.2 %) (EmailSender's `550 Mailbox could not store this message;
        // please contact the recipient`, labelled systemerror, direct and through Exim), hard 318/333 unchanged.
        // Session 56 round one (now56a: `sender not authorized` without an enhanced code reads the sender refused, Rejected,
        // a context phrase of TextEnvelopeSenderRefusedInWords; not unseen, the misses were read): reason 264 -> 266/333
        // (79.9 %) (`550 Sender not authorized: <sender>`, direct and through Exim), hard 318/333 unchanged.
        // Session 61 round one (now61u: `exceeded quota` reads MailboxFull in TextMailboxFull, p5-sisimai's `user has
        // exceeded quota`; DocumentedReceiverWordingTests; not unseen, the misses were read): reason 266 -> 268/333 (80.5 %)
        // (`422 Recipient mailbox exceeded quota limit.`, labelled mailboxfull, direct and through Exim, both given up),
        // hard 318/333 unchanged. The published figures are left as they were.
        // Session 62 round one (now62g: OpenBsdSpamdGreylisting narrowed to spamd's sentence with its full stop, `Temporary
        // failure, please try again later.`, as spamd.c writes it; other programs' temporary failures write the words
        // without it; not unseen, the misses were read): reason 268 -> 272/333 (81.7 %) (Yunt's `451 4.0.0 temporary
        // failure, please try again later`, a warning labelled systemerror and a return labelled expired, direct and
        // through Exim, no longer greylisting), hard 318/333 unchanged. The published figures are left as they were.
        // Session 62 round two (now62e: `busy` a context phrase scoped to X.3.2, BusyUnderSystemNotAcceptingCode,
        // SystemError, as heldout-s45's comment says; not unseen, the misses were read): reason 272 -> 276/333 (82.9 %)
        // (JorgardeMail's `451 4.3.2 Server temporarily busy`, two warnings labelled systemerror and two returns labelled
        // expired, direct and through Exim, which read NotAccept by X.3.2), hard 318/333 unchanged; four misses gone, none
        // added. The published figures are left as they were.
        { "heldout-s53", new[] { 100, 100, 100, 99.3, 78.6, 95.4, 100 }, 0 },
        // heldout-s54 (twenty batches from thirteen builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 307406be) has 351 labelled recipients
        // in 351 messages: Go servers (Tayga Mail Server, Sisumail's Tier 2 receiver and its relay's listener, Deneb's
        // LMTP receiver), a Rust server (Sentio), JavaScript and TypeScript services (Caocong TempMail, Ouro's mail
        // ingress, Nail's Nostr bridge, Ionosphere's LMTP receiver), Cloudflare Email Workers (two projects named
        // agents-mail), Python filters and gateways on aiosmtpd (a multi-tenant AI e-mail gateway, VoiceServices' SMTP
        // notifications), Postfix policy services in Go (Mailproof's admission policy, fixrate), a Perl server
        // (POE::Component::Server::SimpleSMTP), a C# test catcher's chaos replies (Spamma) and published Exim
        // configurations (mereszpingvin's, Maciej Korzen's, Iris's), replayed on loopback: one recipient is 0.28 points,
        // so this row lets twelve regressions of reason through and fails on thirteen (hard: the same). Its published
        // unseen figures are this read (docs/accuracy-log.md): found 351/351, none spurious, basic code 349/351 (Exim's
        // warning and return for Sisumail's 421 to EHLO, which quote no reply), reason 281/351 and hard 335/351.
        // Session 54 round three (now54i: `inconsistent reverse dns` and `reverse dns does not match forward` (and
        // doesn't) read RequirePtr in TextRequirePtr, longer than Postfix's heading `client host rejected` before them,
        // as postconf(5)'s reject_unknown_client_hostname and Gmail's 5.7.25 (p5-sisimai 4.25.15 lists it under
        // blocked) read a PTR name that does not resolve back; not unseen, the misses were read after the first read
        // was published): reason 281 -> 285/351 (81.1 %) (mereszpingvin's
        // `550 Client host rejected: no or inconsistent reverse DNS set.` and `... reverse DNS does not match forward`,
        // labelled requireptr, each direct and through Exim), hard 335/351 unchanged (95.4 %).
        // Session 54 round three (now54k: `too many connection attempts` reads RateLimited in TextSendingRateInWords,
        // Postfix's smtpd_client_connection_rate_limit and p5-sisimai's TooManyConn; not unseen, the misses were read
        // after the first read was published): reason 281 -> 285/351 (81.1 %), hard 335/351 unchanged (95.4 %) (`421 too
        // many connection attempts, try again later`, two warnings and two returns, labelled ratelimited).
        // Both together: reason 281 -> 289/351 (82.3 %), hard 335/351 unchanged (95.4 %).
        // Session 55 round one (now55b: `unknown domain`, the words together, reads HostUnknown, hard, in
        // TextInvalidDomainWording, p5-sisimai 4.25.15's HostUnknown list and postconf(5)'s unknown_address_reject_code;
        // read from every part's misses, so not unseen): reason 289 -> 291/351 (82.9 %), hard 335 -> 337/351 (96 %)
        // (`550 Unknown domain`, direct and through Exim, labelled hostunknown, where a bare 550 read no cause).
        // Session 56: the sender-clause rule (see heldout-s22): reason 291 -> 293/351 (83.4 %), hard 337 -> 339/351 (96.5 %)
        // (`550 sender address not valid (Unrouteable address)`, direct and through Exim, labelled rejected).
        // Session 57 round one (now57r: `domain not hosted` reads the domain not served, NoRelaying, soft, in
        // TextMailForDomainNotAcceptedInWords beside `domain not served`; Feather's `Domain not hosted here`; read from
        // every part's misses, so not unseen): reason 293 -> 295/351 (84 %), hard 339 -> 341/351 (97.2 %) (`550 5.1.2
        // Domain not hosted: <domain>`, direct and through Exim, labelled norelaying, where X.1.2 read HostUnknown, hard).
        // Session 62 round one (now62b: `connection refused` under X.7.0 a context phrase of
        // ConnectionRefusedUnderSecurityCode, Blocked; see heldout-s42; read from every part's misses, so not unseen):
        // reason 295 -> 299/351 (85.2 %) (sentio-smtp's `421 4.7.0 Connection refused`, direct and through Exim, two
        // warnings and two returns, labelled blocked, which read SecurityError), hard 341/351 unchanged (97.2 %).
        // Session 62 round one (now62h: `recipient not configured` a context phrase of TextUserUnknown, the words
        // tyemirov/pinguin's forwarding server and a small Python receiver answer for an address they have no route or
        // configuration for; read from every part's misses, so not unseen): reason 295/351 unchanged (84 %), hard 341 ->
        // 343/351 (97.7 %) (`550 Recipient not configured`, direct and through Exim, labelled userunknown, hard, where a
        // bare 550 read the causeless refusal of a recipient, soft); two misses gone, none added.
        // Both together (now62b and now62h): reason 295 -> 299/351 (85.2 %), hard 341 -> 343/351 (97.7 %).
        // Session 63 round two (now63k: `email too large`, a context phrase of TextMessageSizeInWords, EmailTooLarge, in
        // the words Cloudflare Email Workers give setReject for a message over their size limit; not unseen, the misses
        // were read): reason 299 -> 301/351 (85.7 %) (agents-mail's `550 Email too large; the limit is 10 MiB.`, direct and
        // through Exim, labelled emailtoolarge, which read Undefined), hard 343/351 unchanged; two misses gone, none added.
        // Session 64 round one (now64f: `too many attachments`, a context phrase of the new TextTooManyAttachments,
        // PolicyViolation, the words small SMTP servers answer for a message over their limit of attachments; not unseen,
        // the misses were read): reason 301 -> 303/351 (86.3 %) (`550 Too many attachments; the limit is 50.`, direct and
        // through Exim, labelled policyviolation, which read Undefined), hard 343/351 unchanged; two misses gone, none added.
        // Session 64 round one (now64k: `too large` under 552 reads EmailTooLarge, TooLargeUnderExceededStorageCode; not
        // unseen): reason 301 -> 303/351 (86.3 %) (`552 data too large`, direct and through Exim, labelled emailtoolarge,
        // which read MailboxFull), hard 343/351 unchanged; two misses gone, none added.
        // Both together (session 64 review, rev64a, measured on the merged round): reason 301 -> 305/351 (86.9 %), the two
        // `Too many attachments` and the two `data too large` gone, none added; hard 343/351.
        { "heldout-s54", new[] { 100, 100, 100, 99.4, 86.9, 97.7, 100 }, 0 },
        // heldout-s55 (seventeen batches from ten builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 24974c68) has 376 labelled recipients
        // in 376 messages: Go servers (Harbor's inbound relay MTA, scan2graph's SMTP intake, SendPlane's chaos server),
        // Rust servers (OpenBot, Oyatie), TypeScript services (Syscall's SMTP service, Sparrow's mail gateway),
        // Cloudflare Email Workers (icloud-cf-mail, Pantheon), Python filters and receivers (Zdrowa Polska's signature
        // filter, unitMail's gateway, errorworks' ChaosSMTP), PHP services (MailSaaS's Postfix policy service, the VERP
        // plugin's LMTP service for WoltLab Suite), published Exim configurations (rlavrinenko's, hardenedMX's) and
        // GrapheneOS's Rspamd reject messages, replayed on loopback: one recipient is 0.27 points, so this row lets
        // thirteen regressions of reason through and fails on fourteen (hard: the same). Its published unseen figures
        // are this read (docs/accuracy-log.md): found 376/376, none spurious, basic code 376/376, reason 255/376 and
        // hard 366/376.
        // Session 55 round three (now55i: `return address domain`, `return address (smtp mail from:) domain` and
        // `return-path domain` read Rejected in TextSenderAddressUnqualifiedOrUnresolvable, the envelope sender's domain
        // refused as Postfix's reject_unknown_sender_domain and reject_non_fqdn_sender and p5-sisimai's Rejected index
        // read it; not unseen, the misses were read after the first read was published): reason 255 -> 273/376 (72.6 %)
        // (GrapheneOS's Rspamd/Exim replies `451 4.7.1 Return address (SMTP MAIL FROM:) domain ...` and `... for return
        // address (SMTP MAIL FROM:) domain`, labelled rejected, which read Greylisted or NetworkError, and `554 5.7.1
        // Return address ... must be a valid FQDN`, which read PolicyViolation; warnings and returns, direct and through
        // Exim), hard 366/376 unchanged (97.3 %).
        // Session 55 round three (now55k: `excess connection attempts` and `excessive connection attempts` read
        // RateLimited in TextSendingRateInWords, the connection attempts Postfix's smtpd_client_connection_rate_limit
        // counts; not unseen, the misses were read after the first read was published): reason 255 -> 259/376 (68.9 %)
        // (`451 Excess connection attempts.`, two warnings and two returns, labelled ratelimited), hard 366/376
        // unchanged (97.3 %).
        // Both together: reason 255 -> 277/376 (73.7 %), hard 366/376 unchanged (97.3 %).
        // Session 58 round one (now58b: the sending account under Postfix's DATA heading, as heldout-s37) measured reason
        // 277 -> 279/376 here and was withdrawn by the session 58 review (see heldout-s37).
        // Session 59 round one (now59p: `message scored` a context phrase of the new TextMessageScoredInWords,
        // SpamDetected, the score a content filter gave the message, as Exim's spam condition is configured (`This
        // message scored $spam_score spam points.`) and live Exim servers answer (`Your message scored 22.8 ...
        // points. Report follows:`, quoted from main logs); DocumentedReceiverWordingTests; read from every part's misses,
        // so not unseen): reason 277 -> 279/376 (74.2 %) (hardenedMX's `550 Your message scored 12.3 points.`, direct and
        // through Exim, labelled spamdetected, which read no cause), hard 366/376 unchanged (97.3 %).
        // Session 61 round one (now61t: 450's `mailbox temporarily unavailable` and `mailbox is temporarily unavailable`
        // context phrases of MailboxUnavailableUnderTemporaryCode, RFC 5321's 450 text that writes its cause after the
        // words, and `rate limiting` in TextRateLimited, the counter-measure the Exim specification and Postfix's anvil(8)
        // name so; DocumentedReceiverWordingTests; read from every part's misses, so not unseen): reason 279 -> 283/376
        // (75.3 %) (errorworks' ChaosSMTP `450 4.7.0 Mailbox temporarily unavailable due to rate limiting`, two warnings
        // and two returns, labelled ratelimited, which read SystemError and Expired), hard 366/376 unchanged (97.3 %).
        // Session 62 round one (now62r: `sender is blocked` a context phrase of TextSenderRejected beside its `sender
        // blocked`, the words a Cloudflare Email Worker (lequan2909/cloudflare-vmail) refuses a blocked sender with, and
        // AT&T's `is blocked` a scoped phrase of its row's 521, which written plain outranked the longer words wherever no
        // code contradicted 521; DocumentedReceiverWordingTests; read from every part's misses, so not unseen): reason 283
        // -> 285/376 (75.7 %) (Pantheon's `550 Sender is blocked`, direct and through Exim, labelled rejected, which read
        // no cause), hard 366/376 unchanged (97.3 %); two misses gone, none added.
        // Session 62 round two (now62k: `message content rejected` under X.6.0 or X.6.1 reads ContentError, a scoped
        // phrase of ContentRejectedUnderMediaCode; not unseen): reason 285 -> 287/376 (76.3 %) (unitmail's `550 5.6.0
        // Message content rejected`, direct and through Exim, labelled contenterror, which read SpamDetected), hard
        // 366/376 unchanged (97.3 %); two misses gone, none added.
        // Session 63 round one (now63e: `temporary authentication failure` reads SystemError, TextSystemError, as RFC 4954
        // defines 454 4.7.0's words and Postfix's smtpd writes them; not unseen): reason 287 -> 291/376 (77.4 %) (a relay's
        // `451 4.7.0 temporary authentication failure, please retry`, direct and through Exim: two warnings labelled
        // systemerror and two returns labelled expired, which read SecurityError), hard 366/376 unchanged (97.3 %); four
        // misses gone, none added.
        // Session 64 round three (now64x: `temporary delivery failure` reads SystemError, a context phrase of TextSystemError,
        // as a Go SMTP server and Cloudflare Email Workers beyond the corpus write it; not unseen, the
        // misses were read after the first read was published): reason 291 -> 293/376 (77.9 %) (Harbor's relay's `451 4.4.1
        // temporary delivery failure, please retry`, two warnings labelled systemerror, direct and through Exim, which read
        // NetworkError by X.4.1), hard 366/376 unchanged (97.3 %); two misses gone, none added.
        { "heldout-s55", new[] { 100, 100, 100, 100, 77.9, 97.3, 100 }, 0 },
        // heldout-s56 (thirteen batches from eight builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 0c980c9f) has 204 labelled recipients
        // in 204 messages: Go servers (dhcgn's cf-smtp-relay, relayward-mail, EasyMail's LMTP server), Rust servers
        // (Diamy Mail's diamy-mxd, Erooster, Rampart's LMTP listener), MaiaOS's maia-mail on smtp-server, Cloudflare
        // Email Workers (maillab's Cloud Mail, the disposable-email-worker), AgentBox's aiosmtpd server, Net::validMX's
        // MIMEDefang sender check, and published Postfix configurations (the openSUSE Heroes' mail servers, a OneUptime
        // how-to's header checks), replayed on loopback: one recipient is 0.49 points, so this row lets seven
        // regressions of reason through and fails on eight (hard: the same). Its published unseen figures are this read
        // (docs/accuracy-log.md): found 204/204, none spurious, basic code 204/204, reason 134/204 and hard 186/204.
        // Session 56 round three (now56i: `unknown alias` and `no such alias` read UserUnknown in TextUserUnknown, p5-sisimai's
        // unknown-address words said of an alias, the address of Postfix's aliases(5) and virtual(5); `destinataire
        // inconnu` and `destinataire invalide` too, the French that p5-sisimai's Rhost/FrancePTT.pm files under
        // userunknown; `forwarding to remote hosts disabled`, RFC 2034's example, reads NoRelaying in TextNotRelayInWords;
        // not unseen, the misses were read after the first read was published): reason 134 -> 142/204 (69.6 %)
        // (the disposable-email-worker's `550 Unknown alias` and Rampart's `550 5.7.1 no such alias`, labelled
        // userunknown, which read no cause or PolicyViolation; Diamy Mail's `501 adresse destinataire invalide`, which read
        // SyntaxError; Erooster's `551-5.7.1 Forwarding to remote hosts disabled`, labelled norelaying, which read
        // PolicyViolation; each direct and through Exim), hard 186 -> 194/204 (95.1 %) (the same unknown aliases and
        // invalid French recipients, and Diamy Mail's `550 destinataire inconnu ou non autorise`, which read
        // UserUnknown but soft).
        // Session 56 round three (now56k: `processing error` reads SystemError in TextMessageProcessingFailedInWords, a
        // context phrase, the row's `error in processing` in noun order, RFC 5321's 451 `local error in processing` and
        // p5-sisimai's SystemError index; not unseen, the misses were read after the first read was published): reason
        // 134 -> 138/204 (67.6 %) (Rampart's `451 4.7.0 transient processing error, try later`, two warnings labelled
        // systemerror and two returns labelled expired, direct and through Exim, which read SecurityError by X.7.0), hard
        // 186/204 unchanged (91.2 %).
        // Session 56 review: `processing error` is read only as `transient`, `temporary` or `local processing error` (alone
        // it named the part that failed, `454 4.7.0 TLS processing error`, and outranked the code that says which); the
        // part's Rampart replies keep SystemError, no miss of any part moved.
        // Both together, measured at the session 56 review: reason 134 -> 146/204 (71.6 %), hard 186 -> 194/204 (95.1 %)
        // (twenty misses gone, none added; development 755/776 and 773/776 and every other part unchanged).
        // Session 60 round three (now60y: `shutting down` reads SystemError, a context phrase of
        // TextServerShuttingDownInWords; not unseen, the part's first read was published): reason 146 -> 150/204 (73.5 %)
        // (relayward's `451 4.3.2 shutting down, try again later`, two warnings labelled systemerror and two returns
        // labelled expired, direct and through Exim, which read NotAccept by X.3.2; the returns now read Expired by
        // "Retries that ran out"), hard 194/204 unchanged.
        // Session 60 review of round three: the bare words are read only under X.3.2 (ShuttingDownUnderSystemNotAcceptingCode,
        // a context phrase scoped to the code), which relayward's replies carry; the same four misses gone, 150/204.
        // Session 64 round one (now64p: the cause word `bulk` reads SpamDetected in TextSpamDetected, unsolicited bulk
        // mail named by its one word, as p5-sisimai reads the bare `bulk email`; not unseen, the misses were read after
        // the first read was published): reason 150 -> 154/204 (75.5 %) (the openSUSE Heroes' `550 5.7.1 Bulk identified
        // (45/45/45)` and the OneUptime how-to's `550 5.7.1 Bulk mailer not permitted`, labelled spamdetected, direct and
        // through Exim, which read PolicyViolation by X.7.1), hard 194/204 unchanged.
        // Session 64 review (rev64a): now64p withdrawn (the bare word is read in host names, its writers write longer
        // phrases): reason 150/204 (73.5 %) again, hard 194/204.
        { "heldout-s56", new[] { 100, 100, 100, 100, 73.5, 95.0, 100 }, 0 },
        // heldout-s57 (thirteen batches from eight builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold b41bc0d1) has 236 labelled recipients
        // in 236 messages: Go servers (Core Force Mail's smtp-relay, HeroMail's LMTP and submission listeners, the LSFLK's
        // Raven LMTP service), Rust servers (ApexMail's inbound MTA, NoiseFence), Cloudflare Email Workers (punchin-email,
        // GhostRelay), Haraka plugins of their own (SpamEater, anon.li's mx), Python servers and a policy service
        // (ModernRelay, kjake's smtp-oauth-relay, HeyMail's Postfix policies), and a published Exim configuration
        // (romsla's exim-egress), replayed on loopback: one recipient is 0.42 points, so this row lets eight regressions
        // of reason through and fails on nine (hard: the same). Its published unseen figures are this read
        // (docs/accuracy-log.md): found 236/236, none spurious, basic code 236/236, reason 160/236 and hard 222/236.
        // Session 57 round three (now57k: `temporary lookup failure` reads SystemError under any code in Postfix's row
        // PostfixTemporaryLookupFailure, Postfix smtpd's `<address>: Temporary lookup failure` for a table that did not
        // answer, no longer scoped to 451 4.3.0 and no longer a DNS failure in TextNetworkUnreachable; `submission quota
        // exceeded` reads RateLimited under any code in ExchangeOnlineSubmissionQuotaExceeded, Exchange Online's words as
        // p5-sisimai's Rhost/ExchangeOnline.pm quotes them, no longer scoped to 5.2.2; not unseen, the misses were read
        // after the first read was published): reason 160 -> 166/236 (70.3 %) (anon.li's `450 [<uuid>@mx1] Temporary
        // lookup failure`, two warnings labelled systemerror, which read NetworkError; HeroMail's `451 Submission quota
        // exceeded; retry later`, two warnings and two returns labelled ratelimited, which read MailboxFull by `quota
        // exceeded`; each direct and through Exim), hard 222/236 unchanged (94.1 %).
        // Session 57 round three (now57i: `rejected by policy` is a context phrase of TextPolicyViolation, so a cause named
        // beside it decides, and `recipient rejected by policy` a literal beside it; not unseen, the misses were read after
        // the first read was published): reason 160 -> 164/236 (69.5 %) (ApexMail's `451 Temporary failure: Message
        // rejected by policy (DMARC)`, two warnings and two returns labelled authfailure, direct and through Exim, which
        // read PolicyViolation by the longer literal), hard 222/236 unchanged (94.1 %); four misses gone, none added.
        // Both together, measured (session 57 review, with `temporary lookup failure` a context phrase of Postfix's row):
        // reason 160 -> 170/236 (72.0 %), hard 222/236 unchanged (94.1 %); the review's narrowing moved no miss of any part.
        // Session 61 round one (now61s: `server busy` a context phrase of TextServerBusyInWords, SystemError, the words
        // p5-sisimai's host tables read as systemerror for Google's `421 4.4.5 Server busy` and Exchange Online's `451
        // 4.7.500 Server busy. Please try again later from`, the latter's row ExchangeOnlineTemporaryIpThrottling reading
        // its `Server busy` only as a scoped phrase of its codes; not unseen, the misses were read after the first read was
        // published): reason 170 -> 172/236 (72.9 %) (NoiseFence's `421 4.3.2 Server busy`, a warning labelled
        // systemerror and a return labelled expired, which read NotAccept by X.3.2; the return now reads Expired by
        // "Retries that ran out"), hard 222/236 unchanged (94.1 %); two misses gone, none added.
        // Session 62 round one (now62u: `address is disabled` a context phrase of TextDisabledRecipientAddress, Suspend,
        // the words ShellMail's Cloudflare Email Worker refuses an inactive address with and PowerMTA's classification
        // files as an inactive mailbox, and `sender address is disabled` in TextSenderRejected, inbound's denial of a
        // send from an inactive address; not unseen, the misses were read after the first read was published): reason
        // 172 -> 174/236 (73.7 %) (the alias service's `550 Address is disabled`, labelled suspend, direct and through Exim,
        // which read no cause), hard 222/236 unchanged (94.1 %); two misses gone, none added.
        // Session 62 round two (now62e: `busy` a context phrase scoped to X.3.2, BusyUnderSystemNotAcceptingCode,
        // SystemError, as heldout-s45's comment says; not unseen, the misses were read after the first read was
        // published): reason 174 -> 178/236 (75.4 %) (NoiseFence's `451 4.3.2 Analysis capacity busy; retry later`, two
        // warnings labelled systemerror and two returns labelled expired, direct and through Exim, which read NotAccept by
        // X.3.2), hard 222/236 unchanged (94.1 %); four misses gone, none added.
        { "heldout-s57", new[] { 100, 100, 100, 100, 75.4, 94.0, 100 }, 0 },
        // heldout-s58 (thirteen batches from seven builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold 5dff59ab) has 231 labelled recipients
        // in 231 messages: Go servers (Solsynth's ElecPostal, mailez-hq's mailezine), Cloudflare Email Workers (MailCove,
        // Quietfox Mail), Rust servers (DFINITY's IC SMTP Gateway, webhooks.cc's mx-rs), LMTP stores (WyreBox, Kompass),
        // Haraka plugins of their own (FreeCustom.Email, DITMail), a Python gateway on aiosmtpd (Aegis), and published
        // configurations (Vladimir Stupin's Exim, bsdsx's OpenSMTPD), replayed on loopback: one recipient is 0.43 points,
        // so this row lets eight regressions of reason through and fails on nine (hard: the same). Its published unseen
        // figures are this read (docs/accuracy-log.md): found 231/231, none spurious, basic code 231/231, reason 185/231
        // and hard 221/231.
        // Session 58 round three (now58d: the recipient's domain said to have no MX record reads HostUnknown, hard, in
        // TextRecipientDomainHasNoMxRecord, context phrases from Haraka's outbound `No MX for <domain>` under X.1.2; not
        // unseen, the misses were read after the first read was published): reason 185 -> 187/231 (80.9 %), hard 221 ->
        // 223/231 (96.5 %) (FreeCustom.Email's `550 Domain <domain> has no MX record. Contact admin to re-verify.`, both
        // senders, labelled hostunknown, which read UserUnknown, soft, as a bare 550 to RCPT TO).
        // Session 58 round three (now58g: `internal senders only` is a context phrase of TextSenderRejected, a recipient
        // that takes mail only from its own organization refusing this sender, as Microsoft 365 groups'
        // RequireSenderAuthenticationEnabled and a Go mail platform's `group accepts internal senders only` say it; not
        // unseen, the misses were read after the first read was published): reason 185 -> 187/231 (80.9 %) (Kompass's
        // `550 5.7.1 Address accepts internal senders only`, labelled rejected, direct and through Exim, which read
        // PolicyViolation by X.7.1), hard 221/231 unchanged (95.7 %); two misses gone, none added.
        // Session 58 round three (now58p: `no fcrdns` reads RequirePtr in the new TextNoFcrdnsInWords, the disconnect text
        // administrators give OpenSMTPD's `match !fcrdns` filter; `rejected by recipient policy` reads Filtered as a
        // context phrase of the new TextRejectedByRecipientPolicyInWords, Stoa's answer to a per-user Sieve reject and
        // FretTrack's to a deny-listed sender; not unseen, the misses were read after the first read was published):
        // reason 185 -> 190/231 (82.3 %) (bsdsx's OpenSMTPD `550 no FCrDNS please fix`, three recipients labelled
        // requireptr, which read Blocked, Expired or no cause; mailezine's `550 5.7.0 message rejected by recipient
        // policy`, two recipients labelled filtered, which read SecurityError; each direct or through Exim), hard
        // 221/231 unchanged (95.7 %); five misses gone, none added.
        // Session 58 round three (now58y: the receiving system's own state in its own words reads SystemError, soft, as
        // context phrases: `not accepting mail right now` in TextNotAcceptingMailForNowInWords, Cloudflare Email Workers'
        // rejection when their own forwarding is not configured (three programs beyond the part), over X.3.2's NotAccept;
        // `message could not be stored`, the passive of TextMessageNotStoredInWords' `could not store message`, over
        // X.6.0's ContentError; not unseen, the misses were read after the first read was published): reason 185 ->
        // 191/231 (82.7 %) (`451 4.3.2 Not accepting mail right now, try again later`, two warnings labelled systemerror
        // and two returns labelled expired, which now read the expiry the context phrase yields to; `554 5.6.0 Message
        // could not be stored`, two returns; each direct and through Exim), hard 221/231 unchanged (95.7 %); six misses
        // gone, none added.
        // Both together (now58d, now58g, now58p and now58y): reason 185 -> 200/231 (86.6 %), hard 221 -> 223/231 (96.5 %),
        // measured at the session 58 review on the merge (800f7791) and again after its two narrowings (the sender's
        // 'your domain' without MX, 'sender address rejected' beside the context phrases), which moved no miss: the
        // fifteen reason misses and two hard misses above gone, none added; development (755/776, 773/776) and every
        // other part unchanged.
        // Session 59 round three (now59a, `recipient domain is not configured` as a NoRelaying context phrase): mailcove's
        // `550 Recipient domain is not configured on this server`, two recipients labelled hostunknown (hard), direct and
        // through Exim, read NoRelaying (soft) where they read no cause: the same two misses, the figures unchanged.
        { "heldout-s58", new[] { 100, 100, 100, 100, 86.6, 96.5, 100 }, 0 },
        // heldout-s59 (fourteen batches from nine builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold dd757f20) has 181 labelled recipients
        // in 181 messages: Go servers (novamail, daimon3332's tempmail), Cloudflare Email Workers (theserverless.dev's
        // tech demos, a newsletter platform's ingest), a Rust alias service (weiterleitung), a Node.js LMTP store
        // (CoreMX), Haraka plugins of their own (Lavaboom's mailer, tmail-be), Python gateways on aiosmtpd (webXazim's
        // Mailer, Cakemail), a published Exim configuration (jarppiko's Ansible role), a Haskell server (blackmail) and
        // Rspamd configurations (Marc Wäckerlin's container, a Mailcow list-policy plugin), replayed on loopback: one
        // recipient is 0.55 points, so this row lets seven regressions of reason through and fails on eight (hard: six,
        // and fails on seven). Its published unseen figures are this read (docs/accuracy-log.md): found 181/181, none
        // spurious, basic code 181/181, reason 103/181 and hard 165/181.
        // Session 59 round three (now59a: `recipient domain is not configured` reads NoRelaying as a context phrase of
        // TextServerNotConfiguredForDomainInWords, as Cloudflare Email Workers beyond the part answer a recipient in a
        // domain they do not serve; not unseen, the misses were read after the first read was published): reason
        // 103 -> 105/181 (58.0 %) (tmail-be's `550 Recipient domain is not configured for this MX`, two recipients
        // labelled norelaying, direct and through Exim, which read UserUnknown), hard 165/181 unchanged (91.2 %); two
        // misses gone, none added.
        // Session 59 round three (now59c: `message is larger than` reads EmailTooLarge as a context phrase of
        // TextMessageSizeInWords, RFC 3463's own words for X.3.4; `unable to queue the email` reads SystemError as a
        // context phrase of TextMessageNotStoredInWords, mail APIs' words for a queue that did not take the message;
        // Exim's header syntax check, `failing address in "<Header>:" header`, reads NotCompliantRfc in the new
        // TextEximHeaderAddressSyntaxInWords (verify.c); the Exim wiki's greylisting ACL, `mail has been greylisted` and
        // `mail was previously greylisted`, reads Greylisted in TextGreylisted over the suspicions it lists; not unseen,
        // the misses were read after the first read was published): reason 103 -> 117/181 (64.6 %) (theserverless.dev's
        // `550 The message is larger than N MB`, four recipients labelled emailtoolarge, which read no cause; Lavaboom's
        // `550`/`552 Unable to queue the email`, four labelled systemerror, which read UserUnknown or MailboxFull by the
        // code; jarppiko's Exim `Your message headers contain invalid syntax: ... failing address in "To:" header is:`,
        // two labelled notcompliantrfc, which read no cause; its greylisting deferral with `Host ... lacks reverse DNS`
        // listed, four labelled greylisted, which read RequirePtr; each direct and through Exim), hard 165/181
        // unchanged (91.2 %); fourteen misses gone, none added.
        // Session 59 round three (now59s: `invalid sender` under 501 read SyntaxError in a new row scoped to the code):
        // reason 103 -> 105/181 alone (CoreMX's `501 5.5.2 Invalid sender`, direct and through Exim); withdrawn by the
        // session 59 review (it outranked a cause named beside the words under 501), its two misses back.
        // Both together (now59a and now59c, measured by the session 59 review on the round's merge with now59s and after
        // withdrawing it, against read-s59-start.log): reason 103 -> 121/181 on the merge, 103 -> 119/181 (65.7 %) after,
        // the two tuners' figures added up (2 + 14 misses gone, none added); hard 165/181 (91.2 %) unchanged; found,
        // spurious and codes unchanged. The review's context phrase `failing address in` (for now59c's aligned pieces)
        // keeps jarppiko's two header-syntax recipients. Not unseen: its first read was published.
        // Session 60 (now59s's InvalidSenderUnderSyntaxCode restored with `invalid sender` as a scoped phrase, which ranks
        // as TextSenderRejected's same words do, so a cause named beside them still decides; not unseen): reason 119 ->
        // 121/181 (66.9 %) (CoreMX's `501 5.5.2 Invalid sender`, direct and through Exim), hard 165/181 unchanged; two
        // misses gone, none added.
        // Session 62 round two (now62f: `on the suppression list` and `suppressed due to`, context phrases of the new
        // TextSuppressionListInWords, Filtered, soft: Amazon SES's and SparkPost's suppression-list bounces; not unseen):
        // reason 121 -> 123/181 (68.0 %), hard 165 -> 167/181 (92.3 %) (novamail's `550 5.1.1 Recipient is on the
        // suppression list`, direct and through Exim, labelled filtered and soft, where X.1.1 read UserUnknown, hard);
        // two misses gone, none added.
        // Session 64 round one (now64f: `too many attachments`, a context phrase of the new TextTooManyAttachments,
        // PolicyViolation; not unseen): reason 123 -> 125/181 (69.0 %) (`550 Attachment rejected: Too many attachments
        // (12 > 10)`, direct and through Exim, labelled policyviolation, which read Undefined), hard 167/181 unchanged; two
        // misses gone, none added.
        { "heldout-s59", new[] { 100, 100, 100, 100, 69.1, 92.2, 100 }, 0 },
        // heldout-s60 (sixteen batches from ten builders, each frozen in its own commit, measured by nobody until the
        // session's end, then once on the session's starting reader, the scaffold bdff0281) has 231 labelled recipients
        // in 231 messages: Go servers (toorop's tmail, scuq's notrouter, krisamin's mail, Fauna's mail bridge), Cloudflare
        // Email Workers (polaris-email, a Telegram temp-mail bot), Rust servers (DesertEmail, smsohagbd's smtp-relay),
        // Node.js and Bun servers (mail-io, atshelchin's mailbox), Haraka plugins of their own (wrte, Grandberg's corporate
        // mail), LMTP receivers (TrueLive's aiosmtpd ingest, thanks.computer's chassis), a published Exim configuration
        // (FASTPANEL's, as kisilam publishes it) and a KumoMTA Lua policy (Reloop), replayed on loopback: one recipient is
        // 0.43 points, so this row lets eight regressions of reason through and fails on nine (hard: eight, and fails on
        // nine). Its published unseen figures are this read (docs/accuracy-log.md): found 231/231, none spurious, basic
        // code 231/231, reason 191/231 and hard 223/231.
        // Session 60 round three (now60y: `shutting down` reads SystemError, a context phrase of
        // TextServerShuttingDownInWords; not unseen, its first read was published and its misses read): reason 191 ->
        // 195/231 (84.4 %) (thanks.computer's `421 4.3.2 <address> chassis shutting down`, two warnings labelled
        // systemerror and two returns labelled expired, direct and through Exim, which read NotAccept by X.3.2), hard
        // 223/231 unchanged; four misses gone, none added.
        // Session 60 round three (now60s: EximUnrouteableAddressAtRcpt's `unrouteable address` a scoped phrase of its 550,
        // so Exim's own first line above a failed sender verification, `Verification failed for <sender>`
        // (TextEximSenderChecks), decides over the verification's `Unrouteable address`; the Exim specification's ACL
        // messages `can't verify sender` and `sender did not verify` context phrases of TextEximSenderChecks; not
        // unseen, the misses were read after the first read was published): reason 191 -> 193/231 (83.5 %), hard 223 ->
        // 225/231 (97.4 %) (FASTPANEL's `550-Verification failed for <sender> 550-Unrouteable address 550 can't verify
        // sender`, two recipients labelled rejected, soft, direct and through Exim, which read UserUnknown, hard); four
        // misses gone, none added.
        // Both together (now60y and now60s, measured on the round's merge against read-main.log on cf9191df): reason 191 ->
        // 197/231 (85.3 %), hard 223 -> 225/231 (97.4 %), the two tuners' figures added up (4 + 2 reason misses gone, 2
        // hard, none added).
        // Session 60 review of round three (now60y's bare `shutting down` read only under X.3.2,
        // ShuttingDownUnderSystemNotAcceptingCode; `server shutting down` under any code): measured on the review's head,
        // the same figures, 197/231 and 225/231 (thanks.computer's four recipients carry X.3.2).
        // Session 61 round one (now61x: the Exim specification's ACL message for a failed `verify = recipient`, `can't
        // verify recipient`, a context phrase of TextUserUnknown; not unseen, the misses were read after the first read
        // was published): reason 197/231 unchanged, hard 225 -> 227/231 (98.3 %) (FASTPANEL's `550 can't verify
        // recipient`, two recipients labelled hard, direct and through Exim, which read UserUnknown, soft, by the
        // causeless refusal of a recipient); two misses gone, none added.
        // Session 64 round three (now64x: `temporary delivery failure` reads SystemError, a context phrase of TextSystemError,
        // as a Go SMTP server and Cloudflare Email Workers beyond the corpus write it; not unseen, the
        // misses were read after the first read was published): reason 197 -> 199/231 (86.1 %) (gotemailbot's Worker's `550 451 4.7.0
        // temporary delivery failure, retry later`, two recipients labelled systemerror, direct and through Exim, which read
        // SecurityError by X.7.0), hard 227/231 unchanged (98.3 %); two misses gone, none added.
        // Session 64 round two (now64v: `recipient not allowed`, a context phrase of TextRecipientNotAllowedInWords,
        // NoRelaying; not unseen, the misses were read): reason 197 -> 199/231 (86.1 %) (notrouter's `550 5.7.1 recipient
        // not allowed`, direct and through Exim, labelled norelaying, which read PolicyViolation by X.7.1), hard 227/231
        // unchanged; two misses gone, none added.
        // All of session 64 together (rounds one, three and two and the context-phrase tie rule, as merged on main; the
        // lead's end read on 5b2f1b6f): reason 197 -> 201/231 (87.0 %): now64x's two and now64v's two answer different
        // recipients, so their gains add; hard 227/231 unchanged; four misses gone, none added. Not unseen.
        { "heldout-s60", new[] { 100, 100, 100, 100, 87.0, 98.3, 100 }, 0 },
        // heldout-s61 (thirteen batches from eight builders, each frozen in its own commit, measured by nobody until the
        // builders were done, then once on the session's starting reader, the scaffold 66ba9820) has 208 labelled
        // recipients in 208 messages: Go servers on go-smtp (Webrana Infinimail, HLOOL Mail, Lindenii Forge's LMTP,
        // gogomail), Cloudflare Email Workers (ChittyOS's email-worker, albena's inbound mail), Bichon's Rust ingest,
        // Node.js servers on smtp-server (10minutemail, OpenInboundEmail), Haraka plugins of their own (pubcrawl,
        // Elektrine's inbound), Custyard's Elixir LMTP and DDD's Java K-9 adapter, replayed on loopback: one recipient is
        // 0.48 points, so this row lets seven regressions of reason through and fails on eight (hard: the same). Its
        // published unseen figures are this read (docs/accuracy-log.md): found 208/208, none spurious, basic code
        // 208/208, reason 134/208 and hard 186/208 (Sisimai 4.25.15 on the same files: 208 found, reason 54, hard 181).
        // Session 61 round one (tuned on the parts read before, never on this one; measured by the round's review on its
        // head with main's corpus): reason 134 -> 136/208 (65.4 %), hard 186/208 unchanged: now61s's `server busy`
        // (TextServerBusyInWords, SystemError) makes Custyard's two returns after `421 4.7.1 Server busy, try again later`
        // read Expired, as labelled (they read Blocked by X.7.1); its two warnings, labelled ratelimited, now read
        // SystemError and stay misses. Two misses gone, none added; not unseen.
        // Session 61 round three (now61f: `temporary failure` under a temporary X.7.0 reads SystemError, a context phrase
        // scoped to the code, TemporaryFailureUnderTemporarySecurityCode; amavisd-new's and OpenSMTPD's words; not unseen,
        // the misses were read after the first read was published): reason 134 -> 138/208 (66.3 %), hard unchanged
        // (Custyard's `421 4.7.0 Temporary failure, try again later`, labelled systemerror on the warnings and expired on
        // the returns, which read SecurityError); its `421 4.7.0 Temporary failure: :sender_not_found`, labelled rejected,
        // moves from SecurityError to SystemError (the returns Expired), still missed; four misses gone, none added.
        // Session 61 round three (now61d: `i don't handle mail for`, TextNoRelaying, beside Sisimai's `we don't handle mail
        // for`; not unseen, the misses were read after the first read was published): reason 134 -> 136/208 (65.4 %)
        // (pubcrawl's `550 I don't handle mail for <domain>`, two recipients labelled norelaying, soft, direct and through
        // Exim, which read UserUnknown, soft, by the causeless refusal of RCPT TO), hard 186/208 unchanged; two misses
        // gone, none added.
        // Session 61 round three (now61w: `sender blocklisted` and `sender is blocklisted` in TextSenderBlacklistedInWords,
        // Rejected, the row's `sender blacklisted` with the word Haraka's `mail_from.blocklist` uses for such a list; not unseen,
        // the misses were read after the first read was published): reason 134 -> 136/208 (65.4 %), hard 186/208
        // unchanged (gogomail's `554 5.0.0 Error: transaction failed: smtp hook dedup_checked: spam filter rejected
        // message: sender blocklisted`, two recipients labelled rejected, direct and through Exim, which read Blocked by
        // TextBlocklisted's `blocklisted`); two misses gone, none added.
        // Both together (session 61 review of round three, rev61b; measured on the merge of round one and the three
        // tuners): reason 136 -> 144/208 (65.4 -> 69.2 %; 134 at the first read), hard 186/208 unchanged: round one's 2
        // (custyard-lmtp's `421 4.7.1 Server busy` returns), now61f's 4 (Custyard's `421 4.7.0 Temporary failure, try
        // again later`), now61d's 2 (pubcrawl's `I don't handle mail for`) and now61w's 2 (gogomail's `sender
        // blocklisted`) add up: no miss fixed twice, none added; the tuners' one-change figures (138, 136, 136 from
        // 134) were each measured without the others. Not unseen. now61d's phrase, made a context phrase by the review,
        // reads the same (every part and miss unchanged).
        { "heldout-s61", new[] { 100, 100, 100, 100, 69.2, 89.4, 100 }, 0 },
        // heldout-s62 (thirteen batches from eight builders, each frozen in its own commit, measured by nobody until the
        // builders were done, then once on the session's starting reader, the scaffold ddc520e1) has 212 labelled
        // recipients in 212 messages: Go servers (atreoAGENT's gateway and Mailpeek, Kavira's own session, tmpmail.fyi,
        // artpromedia's inbound server), Cloudflare Email Workers (GSV's mail adapter, Newspicel's cloudflare-mail), a Bun
        // server (@bumail/smtp), Haraka plugins of their own (Cogeto, Tempmail Nova), Python servers (brightcolor's DMARC
        // report mailbox on aiosmtpd, Koukan) and a Zig library's policy engine (smtp.zig), replayed on loopback: one
        // recipient is 0.47 points, so this row lets seven regressions of reason through and fails on eight (hard: the
        // same). Its published unseen figures are this read (docs/accuracy-log.md): found 212/212, none spurious, basic
        // code 212/212, reason 158/212 and hard 198/212 (Sisimai 4.25.15 on the same files: 212 found, reason 61, hard 194).
        // Session 62 round one with its review (rev62a; measured on the merge with main, which brought this part): the
        // round never saw this part and does not move it: reason 158/212 and hard 198/212 unchanged, the same misses.
        // Session 62 round three (now62a: `inbound mail is not configured` reads NotAccept, hard, a context phrase,
        // TextInboundMailNotConfiguredInWords; a Cloudflare Email Worker's and inbound-mail webhooks' words; not unseen,
        // the misses were read after the first read was published): reason 158 -> 160/212 (75.5 %), hard 198 -> 200/212
        // (94.3 %) (Cogeto's `550 inbound mail is not configured for this host`, direct and through Exim, labelled
        // notaccept, hard, which read UserUnknown, soft, by the causeless refusal of RCPT TO); four misses gone, none added.
        // Session 62 round three (now62s: `sender not accepted`, a context phrase of TextEnvelopeSenderRefusedInWords,
        // Rejected, the row's `sender is not accepted` without the verb, in the words of Migadu's inbound server Mizu,
        // `550 5.7.1 null sender not accepted`; not unseen, the misses were read after the first read was published):
        // reason 158 -> 160/212 (75.5 %), hard 198/212 unchanged (Cogeto's `550 sender not accepted (<id>)`, two
        // recipients labelled rejected, direct and through Exim, which read Undefined); two misses gone, none added.
        // Both together (now62a and now62s, as merged; measured by the session 62 review on the merge bc70ebfe against
        // read-start.log and read-s62-start.log): reason 158 -> 162/212 (76.4 %), hard 198 -> 200/212 (94.3 %); six
        // misses gone (now62a's four, now62s's two, none shared), none added; development (755/776, 773/776) and every
        // other part unchanged. (now62a's own figure was written 75.4 %; 160/212 is 75.5 %.)
        // Session 63 round one (now63u: `recipient disabled`, a context phrase of TextDisabledRecipientAddress, Suspend,
        // soft, the recipient named and then `disabled` as PowerMTA's inactive-mailbox pattern reads it with its verb
        // left out; not unseen, the first read was published): reason 162 -> 164/212 (77.4 %), hard 200 -> 202/212
        // (95.3 %) (brightcolor-dmarc-smtp's `550 5.1.1 Recipient disabled`, direct and through Exim, labelled suspend,
        // soft, which read UserUnknown, hard, by X.1.1); four misses gone, none added.
        { "heldout-s62", new[] { 100, 100, 100, 100, 77.4, 95.3, 100 }, 0 },
        // heldout-s63 (eleven batches from seven builders, each frozen in its own commit, measured by nobody until the
        // builders were done, then once on the session's starting reader, the merge 6a3a13c4, whose src/ and catalog/
        // are session 62's final reader's) has 168 labelled recipients in 168 messages: Go servers (JUMS, SRMTA, gomez,
        // botnick's TempMail mail-edge with Rspamd, Mailaroo), a Cloudflare Email Worker (agent-temp-mail), Nodemailer's
        // smtp-server and Bun servers of their own (outlook-oauth-bridge, virtu's MX), Haraka plugins (smtp-sandbox), a
        // published Exim configuration (omobus) and published Postfix header and body checks (Postfix-Checks), replayed
        // on loopback: one recipient is 0.6 points, so this row lets five regressions of reason through and fails on six
        // (hard: the same). Its published unseen figures are this read (docs/accuracy-log.md): found 166/168 with two
        // spurious (JUMS's quoted local parts with an '@' inside, `"ivy@home"@beta.test`, read without their opening
        // quote), basic code 162/166 (Exim's four returns after a refused EHLO give no reply), reason 120/166 and hard
        // 158/166 (Sisimai 4.25.15 on the same files: 168 found, none spurious, reason 38, hard 156).
        // Session 63 round one (now63p, now63g, now63e, now63u, now63f, as merged; measured by the session 63 review on
        // the merge of main into s63-round1 against read-s63-start.log): nothing here moved, the same 46 reason and eight
        // hard misses; the row keeps its first read. The round was tuned on the parts read before and never saw this one.
        // Session 63's reader fix after the first read (852436e9: a quoted local part with an '@' inside keeps its opening
        // quote and is one recipient; not a catalog change, not unseen): found 166 -> 168/168, spurious 2 -> 0, enhanced
        // code 168/168, basic code 164/168 (97.6 %); reason 120/168 (71.4 %) and hard 158/168 (94.0 %): the two recipients
        // now found read UserUnknown, hard, on JUMS's `550 Invalid address`, labelled syntaxerror, soft (a judgement the
        // bullet names), so they count as misses of reason and hard instead of recipients not found.
        // Session 63 round three (now63a: `unknown or expired mailbox` reads UserUnknown, hard, a context phrase of
        // TextUserUnknown, an aiosmtpd disposable-mailbox receiver's `550 Unknown or expired mailbox`; `mailbox storage limit
        // exceeded` and `reached` read MailboxFull, TextMailboxFull's `mailbox size limit` with the word senders' bounce
        // classifiers read; not unseen, the misses were read after the first read was published): reason 120 -> 124/166
        // (74.7 %), hard 158 -> 160/166 (96.4 %) (agent-temp-mail's `550 Unknown or expired mailbox. Register before
        // sending.`, two recipients labelled userunknown, hard, which read Undefined, soft, and `550 Mailbox storage limit
        // reached.`, two labelled mailboxfull, which read RateLimited; direct and through Exim); six misses gone, none added.
        // Session 63 round three (now63c: `not an open relay` reads NoRelaying, soft, a context phrase of TextNoRelaying;
        // p5-sisimai's `not an open relay, so get lost` without its taunt; not unseen, the misses were read after the
        // first read was published): reason 120 -> 122/166 (73.5 %) (omobus's Exim ACL `550 It's not an open relay!`,
        // direct and through Exim, labelled norelaying, which read UserUnknown by the causeless refusal of RCPT TO);
        // hard 158/166 unchanged; two misses gone, none added.
        // Both together (now63a and now63c, as merged; measured by the session 63 review, rev63b, on the merge 3ed34edb
        // against read-s63-start.log and read-start.log): reason 120 -> 126/166 (75.9 %), hard 158 -> 160/166 (96.4 %);
        // found, spurious and codes unchanged; the six recipients' reason misses and two hard misses above gone, none
        // added; development (755/776, 773/776) and every other part unchanged. Not unseen.
        // With the reader fix and round three together (main after the merge of s63-round3; the lead's end read):
        // found 168/168, none spurious, reason 126/168 (75.0 %), hard 160/168 (95.2 %), as measured on 31f9c93f.
        // Session 63 round two (now63k: `message exceeds`, a context phrase of TextMessageSizeInWords, EmailTooLarge, the
        // message said to exceed what the receiver takes, in the words of a Cloudflare Email Worker for agents' inboxes,
        // MailFn's Cloudflare adapter, a JMAP submission server's SMTP face and Sendmail's collect.c; not unseen, the
        // misses were read after the first read was published): reason 120 -> 122/168 (72.6 %), hard 158/168 unchanged
        // (agent-temp-mail's `550 Message exceeds 256 KiB limit. Attachments are not supported.`, two recipients labelled
        // emailtoolarge, direct and through Exim, which read Undefined); two misses gone, none added.
        // All of session 63 together (the reader fix, rounds one, three and two, as merged on main; the lead's end read):
        // found 168/168, none spurious, reason 128/168 (76.2 %), hard 160/168 (95.2 %), as measured on bed15189. Not unseen.
        { "heldout-s63", new[] { 100, 100, 100, 97.6, 76.2, 95.2, 100 }, 0 },
        // heldout-s64 (nine batches from seven builders, a, b, j, q, r, v and z, each frozen in its own commit, measured
        // by nobody until the builders were done, then once on the session's starting reader, the merge 44639e87, whose
        // src/ and catalog/ are session 63's final reader's, bed15189) has 138 labelled recipients in 138 messages: Go
        // servers (postman-rabbit on go-smtp, carteiro's hand-written relay), a Cloudflare Email Worker (veil's alias
        // relay), TypeScript and Node.js servers (CoreMail's inbound MX, absunstar's social-browser emails on smtp-server),
        // OpenSMTPD-extras' old filters (dnsbl, regex, spamassassin), a Java server on Vert.x (Combostrap's), PLD Linux's
        // packaged Exim configuration and a published Postfix configuration's access maps and header checks
        // (rpi-fast-install), replayed on loopback: one recipient is 0.7 points, so this row lets four regressions of
        // reason through and fails on five (hard: the same). Its published unseen figures are this read
        // (docs/accuracy-log.md): found 138/138, none spurious, enhanced and basic code 138/138, reason 100/138 and hard
        // 134/138 (Sisimai 4.25.15 on the same files: 138 found, none spurious, reason 41, hard 138).
        // Session 64 round one, measured by its review (rev64a; the tuners never read this part, so the gain is unseen; the
        // published first read above stays 100/138): now64f's `{context}too many attachments` (TextTooManyAttachments,
        // PolicyViolation) reads absunstar's social-browser emails' `552 Message has too many attachments`, direct and
        // through Exim, labelled policyviolation, which read MailboxFull by the bare 552: reason 100 -> 102/138 (73.9 %),
        // hard 134/138 unchanged; two misses gone, none added. No other change of the round moved the part.
        // Session 64 round three (now64c: `relay not allowed` joins TextNoRelaying's aligned pieces before `authentication
        // required`, NoRelaying; dacionxo/LeadMap-main's routing helper's `Relay not allowed for unauthenticated senders`; not unseen, the misses were read after
        // the first read was published): reason 100 -> 102/138 (73.9 %) (go-smtp's `550 5.7.1 relay not allowed:
        // authentication required`, direct and through Exim, labelled norelaying, which read SecurityError by the longer
        // `authentication required`); hard 134/138 unchanged; two misses gone, none added.
        // Session 64 round three (now64x: `temporary delivery failure` reads SystemError, a context phrase of TextSystemError,
        // as a Go SMTP server and Cloudflare Email Workers beyond the corpus write it; not unseen, the
        // misses were read after the first read was published): reason 100 -> 104/138 (75.4 %) (veil's Worker's `550 451 4.0.0
        // Temporary delivery failure. Please try again later.`, two recipients labelled systemerror, direct and through Exim,
        // which read no cause, and postman-rabbit's `451 4.4.0 temporary delivery failure, try again later`, two warnings
        // labelled systemerror, which read NetworkError by X.4.0), hard 134/138 unchanged (97.1 %); four misses gone, none
        // added.
        // Both together (now64c and now64x, measured by the session 64 review on the merged branch): reason 100 -> 106/138
        // (76.8 %): the two changes answer different recipients (postman-rabbit's two relay refusals, now64c; veil's two and
        // postman-rabbit's two temporary delivery failures, now64x), so their gains add; hard 134/138 unchanged (97.1 %);
        // six misses gone, none added; not unseen.
        // All of session 64 together (round one's now64f, unseen, and round three's now64c and now64x, not unseen; round two
        // and the context-phrase tie rule moved nothing here; the lead's end read on 5b2f1b6f): reason 100 -> 108/138
        // (78.3 %), hard 134/138 unchanged (97.1 %); found, spurious and codes unchanged; eight misses gone, none added.
        { "heldout-s64", new[] { 100, 100, 100, 100, 78.3, 97.1, 100 }, 0 },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void The_reader_holds_its_published_figures(string split, double[] published, int spurious)
    {
        var measurement = CorpusMeasurement.Of(BounceCorpus.Part(split));
        output.WriteLine(CorpusMeasurement.TableHeader);
        output.WriteLine(measurement.TableRow(split));
        output.WriteLine(measurement.Summary());
        foreach (string miss in measurement.Misses)
        {
            output.WriteLine(miss);
        }

        string context = measurement.Summary();
        AtLeast(published[0], CorpusMeasurement.Percent(measurement.KindCorrect, measurement.Messages), "kind", context);
        AtLeast(published[1], CorpusMeasurement.Percent(measurement.Found, measurement.LabelledRecipients), "recipients found", context);
        AtLeast(published[2], CorpusMeasurement.Percent(measurement.StatusCorrect, measurement.StatusLabelled), "status", context);
        AtLeast(published[3], CorpusMeasurement.Percent(measurement.BasicCorrect, measurement.BasicLabelled), "basic code", context);
        AtLeast(published[4], CorpusMeasurement.Percent(measurement.ReasonCorrect, measurement.Found), "reason", context);
        AtLeast(published[5], CorpusMeasurement.Percent(measurement.HardCorrect, measurement.Found), "hard bounce", context);
        AtLeast(published[6], CorpusMeasurement.Percent(measurement.ActionCorrect, measurement.Found), "action", context);
        Assert.True(measurement.Spurious <= spurious, $"spurious recipients {measurement.Spurious}, published {spurious}\n{context}");
        Assert.True(measurement.NonBouncesWithFailedRecipients == 0, context);
    }

    private static void AtLeast(double published, double measured, string figure, string context) =>
        Assert.True(measured >= published - Margin, $"{figure}: {measured} % < {published} % - {Margin}\n{context}");
}
