namespace SmtpCodes
{
    /// <summary>
    /// The rereadings that ask which command a reply answered: a reply to the greeting or EHLO of a refused session, or
    /// a reply to MAIL FROM, says nothing about the recipient's address (RFC 5321 sections 3.1, 3.3 and 4.1.1.1).
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // Postfix's smtp(8) writes "host %s refused to talk to me: %s" when the server refused the session itself: a
        // greeting banner that is not 2xx, or a refused EHLO, HELO or LHLO (smtp_proto.c, smtp_helo()); it sends no MAIL
        // FROM or RCPT TO on that connection. RFC 5321 sections 3.1 and 4.1.1.1: the greeting and EHLO come before any
        // address is given, so such a reply can say nothing about an address (RFC 3463 X.1.x), a mailbox (X.2.x) or a
        // command of the mail transaction (X.5.x), whatever code the server put in it (La Poste's "550 5.5.0 Service
        // refuse ... service refused, please try later" banner, Postfix's Status 4.5.0). A reason that rests on such a
        // code alone does not hold: the refusal is of its class without a known cause (X.0.0), and a final failure
        // after retries then reads as one (RetriesRanOut, below). A reason in the reply's words stands.
        // The words of Postfix's phrase; its notice wraps lines, so they may be apart by a line break and the next line's indent.
        private static readonly string[] RefusedSession = { "refused", "to", "talk", "to", "me" };

        private static void RefusedBeforeAnyAddress(ref RecipientReading reading)
        {
            SmtpDiagnosis diagnosis = reading.Recipient.Diagnosis;
            if (diagnosis.Basis == SmtpDiagnosisBasis.EnhancedCode && diagnosis.EnhancedCode.HasValue
                && IsAboutAnAddressOrTransaction(diagnosis.EnhancedCode.Value.Subject)
                && (SaysRefusedSession(reading.Evidence.Text, reading.Evidence.Start, reading.Evidence.End)
                    || (reading.HasDiagnosticCode && Once(ref reading.Shared.OnlyRefusedSession, NoticeSaysOnlyRefusedSessionTest, reading.Human))))
            {
                reading.Recipient.Diagnosis = diagnosis.WithoutCodeMeaning();
            }
        }

        // RFC 3463: X.1 addressing status, X.2 mailbox status, X.5 mail delivery protocol status (the transaction's commands).
        private static bool IsAboutAnAddressOrTransaction(int enhancedSubject)
        {
            return enhancedSubject == 1 || enhancedSubject == 2 || enhancedSubject == 5;
        }

        private static bool SaysRefusedSession(SmtpMimeText text, int start, int end)
        {
            string first = RefusedSession[0];
            int at = start;
            while (at < end && (at = text.IndexOf(first, at, end - at, global::System.StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                at += first.Length;
                int word = at;
                int matched = 1;
                while (matched < RefusedSession.Length)
                {
                    int next = SmtpMimeText.TrimStart(text, word, end, SmtpMimeText.BlanksAndLineBreaks);
                    if (next == word || !SmtpMimeText.StartsWithIgnoreCase(text, next, end, RefusedSession[matched]))
                    {
                        break;
                    }

                    word = next + RefusedSession[matched].Length;
                    matched++;
                }

                if (matched == RefusedSession.Length)
                {
                    return true;
                }
            }

            return false;
        }

        // A report's Diagnostic-Code keeps only the reply; Postfix's notice above it says how it came. Only where the notice
        // reports no reply to a command ("(in reply to RCPT TO command)", smtp(8)) is every reply it reports a refused session.
        private static readonly NoticeTest NoticeSaysOnlyRefusedSessionTest = NoticeSaysOnlyRefusedSession;

        private static bool NoticeSaysOnlyRefusedSession(SmtpBounceText human)
        {
            SmtpMimeText text = human.Text;
            int end = human.ExplanationEnd;
            return text.Length > 0 && SaysRefusedSession(text, human.Start, end)
                && text.IndexOf(InReplyTo, human.Start, end - human.Start, global::System.StringComparison.OrdinalIgnoreCase) < 0;
        }

        // A permanent refusal of the session itself (the greeting, or EHLO/HELO/LHLO) comes before the client has named any
        // address (RFC 5321 sections 3.1 and 4.1.1.1; 554 in the greeting is "no SMTP service here"): the server refused the
        // connecting host, whatever it would have said of a sender or a recipient. Where the reply's words and codes name no
        // cause (Exim's "SMTP error from remote mail server after EHLO ...: 550 Rejected", Sisimai's lhost-exim-49; or
        // codes that say only that the client was refused, a bare 554 or X.7.1, as RefusesWithoutCause reads them for a
        // reply to MAIL FROM: 554 in the greeting is RFC 5321's "no SMTP service here", not a failed transaction), the
        // reason is Blocked, as Sisimai's Exim decoder reads every reply to HELO or EHLO ("Connected to ... but my name was
        // rejected": rb-sisimai lib/sisimai/lhost/exim.rb) and Postfix says of the session it was refused ("refused to talk
        // to me", the development part's lhost-postfix-38 and rhost-franceptt-06 labelled blocked). A cause in the words
        // (no reverse DNS, a rate limit) stands, and a temporary refusal given up after retries has expired (RetriesRanOut).
        // A report whose Status is temporary says the MTA took the refusal for a passing one (Postfix reports a refused 5xx
        // banner as 4.X.X, smtp_skip_5xx_greeting): no block. Only a temporary refusal under X.7.1 that names no cause, which
        // the classification policy reads as greylisting of a transaction, is a refused host here: before any address there
        // is no triplet of client, sender and recipient to greylist (RFC 6647), and the policy's rule for a refusal of the
        // session is Blocked (ClassificationPolicy.RefusalWithoutCause).
        private static void RefusedSessionWithoutCause(ref RecipientReading reading)
        {
            SmtpDiagnosis diagnosis = reading.Recipient.Diagnosis;
            SmtpEnhancedStatusCode? status = reading.Recipient.Status;
            bool permanentWithoutCause = reading.Recipient.Action == SmtpDeliveryAction.Failed && diagnosis.Class == SmtpReplyClass.Permanent
                && (!status.HasValue || status.Value.Class == SmtpReplyClass.Permanent)
                && (diagnosis.Reason == SmtpBounceReason.Undefined || RefusesWithoutCause(diagnosis));
            if ((permanentWithoutCause || DeferredByPolicy(diagnosis)) && AnsweredSessionStart(ref reading))
            {
                reading.Recipient.Diagnosis = diagnosis.RefusedSendingHost();
            }
        }

        // Whether the bounce says the recipient's reply refused the session itself (the greeting, or EHLO/HELO/LHLO):
        // Postfix's "refused to talk to me", Exim's context phrase for the session's start, in the reply's evidence or,
        // beside a report's Diagnostic-Code, throughout the notice.
        private static bool AnsweredSessionStart(ref RecipientReading reading)
        {
            return SaysRefusedSession(reading.Evidence.Text, reading.Evidence.Start, reading.Evidence.End)
                || AnswersOnlySessionStart(reading.Evidence.Text, reading.Evidence.Start, reading.Evidence.End)
                || (reading.HasDiagnosticCode && (Once(ref reading.Shared.OnlyRefusedSession, NoticeSaysOnlyRefusedSessionTest, reading.Human)
                    || Once(ref reading.Shared.OnlySessionStart, NoticeAnswersOnlySessionStartTest, reading.Human)));
        }

        // Whether the bounce says the recipient's reply answered MAIL FROM (AnswersMailFrom, NoticeAnswersFor).
        private static bool AnsweredMailFrom(ref RecipientReading reading)
        {
            return AnswersMailFrom(reading.Evidence)
                || (reading.HasDiagnosticCode && NoticeAnswersFor(ref reading, MailFromContexts, ref reading.Shared.OnlyMailFrom, NoticeAnswersOnlyMailFromTest));
        }

        // Whether the bounce says the recipient's reply answered the end of the message's data: Exim's "SMTP error from
        // remote mail server after end of data" ("after pipelined end of data" when pipelining; transports/smtp.c),
        // Postfix's "(in reply to end of DATA command)" (smtp(8)), in the reply's evidence or, beside a report's
        // Diagnostic-Code, in the notice (NoticeAnswersFor).
        private static bool AnsweredEndOfData(ref RecipientReading reading) =>
            AnsweredIn(ref reading, EndOfDataContexts, ref reading.Shared.OnlyEndOfData, NoticeAnswersOnlyEndOfDataTest);

        // Whether one of a command's contexts stands in the reply's evidence or, beside a report's Diagnostic-Code, in the
        // notice (NoticeAnswersFor, whose fact for the whole notice is read once into the field given).
        private static bool AnsweredIn(ref RecipientReading reading, string[] contexts, ref TextFact onlyThisCommand, NoticeTest onlyTest)
        {
            return SmtpBouncePhrases.ContainsAny(reading.Evidence.Text, reading.Evidence.Start, reading.Evidence.End, contexts)
                || (reading.HasDiagnosticCode && NoticeAnswersFor(ref reading, contexts, ref onlyThisCommand, onlyTest));
        }

        private static readonly string[] EndOfDataContexts = { "after end of data", "after pipelined end of data", "in reply to end of DATA command" };

        private static readonly string[] AccessTableRefusal = { "access denied" };

        // A bare 554 read by its code alone (RFC 5321's "Transaction failed", which the catalog reads as a refused host,
        // catalog/README.md "A bare 554") that the bounce says answered the end of the message's data: the server took the
        // sender and the recipient at MAIL FROM and RCPT TO and then refused the transaction when the message had come
        // (RFC 5321 sections 3.3 and 4.1.1.4: after the end of data the server acts on the message, and a 554 there says
        // the transaction failed). What was refused is the message, not the connecting host: the classification policy's
        // rule for a refusal of the message's data (ClassificationPolicy.RefusalWithoutCause, SmtpReply.RefusedMessage*).
        // Words or an enhanced code that name a cause decide before it; a 554 at the greeting, EHLO, MAIL FROM or RCPT TO
        // keeps the code's reading (RefusedSessionWithoutCause, ReplyAnsweredMailFrom). So does a reply in the generic
        // words of an access table's refusal, "Access denied": Sendmail's access database answers a REJECT entry for a
        // connecting host (check_relay) or a sender (check_mail) with "550 5.7.1 Access denied" (cf/m4/proto.m4,
        // confREJECT_MSG), and Postfix's access(5) a REJECT with "Access denied" under its access_map_reject_code, 554
        // (smtpd_check.c): what the site listed was refused, not the message, whichever command the refusal came at.
        //
        // A bare 551 read by its code alone (RFC 5321's "User not local; please try <forward-path>", HasMoved, hard) that the
        // bounce says answered the end of the message's data, in words that name the message (MessageWords: "551 Too many
        // lines. Msg rejected.", "551 body length: 48 rejected by administrator"), is the same refusal of the message
        // (session 52 round one, tuner now52a): RFC 5321 gives 551 only as a reply to RCPT TO (section 4.3.2: the end of
        // data fails with 552, 554, 451, 452, 450 or 550), so after the data, with the recipient taken, the code cannot say
        // the user is elsewhere; the words say what was refused. Sisimai reads no reason from a bare 551 (its HasMoved
        // list is "has been replaced by", Sisimai::Reason::HasMoved) and calls what it cannot read soft
        // (Sisimai::SMTP::Error soft_or_hard: undefined is soft). Words that name no message keep the code's reading, and
        // so do words that say the recipient is elsewhere (MovedRecipientWords: "551 User not local, message refused"),
        // whatever else they name (session 52 review).
        private static void BareRefusalAfterData(ref RecipientReading reading)
        {
            SmtpDiagnosis diagnosis = reading.Recipient.Diagnosis;
            if (diagnosis.Class == SmtpReplyClass.Permanent && diagnosis.Basis == SmtpDiagnosisBasis.BasicCode && diagnosis.BasicCode.HasValue
                && (IsBare554HostRefusal((int)diagnosis.BasicCode.Value, diagnosis.Reason, reading.Evidence)
                    || IsBare551NamingTheMessage((int)diagnosis.BasicCode.Value, diagnosis.Reason, reading.Evidence))
                && AnsweredEndOfData(ref reading))
            {
                reading.Recipient.Diagnosis = diagnosis.RefusedMessage();
            }
        }

        // A 554 read by its code alone as the sending host refused, unless an access table listed what it refused.
        private static bool IsBare554HostRefusal(int basicCode, SmtpBounceReason reason, SmtpTextRange evidence)
        {
            return basicCode == 554 && reason == SmtpReply.RefusedHostReason
                && !SmtpBouncePhrases.ContainsAny(evidence.Text, evidence.Start, evidence.End, AccessTableRefusal);
        }

        // A 551 read by its code alone as the user moved, in words that name the message and none that say the user moved.
        private static bool IsBare551NamingTheMessage(int basicCode, SmtpBounceReason reason, SmtpTextRange evidence)
        {
            return basicCode == 551 && reason == SmtpBounceReason.HasMoved
                && HasAnyWholeWord(evidence, MessageWords, outsideNames: true) && !HasAnyWholeWord(evidence, MovedRecipientWords, outsideNames: false);
        }

        // Words for the message itself: RFC 5321's "message" (sections 2.3.1, 4.1.1.4), a message's "body" (RFC 5322), and
        // the short "msg", read whole and not inside an address or a host name ("<message@example.org>" names none). Not
        // "data": the bounce's own words for the stage ("after end of data", "end of DATA command") may stand in the
        // evidence.
        private static readonly string[] MessageWords = { "message", "msg", "body" };

        // Words that say the recipient is not here, the 551's own reading: RFC 5321's "User not local" (section 4.2.2)
        // and RFC 3463's "Destination mailbox has moved" (X.1.6). Beside them the message named is only what was refused
        // for that reason.
        private static readonly string[] MovedRecipientWords = { "not local", "moved" };

        // Whether the bounce says the recipient's reply answered RCPT TO: Exim's "SMTP error from remote mail server after
        // RCPT TO:<a@b>" ("after pipelined RCPT TO:" when pipelining; transports/smtp.c), Postfix's "(in reply to RCPT TO
        // command)" (smtp(8)), in the reply's evidence or, beside a report's Diagnostic-Code, in the notice (NoticeAnswersFor).
        private static bool AnsweredRcptTo(ref RecipientReading reading) =>
            AnsweredIn(ref reading, RcptToContexts, ref reading.Shared.OnlyRcptTo, NoticeAnswersOnlyRcptToTest);

        private static readonly string[] RcptToContexts = { "after RCPT TO:", "after pipelined RCPT TO:", "in reply to RCPT TO command" };

        // Words that name another cause than the recipient's mailbox: a failure in processing (RFC 5321's own words for
        // such replies are "error in processing", 451, and "Transaction failed", 554, not the mailbox of 550 and 553,
        // section 4.2.3), a block (go-sisimai reads " said: 550 blocked" as Blocked, reason/why-blocked.go), the sender
        // (Postfix answers its sender restrictions at RCPT TO too, "Sender address rejected", postconf(5)
        // smtpd_delay_reject).
        private static readonly string[] OtherCauseWords = { "error", "failure", "blocked", "sender" };

        // A bare 550 or 553 (no enhanced code or X.0.0, no words a catalog row knows) that the bounce says
        // answered RCPT TO. There the only argument is the recipient's mailbox (RFC 5321 section 4.1.1.3), and RFC 5321
        // gives the server's answer for a recipient "known not to be a deliverable address" as a 550 (section 3.3); 550
        // is "mailbox unavailable (e.g., mailbox not found ...)" and 553 "mailbox name not allowed" (4.2.2, 4.2.3). So
        // the likeliest cause is the recipient's address: the classification policy's rule for a refusal of a recipient
        // (ClassificationPolicy.RefusalWithoutCause, SmtpReply.RefusedRecipient*), UserUnknown, which the sender checks.
        // Soft: 550 also covers "no access, or command rejected for policy reasons", and Postfix answers its
        // client, HELO and sender restrictions at RCPT TO too (postconf(5) smtpd_delay_reject), so without the words or
        // X.1.1 that confirm it the address is not removed ("A bare 550 is soft", catalog/README.md); hard where its
        // words call the address unknown, invalid, bad or expired, or say there is no such address (NamesRecipientUnknown,
        // sessions 46 to 48 and 51). A reply whose words name another cause (OtherCauseWords: "550 Failure", "550 hard error",
        // "550 Blocked") keeps the code's reading; so does a 554 (measured: catalog/README.md, session 45), and a refusal
        // the bounce says answered another command.
        private static void BareRefusalOfRecipient(ref RecipientReading reading)
        {
            SmtpDiagnosis diagnosis = reading.Recipient.Diagnosis;
            if (diagnosis.Class == SmtpReplyClass.Permanent && diagnosis.Basis == SmtpDiagnosisBasis.BasicCode
                && diagnosis.BasicCode.HasValue && ((int)diagnosis.BasicCode.Value == 550 || (int)diagnosis.BasicCode.Value == 553)
                && diagnosis.Reason == SmtpBounceReason.Undefined
                && (!diagnosis.EnhancedCode.HasValue || (diagnosis.EnhancedCode.Value.Subject == 0 && diagnosis.EnhancedCode.Value.Detail == 0))
                && !NamesOtherCause(reading.Evidence)
                && AnsweredRcptTo(ref reading))
            {
                reading.Recipient.Diagnosis = NamesRecipientDomain(reading.Evidence) ? diagnosis.RefusedRecipientDomain()
                    : NamesRecipientUnknown(reading.Evidence) ? diagnosis.RefusedUnknownRecipient()
                    : diagnosis.RefusedRecipient();
            }
        }

        // A permanent refusal read by its enhanced code's own meaning, X.1.1 (bad destination mailbox address: UserUnknown),
        // no catalog row's words deciding, that the bounce says answered RCPT TO, in words that name the recipient's domain
        // and no mailbox (NamesRecipientDomain): "550 5.1.1 Sorry, that domain is not hosted here". The server refuses the
        // domain, which it does not serve, not the mailbox, as the bare refusal in the same words reads (the classification
        // policy's rule for a refusal of the recipient's domain, SmtpReply.RefusedRecipientDomain*: NoRelaying, soft;
        // session 47 round one, tuner now47e). Sisimai reads so: under a status of 5.1.1 a reply whose words a relay
        // refusal's list knows is not an unknown user (p5-sisimai Sisimai::Reason::UserUnknown->true, its prematches:
        // NoRelaying first). As in the bare refusal, words of another cause (OtherCauseWords: "550 5.1.1 sender domain not
        // hosted here" refuses the sender) leave the code's reading. Words that the domain is unknown, not found or has no
        // MX keep X.1.1's reading; so does X.1.2 (bad destination system address), which already names the domain: whether
        // unknown, not served or taking no mail its words do not settle (measured: catalog/README.md, session 47).
        // X.7.1 (delivery not authorized) read by its own meaning, the site's policy, in the same words is the same refusal
        // (session 49 round one, tuner now49e): X.7.1 is the code the writers give the refusal of a domain the server does
        // not serve, Postfix's reject_unauth_destination ("554 5.7.1 <a>: Relay access denied", postconf(5)
        // relay_domains_reject_code with smtpd_check.c's 5.7.1) and GoAlert's "550 5.7.1 Recipient domain not handled here",
        // so words naming the recipient's domain and no mailbox ("554 5.7.1 Domain not handled by this mail server",
        // "Recipient address rejected: Recipient domain not local") say which policy refused: NoRelaying, soft.
        // Under X.7.1 the policy may refuse what the sender may send ("554 5.7.1 Recipient address rejected: not allowed
        // to send mail from this domain" refuses the sender's domain), so words of sending keep the code's reading there;
        // so does "from", which names the domain the mail comes from ("550 5.7.1 Messages from this domain are not
        // accepted", "From domain is on the deny list", "Header From domain not aligned": session 49 review), the "from"
        // of Exim's "SMTP error from remote mail server after RCPT TO" aside (EximReplyContext).
        private static readonly string[] SendingWords = { "send", "sending", "sends" };

        private static void DomainRefusedUnderAddressCode(ref RecipientReading reading)
        {
            SmtpDiagnosis diagnosis = reading.Recipient.Diagnosis;
            if (diagnosis.Class == SmtpReplyClass.Permanent && diagnosis.Basis == SmtpDiagnosisBasis.EnhancedCode
                && diagnosis.EnhancedCode.HasValue && diagnosis.EnhancedCode.Value.Detail == 1
                && (diagnosis.EnhancedCode.Value.Subject == 1
                    || (diagnosis.EnhancedCode.Value.Subject == 7 && !NamesSendingSide(reading.Evidence)))
                && NamesRecipientDomain(reading.Evidence)
                && !NamesOtherCause(reading.Evidence)
                && AnsweredRcptTo(ref reading))
            {
                reading.Recipient.Diagnosis = diagnosis.RefusedRecipientDomain();
            }
        }

        // Words that name the recipient's mailbox or its owner, which keep a bare refusal to RCPT TO the mailbox's even
        // where the reply names a domain too ("550 no such account in this domain").
        private static readonly string[] MailboxWords = { "user", "mailbox", "account" };

        // Words that say the domain does not exist or cannot be reached, or that the client has no access, not that this
        // server does not serve it: an unknown domain, its DNS or MX records ("550 Unknown domain", "No MX records found for
        // domain", "domain must resolve", "Could not verify mail domain"), Postfix's "Domain not found" (HostUnknown where a
        // catalog row reads it) and RFC 5321's "no access" (4.2.3, a refusal of the client or its sender). They keep the
        // refusal the recipient's. "resolvable" beside "resolve" (session 49 round one, tuner now49e: "Recipient domain not
        // resolvable" is a domain without DNS, as "domain must resolve" is).
        private static readonly string[] DomainNotServedExceptions = { "unknown", "mx", "dns", "resolve", "exist", "exists", "found", "verify", "access", "resolvable" };

        // Whether a bare refusal to RCPT TO names the recipient's domain and not its mailbox: the whole word "domain",
        // not a piece of an address or a host name (no "@", "." or "-" beside it: "<domain@example.org>" and
        // "mail.domain.example" name none), and none of MailboxWords or DomainNotServedExceptions. There the server
        // refuses the domain, which it does not take mail for, not the mailbox (the classification policy's rule for a
        // refusal of the recipient's domain, SmtpReply.RefusedRecipientDomain*: NoRelaying; session 46 round one, tuner
        // now46c). Postfix answers the two apart at RCPT TO (ADDRESS_CLASS_README: a domain outside its address classes,
        // reject_unauth_destination's "Relay access denied"; an unknown user of a domain it serves, "User unknown in ...
        // table"), and the relay refusals the catalog cites name the domain so (qmail's "that domain isn't in my list of
        // allowed rcpthosts", go-sisimai's "we don't handle mail for" and "specified domain is not allowed", modfin/smtpx's
        // "Recipient domain not allowed").
        private static bool NamesRecipientDomain(SmtpTextRange evidence)
        {
            return HasWholeWord(evidence, "domain", true) && !HasAnyWholeWord(evidence, MailboxWords, false) && !HasAnyWholeWord(evidence, DomainNotServedExceptions, false);
        }

        private static bool HasAnyWholeWord(SmtpTextRange evidence, string[] words, bool outsideNames)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (HasWholeWord(evidence, words[i], outsideNames))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether the evidence holds the word whole (no letter or digit beside it); outsideNames also asks that no "@", "."
        // or "-" stand beside it, so that a piece of an address or a host name is not taken for the word.
        private static bool HasWholeWord(SmtpTextRange evidence, string word, bool outsideNames)
        {
            for (int at = IndexOfWholeWord(evidence, word, evidence.Start); at >= 0; at = IndexOfWholeWord(evidence, word, at + word.Length))
            {
                if (!outsideNames || (!JoinsName(evidence, at - 1, at - 2) && !JoinsName(evidence, at + word.Length, at + word.Length + 1)))
                {
                    return true;
                }
            }

            return false;
        }

        // Where the word stands whole (no letter or digit beside it) in the evidence at or after from, or -1.
        private static int IndexOfWholeWord(SmtpTextRange evidence, string word, int from)
        {
            SmtpMimeText text = evidence.Text;
            int at = from;
            while (at < evidence.End && (at = text.IndexOf(word, at, evidence.End - at, global::System.StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                int after = at + word.Length;
                if ((at == evidence.Start || !char.IsLetterOrDigit(text[at - 1])) && (after >= evidence.End || !char.IsLetterOrDigit(text[after])))
                {
                    return at;
                }

                at = after;
            }

            return -1;
        }

        // Whether the character at index joins the word to a name: an "@", or a "." or "-" with a letter or digit on its
        // far side (at beyond), as in "domain.example" or "x-domain"; a full stop that ends a sentence joins nothing.
        private static bool JoinsName(SmtpTextRange evidence, int index, int beyond)
        {
            if (index < evidence.Start || index >= evidence.End)
            {
                return false;
            }

            char c = evidence.Text[index];
            return c == '@' || ((c == '.' || c == '-') && beyond >= evidence.Start && beyond < evidence.End && char.IsLetterOrDigit(evidence.Text[beyond]));
        }

        // Words that call the recipient's address unknown, invalid or bad, and the nouns for it: PHPMailer-BMH's rules read
        // "unknown" or "bad" (rule 0160) and "Invalid" (rule 0233), then alias, account, recipient, address, email, mailbox
        // or user, as an address that does not exist (category unknown, remove); go-sisimai's ProbesInto reads such words
        // in a reply to RCPT as UserUnknown (reason/why-userunknown.go: fo.Command == CeRCPT). Alone the rules are too
        // wide (a heading such as "Unknown address error" stands over replies of every reason: catalog/README.md, sessions
        // 41 and 43); here they are read only in a bare 550 or 553 to RCPT TO, where the argument is the recipient's
        // mailbox, and only side by side (one word at most between them: "Invalid username", "Unknown local address").
        private static readonly string[] UnknownAddressWords = { "unknown", "invalid", "bad" };

        private static readonly string[] AddressNouns = { "user", "username", "address", "mailbox", "recipient", "account", "alias", "email" };

        // A noun for the address, then "expired": PHPMailer-BMH's rule 0183 (the noun, then "expire", its sample "550 account
        // expired", category inactive, remove); or "invalid": Sisimai's UserUnknown list (Sisimai::Reason::UserUnknown,
        // "550 address invalid", "mailbox invalid", as an address that does not exist; session 47, tuner now47b). Side
        // by side, or with one "is" between (CopulaWords: "550 recipient is invalid"), as that list writes its other states
        // of the noun ("mailbox is inactive", "mailbox is unavailable").
        // Or "unknown": Sisimai's UserUnknown list again ("address unknown", "recipient unknown", "user unknown"; session
        // 48 round three, tuner now48f). The noun may be followed by "name" (NameWords), RFC 5321's own noun for the
        // address in the 553 reply ("mailbox name not allowed", 4.2.3): "550 mailbox name unknown".
        private static readonly string[] GoneAddressWords = { "expired", "invalid", "unknown" };

        private static readonly string[] NameWords = { "name" };

        private static readonly string[] CopulaWords = { "is" };

        // "no" right before the noun, or with "such" between, says there is no such address: Sisimai's UserUnknown list
        // (Sisimai::Reason::UserUnknown, libsisimai-perl 4.25.15: "no such user", "no such recipient", "no such mailbox",
        // "no such address here", "no mailbox found", "no account by that name here"). Session 48 round three, tuner
        // now48f: only side by side or past "such" ("550 No user for email address", "550 No such user"), so that "no"
        // before another word ("550 No access for user") says nothing of the address.
        private static readonly string[] NoAddressWords = { "no" };

        private static readonly string[] SuchWords = { "such" };

        // Words that, right after the noun, say the refusal is about the address's form or the message, not an address that
        // does not exist ("553 Bad mailbox syntax", "550 Bad email content"), or about the domain ("550 Bad user domain":
        // a bad domain is not an unknown user); the unknown-address reading does not hold there.
        private static readonly string[] NotUnknownAddressWords = { "syntax", "format", "content", "message", "header", "domain" };

        // "or" right after one of UnknownAddressWords joins a second word to it, which does not count as the word between
        // it and the noun (session 51 round one, tuner now51a): "550 5.1.1 unknown or illegal alias", the sample of
        // PHPMailer-BMH's rule 0128 ("(?:unknown|illegal).*(?:alias|account|recipient|address|email|mailbox|user)",
        // category unknown: an address that does not exist, removed). Sisimai's "vdeliver: invalid or unknown virtual
        // user" (Sisimai::Reason::UserUnknown) and vmailmgr's "invalid or unknown virtual user" (Sisimai::MDA, userunknown)
        // join the words the same way, though they read hard without the join ("unknown virtual user"). Thin: the writers
        // join "illegal" and "unknown", the rule any one word. Only the one joined word, and only right after the word:
        // "550 Invalid or expired token for this user" names a token, "550 Invalid request or address" a request.
        private static readonly string[] JoinWords = { "or" };

        // The recipient's address refused in Postfix's own words with nothing after them, "Recipient address rejected"
        // (session 51 round one, tuner now51a): Sisimai's UserUnknown list reads "recipient address rejected. (in reply to
        // rcpt to command)" as an address that does not exist (Sisimai::Reason::UserUnknown, libsisimai-perl 4.25.15),
        // beside "recipient address rejected: user unknown in ... table", the heading over Postfix's own unknown user
        // (postconf(5), smtpd_reject_footer's example "550-5.5.1 <user@example> Recipient address rejected: User
        // unknown."); PHPMailer-BMH's rule 0148 reads the noun then "reject" as an address that does not exist. Words
        // after them give the cause ("Recipient address rejected: Access denied", "...: Greylisted"), so the rule takes
        // the words only where they end the reply; with a full stop the catalog's TextRecipientAddressRefusedWithoutCause
        // reads them first.
        private static readonly string[] RejectedAddressWords = { "recipient", "address", "rejected" };

        // Whether the evidence calls the recipient's address unknown, invalid or bad (UnknownAddressWords then an
        // AddressNoun, at most one word between them), says there is none ("no" then the noun, or "no such" then the noun:
        // NoAddressWords) or expired, invalid or unknown (an AddressNoun, "name" after it or not, then GoneAddressWords,
        // with one "is" at most between; "or" after UnknownAddressWords joins one more word to them, JoinWords), or ends
        // with "Recipient address rejected" (RejectedAddressWords). A word joined to a name (JoinsName:
        // "<invalid.user@example.org>") is a piece of an address or a host name, not a word, and the noun or
        // GoneAddressWords followed by one of NotUnknownAddressWords calls no address unknown ("550 recipient invalid
        // domain").
        private static bool NamesRecipientUnknown(SmtpTextRange evidence)
        {
            SmtpMimeText text = evidence.Text;
            int at = evidence.Start;
            int previous = -1;
            int sincePrevious = 0;
            int sinceNoun = -1;
            int sinceNo = -1;
            int rejectedAddress = 0;
            int start;
            while ((start = NextWord(evidence, ref at)) >= 0)
            {
                bool name = JoinsName(evidence, start - 1, start - 2) || JoinsName(evidence, at, at + 1);

                // How many of RejectedAddressWords were read in order, side by side; all of them ending the reply say the
                // recipient's address was refused.
                rejectedAddress = name ? 0 : IsWord(text, start, at, RejectedAddressWords[rejectedAddress]) ? rejectedAddress + 1
                    : IsWord(text, start, at, RejectedAddressWords[0]) ? 1 : 0;
                if (rejectedAddress == RejectedAddressWords.Length)
                {
                    int beyond = at;
                    if (NextWord(evidence, ref beyond) < 0)
                    {
                        return true;
                    }

                    rejectedAddress = 0;
                }

                bool noun = !name && IsWordOf(text, start, at, AddressNouns);
                bool unknownThenNoun = (previous >= 0 || sinceNo >= 0) && noun;
                bool nounThenGone = sinceNoun >= 0 && !name && IsWordOf(text, start, at, GoneAddressWords);
                if ((unknownThenNoun || nounThenGone) && !NextWordIsOf(evidence, at, NotUnknownAddressWords))
                {
                    return true;
                }

                // How many words since "no": 0 right after it, 1 after "no such", -1 otherwise.
                if (!name && IsWordOf(text, start, at, NoAddressWords))
                {
                    sinceNo = 0;
                }
                else if (sinceNo == 0 && !name && IsWordOf(text, start, at, SuchWords))
                {
                    sinceNo = 1;
                }
                else
                {
                    sinceNo = -1;
                }

                // How many words since the last noun: 0 right after it or its "name", 1 after one "is", -1 otherwise.
                if (noun || (sinceNoun == 0 && !name && IsWordOf(text, start, at, NameWords)))
                {
                    sinceNoun = 0;
                }
                else
                {
                    sinceNoun = sinceNoun == 0 && !name && IsWordOf(text, start, at, CopulaWords) ? 1 : -1;
                }

                if (!name && IsWordOf(text, start, at, UnknownAddressWords))
                {
                    previous = start;
                    sincePrevious = 0;
                }
                else if (previous >= 0 && sincePrevious == 0 && IsWordOf(text, start, at, JoinWords))
                {
                    // "unknown or illegal alias": the joined word after "or" is the one word allowed between.
                }
                else if (previous >= 0 && ++sincePrevious > 1)
                {
                    previous = -1;
                }
            }

            return false;
        }

        // Whether the word after index (past spaces and punctuation) is one of words.
        private static bool NextWordIsOf(SmtpTextRange evidence, int index, string[] words)
        {
            int start = NextWord(evidence, ref index);
            return start >= 0 && IsWordOf(evidence.Text, start, index, words);
        }

        // The start of the next word at or after at (letters, digits and inner hyphens), with at moved to its end; -1 at
        // the evidence's end.
        private static int NextWord(SmtpTextRange evidence, ref int at)
        {
            SmtpMimeText text = evidence.Text;
            while (at < evidence.End && !char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            int start = at;
            while (at < evidence.End && (char.IsLetterOrDigit(text[at]) || text[at] == '-'))
            {
                at++;
            }

            return at > start ? start : -1;
        }

        private static bool IsWord(SmtpMimeText text, int start, int end, string word) =>
            word.Length == end - start && SmtpMimeText.StartsWithIgnoreCase(text, start, end, word);

        private static bool IsWordOf(SmtpMimeText text, int start, int end, string[] words)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (IsWord(text, start, end, words[i]))
                {
                    return true;
                }
            }

            return false;
        }

        // A temporary 450 or 451 (no enhanced code or X.0.0) in a delay warning whose words only ask the client to come
        // back ("451 Try again later", "450 Please try again later"), and which the bounce says answered RCPT TO. A
        // greylister defers exactly there, the first command at which it knows its triplet of client, sender and
        // recipient (RFC 6647), and answers with a temporary failure it expects a legitimate client to retry;
        // greylisters that do not name themselves say no more than that (ASSP's "451 4.7.1 Please try again later", the
        // Exim patch's ACL at RCPT TO, "please try again later"). So the classification policy's rule for a temporary
        // refusal of the transaction without cause holds (ClassificationPolicy.RefusalWithoutCause, SmtpReply.DeferredByPolicy*):
        // Greylisted, nobody acts, the queue retries. Words that name anything else ("Temporary local problem", "insufficient
        // system storage", "Mailbox busy") keep their reading; so does the same request after the end of data, where a
        // content filter defers (measured: catalog/README.md, session 46), and a return after the retries ran out, read
        // Expired ("Retries that ran out": the words name no cause).
        private static void RetryRequestedAtRecipient(ref RecipientReading reading)
        {
            SmtpDiagnosis diagnosis = reading.Recipient.Diagnosis;
            if (reading.Recipient.Action == SmtpDeliveryAction.Delayed && diagnosis.Class == SmtpReplyClass.Transient
                && diagnosis.Reason == SmtpBounceReason.SystemError
                && diagnosis.BasicCode.HasValue && ((int)diagnosis.BasicCode.Value == 450 || (int)diagnosis.BasicCode.Value == 451)
                && (!diagnosis.EnhancedCode.HasValue || (diagnosis.EnhancedCode.Value.Subject == 0 && diagnosis.EnhancedCode.Value.Detail == 0))
                && reading.HasDiagnosticCode && OnlyAsksForRetry(reading.Recipient.DiagnosticText)
                && AnsweredRcptTo(ref reading))
            {
                reading.Recipient.Diagnosis = diagnosis.DeferredWithoutCause();
            }
        }

        // The words of a request to come back, and nothing else ("try" or "retry" among them).
        private static readonly string[] RetryWords = { "please", "try", "retry", "again", "later", "soon", "come", "back" };

        // Whether a reply's text, after its codes, is made only of RetryWords and asks to try again: "451 Try again later",
        // "450 4.0.0 Please try again later.". It reads the recipient's diagnostic text, the reply alone, not the
        // reading's evidence, which may hold the bounce's words around the reply (Exim's "SMTP error from remote mail
        // server", a notice's paragraph) that no request to come back is made of.
        private static bool OnlyAsksForRetry(string reply)
        {
            bool words = false, asks = false;
            int at = 0;
            while (at < reply.Length)
            {
                if (!char.IsLetterOrDigit(reply[at]))
                {
                    at++;
                    continue;
                }

                int start = at;
                while (at < reply.Length && (char.IsLetterOrDigit(reply[at]) || (reply[at] == '.' && at + 1 < reply.Length && char.IsDigit(reply[at + 1]))))
                {
                    at++;
                }

                if (char.IsDigit(reply[start]))
                {
                    // A code (the basic code, an enhanced code) comes before the words, never among them.
                    if (words)
                    {
                        return false;
                    }

                    continue;
                }

                bool known = false;
                for (int i = 0; i < RetryWords.Length && !known; i++)
                {
                    known = IsWord(reply, start, at, RetryWords[i]);
                }

                if (!known)
                {
                    return false;
                }

                words = true;
                asks |= IsWord(reply, start, at, "try") || IsWord(reply, start, at, "retry");
            }

            return asks;
        }

        private static bool IsWord(string text, int start, int end, string word) =>
            word.Length == end - start && string.Compare(text, start, word, 0, end - start, global::System.StringComparison.OrdinalIgnoreCase) == 0;

        // Whether the evidence names what the sender sends or where the mail comes from (SendingWords, or "from" outside
        // Exim's context, whose "error from remote mail server after" names the command, not the sender).
        private static bool NamesSendingSide(SmtpTextRange evidence)
        {
            if (HasAnyWholeWord(evidence, SendingWords, false))
            {
                return true;
            }

            return HasWholeWordOutsideEximContext(evidence, "from", EximContextBeforeFrom);
        }

        // Whether the evidence holds a whole word of OtherCauseWords, the "error" of Exim's context aside (EximReplyContext).
        private static bool NamesOtherCause(SmtpTextRange evidence)
        {
            for (int i = 0; i < OtherCauseWords.Length; i++)
            {
                if (HasWholeWordOutsideEximContext(evidence, OtherCauseWords[i], 0))
                {
                    return true;
                }
            }

            return false;
        }

        // Whether the evidence holds the whole word anywhere but inside Exim's context (EximReplyContext), where it stands
        // offsetInContext characters in ("error" at 0, "from" at EximContextBeforeFrom) and names the command answered,
        // not a cause or a sender.
        private static bool HasWholeWordOutsideEximContext(SmtpTextRange evidence, string word, int offsetInContext)
        {
            for (int at = IndexOfWholeWord(evidence, word, evidence.Start); at >= 0; at = IndexOfWholeWord(evidence, word, at + word.Length))
            {
                int context = at - offsetInContext;
                if (context < evidence.Start || !SmtpMimeText.StartsWithIgnoreCase(evidence.Text, context, evidence.End, EximReplyContext))
                {
                    return true;
                }
            }

            return false;
        }

        // A spam or virus verdict judges the message's content, which the server has only after DATA: RFC 5321 section
        // 3.3 sends the mail data after the DATA command, MAIL FROM and RCPT TO carry only the envelope's addresses, and
        // the greeting and EHLO/HELO come before any (sections 3.1, 4.1.1.1). So Sisimai reads no spam or virus verdict
        // in a reply to a command before DATA, "because all the MTAs read the headers and the entire message body after
        // the DATA command" (rb-sisimai lib/sisimai/reason/spamdetected.rb; go-sisimai reason/why-spamdetected.go and
        // why-virusdetected.go, command.ExceptDATA). A cause word ("spam", "spammer", "malicious": catalog/README.md,
        // "Cause words") that read such a verdict into a refusal the bounce says answered the session's start or MAIL
        // FROM is the weakest reading a catalog row gives, and the command it answered says more: the reply is read
        // again without that reason, and the rules below for a refusal of the session or of the sender read what is left
        // ("553 ... your envelope sender has been denied, maybe you are a SPAMMER" after MAIL FROM refuses the sender).
        // A phrase of the verdict stands (its writer worded the cause), and so does a word in a reply to RCPT TO, where
        // Postfix answers its client, HELO and sender restrictions too (postconf(5) smtpd_delay_reject), so the command
        // alone names no party.
        private static void ContentVerdictBeforeData(ref RecipientReading reading)
        {
            SmtpDiagnosis diagnosis = reading.Recipient.Diagnosis;
            if (diagnosis.IsByCauseWord && (diagnosis.Reason == SmtpBounceReason.SpamDetected || diagnosis.Reason == SmtpBounceReason.VirusDetected)
                && (AnsweredSessionStart(ref reading) || AnsweredMailFrom(ref reading)))
            {
                reading.Recipient.Diagnosis = DiagnoseWithout(reading.Evidence, diagnosis.Reason);
            }
        }

        // Exim's smtp transport says which command a reply answered, "SMTP error from remote mail server after <command>"
        // (transports/smtp.c): "initial connection" for the greeting, "EHLO <host>", "HELO <host>" or "LHLO <host>" for the
        // session's start, "MAIL FROM:", "RCPT TO:", "end of data" later.
        private const string EximReplyContext = "error from remote mail server after";

        // Where "from" stands in EximReplyContext ("error " before it), taken from the string so that the two cannot part.
        private static readonly int EximContextBeforeFrom = EximReplyContext.IndexOf(" from ", global::System.StringComparison.Ordinal) + 1;

        private static readonly string[] SessionStartCommands = { "initial connection", "EHLO ", "HELO ", "LHLO " };

        private static readonly NoticeTest NoticeAnswersOnlySessionStartTest = NoticeAnswersOnlySessionStart;

        private static bool NoticeAnswersOnlySessionStart(SmtpBounceText human)
        {
            return human.Text.Length > 0 && AnswersOnlySessionStart(human.Text, human.Start, human.ExplanationEnd);
        }

        // Whether the text holds Exim's context phrase, each time for the session's start.
        private static bool AnswersOnlySessionStart(SmtpMimeText text, int start, int end)
        {
            bool answered = false;
            int at = start;
            while (at < end && (at = text.IndexOf(EximReplyContext, at, end - at, global::System.StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                at = SmtpMimeText.TrimStart(text, at + EximReplyContext.Length, end, SmtpMimeText.BlanksAndLineBreaks);
                bool sessionStart = false;
                for (int i = 0; i < SessionStartCommands.Length && !sessionStart; i++)
                {
                    sessionStart = SmtpMimeText.StartsWithIgnoreCase(text, at, end, SessionStartCommands[i]);
                }

                if (!sessionStart)
                {
                    return false;
                }

                answered = true;
            }

            return answered;
        }

        // A reply to MAIL FROM concerns the sender's address: a reason that says the recipient's address is bad
        // (unknown user or domain) cannot hold for it (AnswersMailFrom says how MTAs say which command was answered).
        // Nor can a permanent refusal whose words name no cause (its reason is only its codes' meaning: "550 5.7.1 Access
        // denied" is 5.7.1's policy refusal): RFC 5321 section 3.3 has MAIL FROM refused when the reverse-path is not
        // acceptable, before any recipient is named, so what was refused is the sender (Rejected, as the corpus labels
        // a rejected sender address or domain).
        // A report's Diagnostic-Code does not say which command it answered; the notice above it may (Postfix's
        // "<a@b>: host mx[ip] said: 550 5.7.1 Access denied (in reply to MAIL FROM command)").
        // A temporary refusal under X.7.1 that names no cause reads as greylisting (the classification policy's rule), which
        // defers a triplet of client, sender and recipient (RFC 6647): a refusal of MAIL FROM comes before any recipient,
        // so there it keeps X.7.1's own meaning, the site's policy, and says nothing final about the sender.
        private static void ReplyAnsweredMailFrom(ref RecipientReading reading)
        {
            SmtpDiagnosis diagnosis = reading.Recipient.Diagnosis;
            bool aboutAnAddress = SmtpReplyRules.IsAboutRecipientAddress(diagnosis.Reason) || RefusesWithoutCause(diagnosis);
            if ((aboutAnAddress || DeferredByPolicy(diagnosis)) && AnsweredMailFrom(ref reading))
            {
                reading.Recipient.Diagnosis = aboutAnAddress ? diagnosis.AboutSender() : diagnosis.ByItsEnhancedCode();
            }
        }

        // A temporary reply under X.7.1 that the policy's rule for a refusal without cause read (SmtpReply.DeferredByPolicyReason).
        private static bool DeferredByPolicy(SmtpDiagnosis diagnosis)
        {
            return diagnosis.Class == SmtpReplyClass.Transient && diagnosis.Basis == SmtpDiagnosisBasis.EnhancedCode
                && diagnosis.Reason == SmtpReply.DeferredByPolicyReason && diagnosis.EnhancedCode.HasValue
                && SmtpReply.IsPolicyRefusal(diagnosis.EnhancedCode.Value);
        }

        // Whether the notice says that the recipient's reply answered a command (MAIL FROM, RCPT TO or the end of data), in one of
        // the contexts MTAs write for it. Its own paragraph decides where it names a command: Postfix's "<a@b>: host mx[ip]
        // said: 550 ... (in reply to MAIL FROM command)" (smtp(8)), Exim's "a@b / host mx [ip] / SMTP error from remote
        // mail server after MAIL FROM:<s>: 550 ..." (transports/smtp.c), whose report's Diagnostic-Code never says it. So
        // a refusal of the sender reads as one beside recipients that failed on other commands, and a recipient refused at
        // RCPT TO is not read as the sender beside one refused at MAIL FROM. Where the paragraph names none, every phrase
        // of the notice must name the command (NoticeAnswersOnly, read once into the fact given).
        private static bool NoticeAnswersFor(ref RecipientReading reading, string[] contexts, ref TextFact only, NoticeTest onlyTest)
        {
            SmtpBounceText human = reading.Human;
            int at = RecipientIndexInNotice(ref reading);
            if (at >= 0)
            {
                // A recipient's paragraph is a few lines; the bound keeps a hostile notice's one endless paragraph from
                // being scanned once per recipient (linear time).
                int end = ParagraphEnd(human.Text, at, global::System.Math.Min(human.ExplanationEnd, at + LongestRecipientParagraph));
                for (int i = 0; i < contexts.Length; i++)
                {
                    if (ContainsWrapped(human.Text, at, end, contexts[i]))
                    {
                        return true;
                    }
                }

                if (ContainsWrapped(human.Text, at, end, InReplyTo) || ContainsWrapped(human.Text, at, end, EximReplyContext))
                {
                    return false;
                }
            }

            return Once(ref only, onlyTest, human);
        }

        // A recipient's address. The address its report names (Final-Recipient, else Original-Recipient) is what its
        // paragraph in the notice starts with.
        private static string AddressOf(SmtpBounceRecipientFields recipient)
        {
            return recipient.FinalRecipient.Length > 0 ? recipient.FinalRecipient : recipient.OriginalRecipient;
        }

#if !SMTPCODES_SPAN
        // How many recipients' addresses the engine without spans (netstandard2.0 and net472, C# 7.3) looks for one
        // search each; the rest of a report's are found in one pass, which builds an automaton over every address the
        // report names (SmtpFirstOccurrences): 1.6 to 2.1 KB of working memory an address (34 KB for 16 recipients, 814 KB
        // for 500), and a dictionary lookup per character of the notice where a search compares one. Measured
        // (AddressSearchBenchmarks, docs/benchmarks.md; the pass past 8 searches against one search per address): 1.18 times
        // as long for 12 recipients of a short notice (session 16, quiet machine); beside a 64 KB notice that names each
        // address or none (session 17, load 1 to 5), 0.95 and 0.95 for 16 recipients, 0.95 and 0.72 for 32, 1.02 and 0.50
        // for 64, 0.84 and 0.30 for 128, 0.42 and 0.26 for 500. The crossover lies between 12 and 16 searches.
        internal const int AddressSearchesAlone = 16;
#endif

        // Where the recipient's address first is in the notice's explanation (ignoring case), or -1. The engine with spans
        // searches for each address alone: its search is vectorised, and the one pass hardly ever paid for itself there
        // (AddressSearchBenchmarks, session 16, quiet machine: 1.34 times as long for 12 recipients, 1.07 for 500 named in
        // the notice, 0.88 for 500 never named in a 64 KB notice, 1 ms of 8.7; session 17, quiet, 16 to 500 recipients
        // beside a 64 KB notice: 0.87 to 1.95 but once 0.71, no size gaining consistently). Its worst case is bounded
        // by the reader's limits, MaxRecipients searches of MaxHumanText characters (HostileMessageTests).
        private static int RecipientIndexInNotice(ref RecipientReading reading)
        {
            SmtpBounceText human = reading.Human;
            string address = AddressOf(reading.Recipient);
            if (address.Length == 0 || human.ExplanationEnd - human.Start < address.Length)
            {
                return -1;
            }

#if !SMTPCODES_SPAN
            ref SharedReading shared = ref reading.Shared;
            if (shared.Addresses == null && shared.AddressSearches >= AddressSearchesAlone && shared.Recipients != null)
            {
                var addresses = new global::System.Collections.Generic.List<string>(shared.Recipients.Count);
                for (int i = 0; i < shared.Recipients.Count; i++)
                {
                    addresses.Add(AddressOf(shared.Recipients[i]));
                }

                shared.Addresses = SmtpFirstOccurrences.Find(addresses, human.Text, human.Start, human.ExplanationEnd);
            }

            shared.AddressSearches++;
            if (shared.Addresses != null && shared.Addresses.TryIndexOf(address, out int found))
            {
                return found;
            }

#endif
            return human.Text.IndexOf(address, human.Start, human.ExplanationEnd - human.Start, global::System.StringComparison.OrdinalIgnoreCase);
        }

        // How far past its address a recipient's paragraph is read: Postfix's and Exim's paragraphs hold the address, the
        // host and a reply of at most a few 512-octet lines (RFC 5321 4.5.3.1.5).
        private const int LongestRecipientParagraph = 4096;

        // Where the paragraph that holds position at ends: at the line break before the next blank line.
        private static int ParagraphEnd(SmtpMimeText text, int at, int end)
        {
            for (int i = at; i < end; i++)
            {
                if (text[i] != '\n')
                {
                    continue;
                }

                int next = SmtpMimeText.TrimStart(text, i + 1, end, LineBlanks);
                if (next >= end || text[next] == '\n')
                {
                    return i;
                }
            }

            return end;
        }

        private static readonly char[] LineBlanks = { ' ', '\t', '\r' };

        // Whether a phrase is in text[start, end), each of its single spaces matching any run of blanks and line breaks:
        // Postfix and Exim wrap their notices' lines wherever a word ends, indenting the next ("(in\n    reply to RCPT TO
        // command)").
        private static bool ContainsWrapped(SmtpMimeText text, int start, int end, string phrase)
        {
            for (int at = start; at < end; at++)
            {
                if (StartsWrapped(text, at, end, phrase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool StartsWrapped(SmtpMimeText text, int at, int end, string phrase)
        {
            for (int i = 0; i < phrase.Length; i++)
            {
                if (phrase[i] == ' ')
                {
                    int next = SmtpMimeText.TrimStart(text, at, end, SmtpMimeText.BlanksAndLineBreaks);
                    if (next == at)
                    {
                        return false;
                    }

                    at = next;
                }
                else if (at >= end || char.ToLowerInvariant(text[at]) != char.ToLowerInvariant(phrase[i]))
                {
                    return false;
                }
                else
                {
                    at++;
                }
            }

            return true;
        }

        // A permanent reply whose reason comes from its codes alone, and says only that it was refused or nothing at all: no
        // cause, for the rules of a refused session (RefusedSessionWithoutCause) and of a refused sender (ReplyAnsweredMailFrom).
        // A basic code read as Blocked (a bare 554, catalog/README.md "A bare 554") also says only that the client was
        // refused, so such a reply answering MAIL FROM is still about the sender.
        private static bool RefusesWithoutCause(SmtpDiagnosis diagnosis)
        {
            return diagnosis.Class == SmtpReplyClass.Permanent
                && (diagnosis.Basis == SmtpDiagnosisBasis.BasicCode || diagnosis.Basis == SmtpDiagnosisBasis.EnhancedCode)
                && (diagnosis.Reason == SmtpBounceReason.PolicyViolation || diagnosis.Reason == SmtpBounceReason.Undefined
                    || (diagnosis.Basis == SmtpDiagnosisBasis.BasicCode && diagnosis.Reason == SmtpBounceReason.Blocked));
        }

        // How MTAs say which command a reply answered, when it was MAIL FROM: Exim's "SMTP error from remote mail
        // server after MAIL FROM:<a@b>" ("after pipelined MAIL FROM" when pipelining; transports/smtp.c), Postfix's
        // "(in reply to MAIL FROM command)" (smtp(8)).
        private static readonly string[] MailFromContexts = { "after MAIL FROM:", "after pipelined MAIL FROM:", "in reply to MAIL FROM command" };

        // Sendmail's and Courier's session transcript: ">>> MAIL From:<a@b>" then the reply, "<<< 553 5.1.8 ..." (the
        // reader's evidence keeps the words without the ">>> " of the client's lines).
        private const string TranscriptMailFrom = "MAIL From:";

        private const string TranscriptReply = "<<< ";

        // Whether the evidence says the reply answered MAIL FROM: the reply is then about the sender, not the recipient.
        private static bool AnswersMailFrom(SmtpTextRange evidence)
        {
            SmtpMimeText text = evidence.Text;
            if (SmtpBouncePhrases.ContainsAny(text, evidence.Start, evidence.End, MailFromContexts))
            {
                return true;
            }

            // In a transcript, the first reply after MAIL From is a failure (not "<<< 250" before a failed RCPT To).
            int mailFrom = SmtpMimeText.LastIndexOfIgnoreCase(text, evidence.Start, evidence.End, TranscriptMailFrom);
            int reply = mailFrom < 0 ? -1 : text.IndexOf(TranscriptReply, mailFrom, evidence.End - mailFrom, global::System.StringComparison.Ordinal);
            int code = reply + TranscriptReply.Length;
            return reply >= 0 && code < evidence.End && (text[code] == '4' || text[code] == '5');
        }

        // Postfix's bounce notice says which command each reply answered, "(in reply to RCPT TO command)" (smtp(8),
        // smtp_proto.c). Where every such phrase of the notice names MAIL FROM, every reply it reports answered MAIL FROM:
        // the report's recipients all failed on it (Postfix refuses a transaction's sender once, for all its recipients);
        // where every one names the end of DATA, every reply it reports answered the message's data; likewise RCPT TO.
        // Postfix wraps its lines, so the words may be apart by a line break and the next line's indent.
        private const string InReplyTo = "in reply to";

        private static readonly string[] MailFromWords = { "MAIL", "FROM" };

        private static readonly string[] EndOfDataWords = { "end", "of", "DATA" };

        private static readonly string[] RcptToWords = { "RCPT", "TO" };

        private static readonly NoticeTest NoticeAnswersOnlyMailFromTest = human => NoticeAnswersOnly(human, MailFromWords);

        private static readonly NoticeTest NoticeAnswersOnlyEndOfDataTest = human => NoticeAnswersOnly(human, EndOfDataWords);

        private static readonly NoticeTest NoticeAnswersOnlyRcptToTest = human => NoticeAnswersOnly(human, RcptToWords);

        private static bool NoticeAnswersOnly(SmtpBounceText human, string[] command)
        {
            SmtpMimeText text = human.Text;
            int end = human.ExplanationEnd;
            bool answered = false;
            int at = human.Start;
            while (at < end && (at = text.IndexOf(InReplyTo, at, end - at, global::System.StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                at += InReplyTo.Length;
                for (int i = 0; i < command.Length; i++)
                {
                    at = SmtpMimeText.TrimStart(text, at, end, SmtpMimeText.BlanksAndLineBreaks);
                    if (!SmtpMimeText.StartsWithIgnoreCase(text, at, end, command[i]))
                    {
                        return false;
                    }

                    at += command[i].Length;
                }

                answered = true;
            }

            return answered;
        }
    }
}
