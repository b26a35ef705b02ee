namespace SmtpCodes
{
    /// <summary>
    /// The first rereadings: which words are the recipient's evidence where its own lines say nothing (the whole
    /// explanation, the paragraph before the list), and what the report's Status adds to them.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // One recipient whose lines hold no code, and no Diagnostic-Code. Where they say nothing of why (Gmail puts its
        // reply in a later paragraph), the whole explanation is the evidence. Where they give a reason in the reporter's
        // words ("wasn't delivered to ... because the address couldn't be found"), the server's reply that may follow
        // ("The response from the remote server was: 550 5.1.1 ...") is the better evidence when it has codes and a
        // reason; else the recipient's own lines stay (Exim's indented "Unrouteable address" under the address, in a
        // bounce with no reply at all).
        private static void OnlyRecipientTakesWholeExplanation(ref RecipientReading reading)
        {
            SmtpBounceText human = reading.Human;
            if (reading.HasCodes || reading.Found.Count != 1 || reading.HasDiagnosticCode || reading.Words.Length >= human.ExplanationEnd - human.Start)
            {
                return;
            }

            SmtpTextRange explanation = human.Explanation(human.ExplanationEnd, MaxEvidence);
            SmtpDiagnosis whole = Diagnose(explanation);
            if (reading.SaysNothing || ((whole.BasicCode.HasValue || whole.EnhancedCode.HasValue) && !IsVague(whole.Reason)))
            {
                reading.Evidence = explanation;
                reading.Recipient.Diagnosis = whole;
            }
        }

        // Google Groups answers a post it will not take with a notice from Gmail's daemon, in the sender's language, that
        // names the group's address in X-Failed-Recipients and quotes no SMTP reply: "the group you tried to contact
        // (name) may not exist, or you may not have permission to post messages to the group" (rb-sisimai
        // lib/sisimai/lhost/googlegroups.rb reads every notice from <mailer-daemon@googlemail.com> for an address at
        // googlegroups.com so, in any language, as a rejected sender; development lhost-googlegroups-01 in Japanese, -02 in
        // English). A notice for a group whose words say nothing the reader knows means what the English one says.
        private const string GoogleGroupsDomain = "@googlegroups.com";

        private static readonly SmtpTextRange GoogleGroupsRefusal = SmtpTextRange.Whole("may not have permission to post messages to the group");

        private static void GroupRefusedThePost(ref RecipientReading reading)
        {
            string address = reading.Recipient.FinalRecipient;
            if (reading.FromGmailDaemon && reading.SaysNothing && !reading.HasDiagnosticCode
                && address.EndsWith(GoogleGroupsDomain, global::System.StringComparison.OrdinalIgnoreCase))
            {
                reading.Recipient.Diagnosis = Diagnose(GoogleGroupsRefusal);
            }
        }

        // Several recipients, no Diagnostic-Code and nothing said about this one: the paragraph before the list
        // (Netscape's "not reachable within the allowed queue period") is said about all of them, where it says anything.
        private static void RecipientsShareThePreamble(ref RecipientReading reading)
        {
            if (!reading.SaysNothing || reading.Found.Count <= 1 || reading.HasDiagnosticCode)
            {
                return;
            }

            if (!reading.Shared.Preamble.IsRead)
            {
                // Read once per message, however many recipients need it.
                reading.Shared.Preamble.Text = reading.Human.Explanation(SmtpFoundRecipient.FirstLineStart(reading.Found, reading.Human.ExplanationEnd), MaxEvidence);
                reading.Shared.Preamble.Diagnosis = Diagnose(reading.Shared.Preamble.Text);
                reading.Shared.Preamble.IsRead = true;
            }

            SmtpDiagnosis said = reading.Shared.Preamble.Diagnosis;
            if (said.Reason != SmtpBounceReason.Undefined || said.BasicCode.HasValue || said.EnhancedCode.HasValue)
            {
                // One string, which every recipient it is said about returns.
                reading.Shared.Preamble.Text = SmtpTextRange.Whole(reading.Shared.Preamble.Text.ToString());
                reading.Evidence = reading.Shared.Preamble.Text;
                reading.Recipient.Diagnosis = said;
            }
        }

        // The report's Status field is the recipient's status. Where the words lack an enhanced code, the Status is
        // read with them ("550 User unknown" + "5.1.1"); where the words then name no cause and the Status does (5.2.2,
        // a full mailbox, under Postfix virtual(8)'s "x-unix; input/output error" on EFBIG), the reporting MTA's own
        // Status decides. A report without a Status takes the enhanced code of its words.
        private static void StatusFieldJoinsTheEvidence(ref RecipientReading reading)
        {
            SmtpTextRange statusText = reading.Recipient.StatusText;
            if (statusText.Length > 0 && TryParseStatus(statusText, out SmtpEnhancedStatusCode status))
            {
                reading.Recipient.Status = status;
                if (!reading.Recipient.Diagnosis.EnhancedCode.HasValue)
                {
                    reading.Evidence = WithStatus(reading.Evidence, statusText);
                    SmtpDiagnosis diagnosis = Diagnose(reading.Evidence);
                    if (IsVague(diagnosis.Reason) && !IsVague(status.GetDefaultReason()))
                    {
                        SmtpTextRange codes = CodesOnly(diagnosis, statusText);
                        diagnosis = Diagnose(codes);
                    }
                    else if (diagnosis.Reason == SmtpBounceReason.Filtered && status.Subject == 1 && status.Detail == 1)
                    {
                        diagnosis = UnknownUserTheStatusNames(reading.Evidence, diagnosis);
                    }

                    reading.Recipient.Diagnosis = diagnosis;
                }
                else if (StatusNamesWhatTheWordsLeaveOpen(reading.Recipient.Diagnosis, status))
                {
                    reading.Recipient.Diagnosis = Diagnose(CodesOnly(reading.Recipient.Diagnosis, statusText));
                }
            }
            else if (reading.Recipient.Diagnosis.EnhancedCode.HasValue)
            {
                reading.Recipient.Status = reading.Recipient.Diagnosis.EnhancedCode;
            }
        }

        // RFC 3463 section 3.1: a detail of 0 is the subject's "other or undefined" status (X.1.0 "Other address status",
        // X.2.0 "Other or undefined mailbox status"), for when no specific detail applies. A reply whose own code has
        // that detail and whose words name no cause (goo's "550 #5.1.0 Address rejected <a@b>") says less than the
        // reporting MTA's Status of the same class and subject with a specific detail (Sendmail's "Status: 5.1.1" for
        // it): the Status's meaning decides, as Sisimai reads a report's Status when the reply names no reason.
        private static bool StatusNamesWhatTheWordsLeaveOpen(SmtpDiagnosis words, SmtpEnhancedStatusCode status)
        {
            SmtpEnhancedStatusCode own = words.EnhancedCode.GetValueOrDefault();
            return words.EnhancedCode.HasValue && own.Detail == 0 && status.Detail != 0
                && own.Class == status.Class && own.Subject == status.Subject
                && IsVague(words.Reason) && !IsVague(status.GetDefaultReason());
        }

        // RFC 3463 section 3.2: X.1.1 (bad destination mailbox address) says "the mailbox specified in the address does
        // not exist". Words without a code of their own that read only as the recipient's filter, beside the reporting
        // MTA's Status X.1.1, are a gateway's vaguer paraphrase (Lotus Notes' "Cannot route mail to user", which
        // go-sisimai's Domino module reads as filtered, passed on under a scanning gateway's "Status: 5.1.1"). Sisimai's
        // Reason::UserUnknown.true() reads Status X.1.1 as userunknown unless the words name a relay refusal, a block, a
        // full mailbox, a moved user, a refused sender or a host that takes no mail; a filter is not among them. The
        // words and Status are read again without the filter, and the unknown user this gives stands. A server whose
        // own reply pairs 5.1.1 with a filter's words (Facebook's "550 5.1.1 RCP-P2 ... Refused due to recipient
        // preferences", filtered in go-sisimai) chose them itself, and keeps them: this reading is only for words
        // that lack a code.
        private static SmtpDiagnosis UnknownUserTheStatusNames(SmtpTextRange wordsWithStatus, SmtpDiagnosis filtered)
        {
            SmtpDiagnosis withoutFilter = DiagnoseWithout(wordsWithStatus, SmtpBounceReason.Filtered);
            return withoutFilter.Reason == SmtpBounceReason.UserUnknown ? withoutFilter : filtered;
        }

        // RFC 3463 section 3.3: X.2.0 (other or undefined mailbox status) says "the mailbox exists, but something about
        // the destination mailbox has caused the sending of this DSN". Words that say the user is unknown contradict the
        // reporting MTA's own Status: the address was accepted, and the mailbox refused this message. NTT docomo refused
        // mail that a recipient's reception filter (a sender or domain the recipient refuses) stopped with "550 Unknown
        // user" after DATA, which Sendmail reports under Status 5.2.0 (go-sisimai rhost/for-nttdocomo.go); Sisimai's
        // reason for a refusal by the recipient's own settings is filtered. Under X.0.0 or X.1.1 the words stand.
        private static void MailboxExistsButRefused(ref RecipientReading reading)
        {
            SmtpEnhancedStatusCode? status = reading.Recipient.Status;
            if (status.HasValue && status.Value.Subject == 2 && status.Value.Detail == 0
                && reading.Recipient.Diagnosis.Reason == SmtpBounceReason.UserUnknown)
            {
                reading.Recipient.Diagnosis = reading.Recipient.Diagnosis.RefusedByExistingMailbox(status.Value);
            }
        }
    }
}
