namespace SmtpCodes
{
    using global::System;

    /// <summary>
    /// What a bounce's dates say: when it was written (its <c>Date</c>), when the reporting MTA received the message
    /// (the report's <c>Arrival-Date</c>), and so how long the MTA kept the message before it gave up.
    /// </summary>
    internal static class SmtpBounceDates
    {
        // RFC 5321 4.5.4.1: "In general, the retry interval SHOULD be at least 30 minutes". A report written this long
        // after the message arrived comes from an MTA that tried again: a failure it then reports with a temporary last
        // cause (a time-out, a refused connection) is one whose retries ran out. Postfix's bounce of a message it could
        // not deliver for 18 hours (Sisimai's email-postfix-08: "Status: 4.4.1", Arrival-Date 19:55 the day before)
        // says so only by its dates; a first attempt that fails at once is written within seconds (LongerThanOneAttempt),
        // and the loopback runs' returns, three minutes after arrival, are read by that shorter test.
        private static readonly TimeSpan ShortestRetryInterval = TimeSpan.FromMinutes(30);

        // A report that gives up a recipient at its first attempt is written within seconds of the message's arrival
        // (Gmail's, Amazon SES's, Cloudflare's and MX Logic's Postfix reports in Sisimai's set: 0 to 3 seconds; Postfix
        // with maximal_queue_lifetime 0, "tried only once"). A report kept a minute or more was held in the queue.
        private static readonly TimeSpan LongerThanOneAttempt = TimeSpan.FromMinutes(1);

        /// <summary>The bounce's own <c>Date</c> header as a date-time, or <c>null</c>.</summary>
        internal static DateTimeOffset? Date(SmtpMimeHeaderList headers)
        {
            SmtpMimeText text = headers.Find("Date", out int start, out int end);
            return SmtpDateTime.Parse(text, start, end);
        }

        /// <summary>From the message's arrival to the report's writing; zero when either is unknown or they are out of order.</summary>
        internal static TimeSpan HeldFor(SmtpBounceMessageFields fields)
        {
            return HeldFor(fields.ArrivalDate, fields.Date);
        }

        // RFC 5322 3.6.7: a Received field ends with ";" and the date-time the host received the message. The topmost one
        // of a returned message is the reporting MTA's own (or the host's that handed it over): where a bounce has no
        // Arrival-Date (a plain-text bounce), it says when the message arrived, on the clock of the bounce's Date.
        private static readonly char[] ReceivedDateSeparator = { ';' };

        /// <summary>The date the returned message's topmost Received field gives, or <c>null</c>.</summary>
        internal static DateTimeOffset? Received(SmtpMimeHeaderList returnedHeaders)
        {
            SmtpMimeText text = returnedHeaders.Find("Received", out int start, out int end);
            int separator = end > start ? text.LastIndexOfAny(ReceivedDateSeparator, end - 1, end - start) : -1;
            return separator < 0 ? null : SmtpDateTime.Parse(text, separator + 1, end);
        }

        /// <summary>From the returned message's arrival to the report's writing; zero when either is unknown or they are out of order.</summary>
        internal static TimeSpan HeldFor(DateTimeOffset? arrived, DateTimeOffset? written)
        {
            return arrived.HasValue && written.HasValue && written.Value > arrived.Value ? written.Value - arrived.Value : TimeSpan.Zero;
        }

        /// <summary>Whether the MTA kept the message past the shortest retry interval RFC 5321 allows before it wrote the report.</summary>
        internal static bool KeptPastARetry(TimeSpan heldFor)
        {
            return heldFor >= ShortestRetryInterval;
        }

        /// <summary>Whether the report was written a minute or more after the message arrived: not at its first attempt, given up at once.</summary>
        internal static bool KeptPastFirstAttempt(TimeSpan heldFor)
        {
            return heldFor >= LongerThanOneAttempt;
        }
    }
}
