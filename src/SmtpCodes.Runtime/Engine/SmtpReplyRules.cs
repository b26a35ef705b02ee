namespace SmtpCodes
{
    /// <summary>
    /// The classification rules that depend on the reply in hand, not on a catalog row, so they are applied when
    /// a reply is read: by the diagnosis, and by the generated <c>GetDefaultAction()</c> of enhanced codes. Written
    /// once here; the generator's ClassificationPolicy holds the rules it applies to catalog rows when it writes them.
    /// </summary>
    internal static class SmtpReplyRules
    {
        /// <summary>
        /// A transient reply never tells the sender to give up on the address: the condition may pass. An action that
        /// gives up (a catalog message written for the permanent form) becomes retry-later in a transient reply.
        /// </summary>
        internal static SmtpRecommendedAction ActionInClass(SmtpReplyClass replyClass, SmtpRecommendedAction action)
        {
            return replyClass == SmtpReplyClass.Transient && (action == SmtpRecommendedAction.DoNotRetry || action == SmtpRecommendedAction.RemoveAddress)
                ? SmtpRecommendedAction.RetryLater
                : action;
        }

        /// <summary>
        /// RFC 5321, section 4.5.3.1.10: "too many recipients" sent as 552 is an RFC 821 mistake for 452, so such a
        /// reply is transient. A 552 is one when the deciding row says to reduce the recipients, or its enhanced code
        /// is X.5.3 (RFC 3463: too many recipients).
        /// </summary>
        internal static bool IsTooManyRecipients(int basicCode, SmtpRecommendedAction action, int enhancedSubject, int enhancedDetail)
        {
            return basicCode == 552 && (action == SmtpRecommendedAction.ReduceRecipients || (enhancedSubject == 5 && enhancedDetail == 3));
        }

        /// <summary>
        /// The one rule for a final failure after the MTA's retries ran out (catalog/README.md, "Retries that ran out"):
        /// it reports Expired when its last error names no cause the sender could act on: none at all, a reason that is
        /// only a temporary basic code's meaning (a bare "450 TEMPERROR" is no greylisting when the retry period passed,
        /// RFC 6647: a greylister lets a retrying client through), the network or the remote host not answering, or the
        /// remote system failing or short of storage (the destination was unavailable for the whole retry period, which
        /// is what the expiry itself reports; as Sisimai's Expired and the corpus's development labels). A system short
        /// of storage (SystemFull: RFC 3463's X.3.1 "mail system full", RFC 5321's 452 "insufficient system storage") is
        /// the system's own state, not the recipient's mailbox; Sisimai's Exim decoder reads such a return as expired
        /// too, as it reads every "retry timeout exceeded" whose words are not Exim's own. A cause that says what failed on
        /// the recipient's or the sender's side (a full mailbox, an unknown user, a block, greylisting in so many words)
        /// stays the reason: it is why the retries failed, and it tells the sender what to do. The class stays the
        /// reply's, so a temporary cause given up is soft.
        /// </summary>
        internal static bool EndsAsExpired(SmtpDiagnosis lastError)
        {
            SmtpBounceReason reason = lastError.Reason;
            return reason == SmtpBounceReason.Undefined || reason == SmtpBounceReason.NetworkError || reason == SmtpBounceReason.SystemError
                || reason == SmtpBounceReason.SystemFull
                || (lastError.Basis == SmtpDiagnosisBasis.BasicCode && lastError.Class == SmtpReplyClass.Transient);
        }

        /// <summary>
        /// RFC 3463 X.1.7 "Bad sender's mailbox address syntax" and X.1.8 "Bad sender's system address": the reply is
        /// about the sender's address, so it cannot say that the recipient's address is bad (see <see cref="IsAboutRecipientAddress"/>).
        /// </summary>
        internal static bool IsAboutSenderAddress(int enhancedSubject, int enhancedDetail)
        {
            return enhancedSubject == 1 && (enhancedDetail == 7 || enhancedDetail == 8);
        }

        /// <summary>
        /// Whether a recipient's failure is a hard bounce (stop sending to the address), the one rule for a bounce's
        /// recipient (<see cref="SmtpBounceRecipient.IsHardBounce"/>): a failed recipient whose diagnosis is one (a
        /// permanent reply whose deciding row says hard); or a failed recipient whose last reply was temporary, whose
        /// report's Status is permanent, and whose reason says the address or its domain does not exist or has moved
        /// (UserUnknown, HostUnknown, HasMoved). RFC 3464 2.3.4: the Status is the reporting MTA's own verdict on the
        /// recipient, and a 5.X.X Status with Action failed says it will not try again (Exim writes "Status: 5.0.0" for
        /// every address it gives up, whatever reply it last met: a 450 "User unknown", Postfix's
        /// unknown_local_recipient_reject_code while testing, retried until its retry time ran out). The two documented
        /// writers of hard and soft agree: Sisimai's is_hardbounce (Sisimai::SMTP::Failure, v5.2.0) calls those three
        /// reasons hard whatever the code, and the corpus's labelling rule (Corpus/README.md, "How the labels were
        /// made") calls them hard under a Status of class 5. NotAccept is left to its reply's class: Sisimai calls it
        /// hard only under a 5XX code. A temporary Status (Postfix keeps the last deferral's 4.X.X when a message
        /// expires), no report Status, or a delayed recipient stays soft: nothing says the address is given up for good.
        /// So does a permanent NotAccept reply under a temporary Status: the reporting MTA retried it as a temporary
        /// failure (Postfix's smtp_skip_5xx_greeting, on by default, treats a 5XX greeting such as RFC 7504's 521 as
        /// one and reports "Status: 4.X.X" when the queue lifetime ends), and Sisimai's IsHardBounce reads the Status
        /// before the reply code, calling NotAccept soft under a 4.X.X one, as the corpus's labelling rule does.
        /// </summary>
        internal static bool IsHardBounce(SmtpDeliveryAction action, SmtpEnhancedStatusCode? status, SmtpDiagnosis diagnosis)
        {
            if (action != SmtpDeliveryAction.Failed)
            {
                return false;
            }

            SmtpBounceReason reason = diagnosis.Reason;
            bool temporaryStatus = status.HasValue && status.Value.Class == SmtpReplyClass.Transient;
            if (diagnosis.IsHardBounce == true)
            {
                return !(temporaryStatus && reason == SmtpBounceReason.NotAccept);
            }

            return diagnosis.Class == SmtpReplyClass.Transient && status.HasValue && status.Value.Class == SmtpReplyClass.Permanent
                && (reason == SmtpBounceReason.UserUnknown || reason == SmtpBounceReason.HostUnknown || reason == SmtpBounceReason.HasMoved);
        }

        /// <summary>
        /// The reasons that say the recipient's address itself is bad (no such user or domain, moved, accepts no mail):
        /// the hard-bounce reasons of the catalog's policy (catalog/README.md, "Hard and soft bounces").
        /// </summary>
        internal static bool IsAboutRecipientAddress(SmtpBounceReason reason)
        {
            return reason == SmtpBounceReason.UserUnknown || reason == SmtpBounceReason.HostUnknown
                || reason == SmtpBounceReason.HasMoved || reason == SmtpBounceReason.NotAccept;
        }
    }
}
