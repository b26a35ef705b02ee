namespace SmtpCodes
{
    /// <summary>
    /// The two classification rules that depend on the reply in hand, not on a catalog row, so they are applied when
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
    }
}
