namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    // Without spans the parser reads a string or the start of a buffer (the bounce reader's), with the same members.
    using SmtpText = SmtpMimeText;
#endif

    /// <summary>
    /// A server's reply as bounces and logs show it: the basic code, the enhanced status code and the text. It is
    /// found in single and multi-line replies (also flattened onto one line), behind MTA wrappers ("smtp;", Postfix's
    /// "host X said:", Exim's "SMTP error from remote mail server after RCPT TO:...:", Sendmail's "&lt;&lt;&lt; ",
    /// Exchange's "Remote Server returned '...'", relays' "-&gt; 550"), in repeated codes ("554 554 5.7.1") and in
    /// qmail's "(#5.1.1)".
    /// </summary>
    public readonly partial struct SmtpReply
    {
        private readonly int basicValue;
        private readonly SmtpEnhancedStatusCode enhancedValue;
        private readonly bool hasEnhanced;
#if SMTPCODES_NULLABLE
        private readonly string? text;
#else
        private readonly string text;
#endif

#if SMTPCODES_NULLABLE
        private SmtpReply(int basicValue, SmtpEnhancedStatusCode enhancedValue, bool hasEnhanced, string? text)
#else
        private SmtpReply(int basicValue, SmtpEnhancedStatusCode enhancedValue, bool hasEnhanced, string text)
#endif
        {
            this.basicValue = basicValue;
            this.enhancedValue = enhancedValue;
            this.hasEnhanced = hasEnhanced;
            this.text = text;
        }

        /// <summary>The same codes with a basic code the text did not state (an MTA's own reply for what the report says).</summary>
        internal SmtpReply WithBasicCode(int basic) => new SmtpReply(basic, enhancedValue, hasEnhanced, text);

        /// <summary>The basic three-digit code (class 2, 4 or 5), or null when the text has none.</summary>
        public SmtpReplyCode? BasicCode => basicValue == 0 ? (SmtpReplyCode?)null : (SmtpReplyCode)basicValue;

        /// <summary>The enhanced status code (RFC 3463), or null when the text has none.</summary>
        public SmtpEnhancedStatusCode? EnhancedCode => hasEnhanced ? enhancedValue : (SmtpEnhancedStatusCode?)null;

        /// <summary>The human-readable text after the codes, continuation prefixes removed and lines joined.</summary>
        public string Text => text ?? string.Empty;

        /// <summary>The class of the basic code: what the client must do. Unknown when the text has no basic code.</summary>
        public SmtpReplyClass Class => basicValue == 0 ? SmtpReplyClass.Unknown : (SmtpReplyClass)(basicValue / 100);

        /// <summary>Whether a basic or an enhanced code was found.</summary>
        public bool HasCode => basicValue != 0 || hasEnhanced;

        /// <summary>Finds the basic code, the enhanced code and the text of a reply.</summary>
        /// <returns>Whether a code was found; without one, <paramref name="reply"/> still holds the text.</returns>
#if SMTPCODES_NULLABLE
        public static bool TryParse(string? text, out SmtpReply reply)
#else
        public static bool TryParse(string text, out SmtpReply reply)
#endif
        {
            if (text is null)
            {
                reply = default(SmtpReply);
                return false;
            }

#if SMTPCODES_SPAN
            reply = ParseCore(global::System.MemoryExtensions.AsSpan(text));
#else
            reply = ParseCore(text);
#endif
            return reply.HasCode;
        }

#if SMTPCODES_SPAN
        /// <summary>Finds the basic code, the enhanced code and the text of a reply.</summary>
        /// <returns>Whether a code was found; without one, <paramref name="reply"/> still holds the text.</returns>
        public static bool TryParse(global::System.ReadOnlySpan<char> text, out SmtpReply reply)
        {
            reply = ParseCore(text);
            return reply.HasCode;
        }

#endif
        /// <summary>
        /// Explains a reply: its class, the bounce reason, whether it is a hard bounce, who must act and what to do.
        /// A catalog message whose text and codes fit the reply decides first, then the enhanced code, then the basic code.
        /// </summary>
#if SMTPCODES_NULLABLE
        public static SmtpDiagnosis Diagnose(string? text)
#else
        public static SmtpDiagnosis Diagnose(string text)
#endif
        {
#if SMTPCODES_SPAN
            return DiagnoseCore(global::System.MemoryExtensions.AsSpan(text ?? string.Empty), 0);
#else
            return DiagnoseCore(text ?? string.Empty, 0);
#endif
        }

        /// <summary>
        /// Explains a reply whose basic code comes apart from its text, as a library reports it (MailKit's
        /// <c>SmtpCommandException.StatusCode</c> and <c>Message</c>, System.Net.Mail's <c>SmtpException.StatusCode</c>):
        /// the given code is the reply's basic code; a value that is no reply code (such as -1) leaves the text's own.
        /// </summary>
#if SMTPCODES_NULLABLE
        public static SmtpDiagnosis Diagnose(int basicCode, string? text)
#else
        public static SmtpDiagnosis Diagnose(int basicCode, string text)
#endif
        {
#if SMTPCODES_SPAN
            return DiagnoseCore(global::System.MemoryExtensions.AsSpan(text ?? string.Empty), basicCode);
#else
            return DiagnoseCore(text ?? string.Empty, basicCode);
#endif
        }

#if SMTPCODES_SPAN
        /// <summary>
        /// Explains a reply: its class, the bounce reason, whether it is a hard bounce, who must act and what to do.
        /// A catalog message whose text and codes fit the reply decides first, then the enhanced code, then the basic code.
        /// </summary>
        public static SmtpDiagnosis Diagnose(global::System.ReadOnlySpan<char> text) => DiagnoseCore(text, 0);

        /// <summary>Explains a reply whose basic code comes apart from its text (see <see cref="Diagnose(int, string)"/>).</summary>
        public static SmtpDiagnosis Diagnose(int basicCode, global::System.ReadOnlySpan<char> text) => DiagnoseCore(text, basicCode);

#endif
#if SMTPCODES_COUNT_WORK
        // The iterations of every loop over the reply text or the automaton, counted only when the tests compile the
        // engine with SMTPCODES_COUNT_WORK (PropertyTests): linear time is proven as work per character, not as time.
        [global::System.ThreadStatic]
        internal static long WorkSteps;

#endif
        // Compiled away, call and all, unless SMTPCODES_COUNT_WORK is defined where it is called.
        [global::System.Diagnostics.Conditional("SMTPCODES_COUNT_WORK")]
        private static void CountStep()
        {
#if SMTPCODES_COUNT_WORK
            WorkSteps++;
#endif
        }

        /// <summary>The reply as "550 5.1.1 text".</summary>
        public override string ToString()
        {
            var builder = new global::System.Text.StringBuilder();
            if (basicValue != 0)
            {
                builder.Append(basicValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            }

            if (hasEnhanced)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(enhancedValue.ToString());
            }

            if (Text.Length > 0)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(Text);
            }

            return builder.ToString();
        }

        private static SmtpReply ParseCore(SmtpText text)
        {
            int basicStart;
            int textStart;
            var codes = FindCodesAndText(text, out basicStart, out textStart);
            var buffer = new char[text.Length - textStart];
            var length = TextInto(text, codes.basicValue, basicStart, textStart, buffer);
            return new SmtpReply(codes.basicValue, codes.enhancedValue, codes.hasEnhanced, new string(buffer, 0, length));
        }

        /// <summary>
        /// The text <see cref="TryParse(string, out SmtpReply)"/> gives as <see cref="Text"/>, written into
        /// <paramref name="buffer"/> (at least as long as <paramref name="text"/>): its length. For a caller that reads
        /// the text where it lies (the bounce reader), so that no string of it is made.
        /// </summary>
        internal static int ParseTextInto(SmtpText text, char[] buffer)
        {
            int basicStart;
            int textStart;
            var codes = FindCodesAndText(text, out basicStart, out textStart);
            return TextInto(text, codes.basicValue, basicStart, textStart, buffer);
        }

        // The codes of a reply (as a reply without text), where its basic code stands (-1 for none) and where its text starts.
        private static SmtpReply FindCodesAndText(SmtpText text, out int basicStart, out int textStart)
        {
            int enhancedStart;
            int enhancedEnd;
            var codes = FindCodes(text, out basicStart, out enhancedStart, out enhancedEnd);
            textStart = FindTextStart(text, basicStart, codes.basicValue, codes.hasEnhanced ? enhancedStart : -1, enhancedEnd);
            return codes;
        }

        // The reply's text from textStart, normalized into buffer and without the wrapper after it: its length.
        private static int TextInto(SmtpText text, int basic, int basicStart, int textStart, char[] buffer)
        {
            var length = Normalize(text, textStart, basic, false, buffer);
            return WrapperEnd(buffer, length, basicStart < 0 ? '\0' : OpeningQuote(text, basicStart));
        }

        // The codes of a reply (as a reply without text), and where they stand: -1 for a code the text lacks.
        private static SmtpReply FindCodes(SmtpText text, out int basicStart, out int enhancedStart, out int enhancedEnd)
        {
            basicStart = FindBasicCode(text);
            var basic = basicStart < 0 ? 0 : ThreeDigits(text, basicStart);
            SmtpEnhancedStatusCode enhanced;
            var hasEnhanced = FindEnhancedCode(text, basic / 100, OwnEnhancedCodeAt(text, basicStart, basic), out enhanced, out enhancedStart, out enhancedEnd);
            return new SmtpReply(basic, enhanced, hasEnhanced, null);
        }
    }
}
