namespace SmtpCodes
{
#if SMTPCODES_SPAN
    using SmtpText = global::System.ReadOnlySpan<char>;
#else
    using SmtpText = global::System.String;
#endif

    // The reply formatter for servers: a reply code, an optional enhanced status code (RFC 2034: on every line) and
    // text, written as RFC 5321 section 4.2 wants it on the wire. Every output (string, StringBuilder, TextWriter,
    // span) reads the same characters from one ReplyLayout, so they cannot disagree.
    public readonly partial struct SmtpReply
    {
        /// <summary>The longest reply line in octets, CR LF included (RFC 5321 section 4.5.3.1.5).</summary>
        public const int MaxLineLength = 512;

        /// <summary>Formats a reply with the code's catalog title as its text: <c>"250 Requested mail action okay, completed\r\n"</c>.</summary>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The code is not a reply code a server sends (three digits, 2yz to 5yz).</exception>
        public static string Format(SmtpReplyCode code) => Format(code, null, code.GetTitle());

        /// <summary>
        /// Formats a reply: <c>"550 Mailbox unavailable\r\n"</c>. Each line of the text (split at CR, LF or CR LF;
        /// empty lines are dropped) becomes a reply line, continuation lines written <c>550-</c>; a line longer than
        /// <see cref="MaxLineLength"/> octets is wrapped at its last space that fits, or cut between characters when
        /// one word is longer than a line. Other control characters become spaces. Every line ends in CR LF.
        /// </summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The code is not a reply code a server sends (three digits, 2yz to 5yz).</exception>
        public static string Format(SmtpReplyCode code, string text) => Format(code, null, text);

        /// <summary>
        /// Formats a reply with an enhanced status code and the enhanced code's title as its text (the reply code's
        /// title when the registry does not know the enhanced code): <c>"550 5.1.1 Bad destination mailbox address\r\n"</c>.
        /// </summary>
        /// <exception cref="global::System.ArgumentException">The codes are invalid or their classes differ (see <see cref="Format(SmtpReplyCode, SmtpEnhancedStatusCode?, string)"/>).</exception>
        public static string Format(SmtpReplyCode code, SmtpEnhancedStatusCode enhancedCode) =>
            Format(code, enhancedCode, enhancedCode.IsKnown ? enhancedCode.GetTitle() : code.GetTitle());

        /// <summary>
        /// Formats a reply with an enhanced status code (RFC 2034), written after the reply code on every line:
        /// <c>"550 5.1.1 &lt;a@b.example&gt;: Recipient address rejected\r\n"</c>. Lines as <see cref="Format(SmtpReplyCode, string)"/> writes them.
        /// </summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The code is not a reply code a server sends (three digits, 2yz to 5yz).</exception>
        /// <exception cref="global::System.ArgumentException">
        /// The enhanced code's class differs from the reply code's (RFC 3463: a 5yz reply takes 5.x.x, a 4yz reply 4.x.x,
        /// a 2yz reply 2.x.x; a 3yz reply takes none), or it is <c>default(SmtpEnhancedStatusCode)</c>, which is no code.
        /// </exception>
        public static string Format(SmtpReplyCode code, SmtpEnhancedStatusCode? enhancedCode, string text)
        {
            var builder = new global::System.Text.StringBuilder();
            WriteTo(builder, code, enhancedCode, text);
            return builder.ToString();
        }

        /// <summary>
        /// Formats a multi-line reply, one reply line per item (an EHLO reply:
        /// <c>FormatLines(SmtpReplyCode.Ok, "mx.example.com", "SIZE 35882577", "8BITMIME")</c> writes
        /// <c>"250-mx.example.com\r\n250-SIZE 35882577\r\n250 8BITMIME\r\n"</c>). Lines as <see cref="Format(SmtpReplyCode, string)"/> writes them.
        /// </summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="lines"/> or one of them is null.</exception>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The code is not a reply code a server sends (three digits, 2yz to 5yz).</exception>
        public static string FormatLines(SmtpReplyCode code, params string[] lines) => FormatLines(code, null, lines);

        /// <summary>Formats a multi-line reply with an enhanced status code on every line, one reply line per item.</summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="lines"/> or one of them is null.</exception>
        /// <exception cref="global::System.ArgumentException">The codes are invalid or their classes differ (see <see cref="Format(SmtpReplyCode, SmtpEnhancedStatusCode?, string)"/>).</exception>
        public static string FormatLines(SmtpReplyCode code, SmtpEnhancedStatusCode? enhancedCode, params string[] lines)
        {
            if (lines is null)
            {
                throw new global::System.ArgumentNullException(nameof(lines));
            }

            foreach (var line in lines)
            {
                if (line is null)
                {
                    throw new global::System.ArgumentNullException(nameof(lines), "A line of the reply is null.");
                }
            }

            return Format(code, enhancedCode, string.Join("\r\n", lines));
        }

        /// <summary>Appends the reply as <see cref="Format(SmtpReplyCode, SmtpEnhancedStatusCode?, string)"/> writes it.</summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="builder"/> or <paramref name="text"/> is null.</exception>
        /// <exception cref="global::System.ArgumentException">The codes are invalid or their classes differ.</exception>
        public static void WriteTo(global::System.Text.StringBuilder builder, SmtpReplyCode code, SmtpEnhancedStatusCode? enhancedCode, string text) =>
            Write(new BuilderSink(builder ?? throw new global::System.ArgumentNullException(nameof(builder))), code, enhancedCode, text);

        /// <summary>Writes the reply as <see cref="Format(SmtpReplyCode, SmtpEnhancedStatusCode?, string)"/> writes it (a server's network writer).</summary>
        /// <exception cref="global::System.ArgumentNullException"><paramref name="writer"/> or <paramref name="text"/> is null.</exception>
        /// <exception cref="global::System.ArgumentException">The codes are invalid or their classes differ.</exception>
        public static void WriteTo(global::System.IO.TextWriter writer, SmtpReplyCode code, SmtpEnhancedStatusCode? enhancedCode, string text) =>
            Write(new WriterSink(writer ?? throw new global::System.ArgumentNullException(nameof(writer))), code, enhancedCode, text);

#if SMTPCODES_SPAN
        /// <summary>
        /// Writes the reply into <paramref name="destination"/> without allocating, as
        /// <see cref="Format(SmtpReplyCode, SmtpEnhancedStatusCode?, string)"/> writes it.
        /// </summary>
        /// <returns>False, with <paramref name="charsWritten"/> 0, when the reply does not fit; the destination's content is then undefined.</returns>
        /// <exception cref="global::System.ArgumentException">The codes are invalid or their classes differ.</exception>
        public static bool TryFormat(global::System.Span<char> destination, out int charsWritten, SmtpReplyCode code, SmtpEnhancedStatusCode? enhancedCode, global::System.ReadOnlySpan<char> text)
        {
            var layout = new ReplyLayout(code, enhancedCode);
            var written = 0;
            while (layout.MoveNext(text))
            {
                CountStep();
                if (written == destination.Length)
                {
                    charsWritten = 0;
                    return false;
                }

                destination[written++] = layout.Current;
            }

            charsWritten = written;
            return true;
        }

#endif
        private static void Write<TSink>(TSink sink, SmtpReplyCode code, SmtpEnhancedStatusCode? enhancedCode, string text)
            where TSink : IReplySink
        {
            if (text is null)
            {
                throw new global::System.ArgumentNullException(nameof(text));
            }

            var layout = new ReplyLayout(code, enhancedCode);
#if SMTPCODES_SPAN
            var chars = global::System.MemoryExtensions.AsSpan(text);
#else
            var chars = text;
#endif
            while (layout.MoveNext(chars))
            {
                CountStep();
                sink.Append(layout.Current);
            }
        }

        // Where the characters go: a struct per output, so the one loop above serves both without boxing.
        private interface IReplySink
        {
            void Append(char c);
        }

        private readonly struct BuilderSink : IReplySink
        {
            private readonly global::System.Text.StringBuilder builder;

            public BuilderSink(global::System.Text.StringBuilder builder) => this.builder = builder;

            public void Append(char c) => builder.Append(c);
        }

        private readonly struct WriterSink : IReplySink
        {
            private readonly global::System.IO.TextWriter writer;

            public WriterSink(global::System.IO.TextWriter writer) => this.writer = writer;

            public void Append(char c) => writer.Write(c);
        }

        // The characters of a formatted reply, one at a time: the caller passes the text to every MoveNext (a span
        // cannot be kept in a field). A line is the reply code, '-' (more lines follow) or ' ', the enhanced code and a
        // space, at most MaxLineLength octets of text in all, then CR LF.
        private struct ReplyLayout
        {
            private readonly int basic;
            private readonly SmtpEnhancedStatusCode enhanced;
            private readonly int enhancedLength;
            private readonly int maxTextOctets;
            private int searchFrom;
            private bool hasNext;
            private int nextStart;
            private int nextLength;
            private int lineStart;
            private int lineLength;
            private bool lineIsLast;
            private bool hasSeparator;
            private int column;
            private int lineEnd;
            private bool started;
            private char current;

            public ReplyLayout(SmtpReplyCode code, SmtpEnhancedStatusCode? enhancedCode)
            {
                basic = (int)code;
                if (basic < 200 || basic > 599)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(code), basic, "A server's reply code has three digits and starts with 2, 3, 4 or 5 (RFC 5321 section 4.2).");
                }

                enhanced = enhancedCode ?? default(SmtpEnhancedStatusCode);
                enhancedLength = 0;
                if (enhancedCode.HasValue)
                {
                    CheckClasses(basic, enhanced);
                    enhancedLength = enhanced.Detail < 10 ? 5 : enhanced.Detail < 100 ? 6 : 7;
                }

                // "550-" or "550 ", the enhanced code and its space, and CR LF leave the rest of the line to the text.
                maxTextOctets = MaxLineLength - 4 - (enhancedLength > 0 ? enhancedLength + 1 : 0) - 2;
                searchFrom = 0;
                hasNext = false;
                nextStart = 0;
                nextLength = 0;
                lineStart = 0;
                lineLength = 0;
                lineIsLast = true;
                hasSeparator = false;
                column = 0;
                lineEnd = 0;
                started = false;
                current = '\0';
            }

            public char Current => current;

            public bool MoveNext(SmtpText text)
            {
                if (!started)
                {
                    started = true;
                    hasNext = NextLine(text, maxTextOctets, ref searchFrom, out nextStart, out nextLength);
                    BeginLine(text);
                }
                else if (++column == lineEnd)
                {
                    if (lineIsLast)
                    {
                        column--;
                        return false;
                    }

                    BeginLine(text);
                }

                current = CharAt(text, column);
                return true;
            }

            // Takes the line found ahead and looks for the one after it, to know whether this one is the last.
            private void BeginLine(SmtpText text)
            {
                lineStart = hasNext ? nextStart : 0;
                lineLength = hasNext ? nextLength : 0;
                hasNext = hasNext && NextLine(text, maxTextOctets, ref searchFrom, out nextStart, out nextLength);
                lineIsLast = !hasNext;

                // A last line of codes alone is "550" or "550 5.1.1": no space before a missing text.
                hasSeparator = !lineIsLast || enhancedLength > 0 || lineLength > 0;
                column = 0;
                lineEnd = 3 + (hasSeparator ? 1 : 0) + enhancedLength + (enhancedLength > 0 && lineLength > 0 ? 1 : 0) + lineLength + 2;
            }

            private char CharAt(SmtpText text, int position)
            {
                if (position < 3)
                {
                    return Digit(position == 0 ? basic / 100 : position == 1 ? basic / 10 : basic);
                }

                position -= 3;
                if (hasSeparator && position-- == 0)
                {
                    return lineIsLast ? ' ' : '-';
                }

                if (position < enhancedLength)
                {
                    return EnhancedChar(position);
                }

                position -= enhancedLength;
                if (enhancedLength > 0 && lineLength > 0 && position-- == 0)
                {
                    return ' ';
                }

                if (position < lineLength)
                {
                    var c = text[lineStart + position];
                    // Control characters (other than tab) have no place in a reply's text; CR and LF end lines before this.
                    return (c < ' ' && c != '\t') || c == '\u007f' ? ' ' : c;
                }

                return position == lineLength ? '\r' : '\n';
            }

            private char EnhancedChar(int position)
            {
                switch (position)
                {
                    case 0:
                        return Digit((int)enhanced.Class);
                    case 1:
                    case 3:
                        return '.';
                    case 2:
                        return Digit(enhanced.Subject);
                    default:
                        var fromEnd = enhancedLength - 1 - position;
                        return Digit(fromEnd == 0 ? enhanced.Detail : fromEnd == 1 ? enhanced.Detail / 10 : enhanced.Detail / 100);
                }
            }

            private static char Digit(int value) => (char)('0' + (value % 10));
        }

        private static void CheckClasses(int basic, SmtpEnhancedStatusCode enhanced)
        {
            var enhancedClass = (int)enhanced.Class;
            if (enhancedClass == 0)
            {
                throw new global::System.ArgumentException("default(SmtpEnhancedStatusCode) is no enhanced status code: pass null for a reply without one.", "enhancedCode");
            }

            if (basic / 100 == 3)
            {
                throw new global::System.ArgumentException("A " + basic.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " reply takes no enhanced status code: RFC 3463 has classes 2, 4 and 5 only.", "enhancedCode");
            }

            if (enhancedClass != basic / 100)
            {
                throw new global::System.ArgumentException(
                    "The enhanced status code " + enhanced.ToString() + " is of class " + enhancedClass.ToString(global::System.Globalization.CultureInfo.InvariantCulture) +
                    " but the reply code " + basic.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " is of class " + (basic / 100).ToString(global::System.Globalization.CultureInfo.InvariantCulture) +
                    ": RFC 3463 requires the same class (a " + (basic / 100).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "yz reply takes a " +
                    (basic / 100).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".x.x code).",
                    "enhancedCode");
            }
        }

        // The next reply line of the text from position: CR, LF and CR LF end a line, empty lines are skipped, and a
        // line longer than maxOctets (UTF-8 octets, as SMTPUTF8 sends them) is wrapped at its last space that fits
        // (the space goes, as the parser reads a line break as one space), else cut between two characters, never
        // inside a surrogate pair. Linear: every character is read once or twice.
        private static bool NextLine(SmtpText text, int maxOctets, ref int position, out int start, out int length)
        {
            while (position < text.Length && (text[position] == '\r' || text[position] == '\n'))
            {
                CountStep();
                position++;
            }

            start = position;
            length = 0;
            if (position >= text.Length)
            {
                return false;
            }

            var octets = 0;
            var lastSpace = -1;
            var index = position;
            while (index < text.Length)
            {
                CountStep();
                var c = text[index];
                if (c == '\r' || c == '\n')
                {
                    break;
                }

                if (c == ' ')
                {
                    lastSpace = index;
                }

                octets += c < '\u0080' ? 1 : c < '\u0800' ? 2 : char.IsSurrogate(c) ? 2 : 3;
                if (octets > maxOctets)
                {
                    if (lastSpace > start)
                    {
                        length = lastSpace - start;
                        position = lastSpace + 1;
                        return true;
                    }

                    if (char.IsLowSurrogate(c) && index - 1 > start && char.IsHighSurrogate(text[index - 1]))
                    {
                        index--;
                    }

                    length = index - start;
                    position = index;
                    return true;
                }

                index++;
            }

            length = index - start;
            position = index;
            return true;
        }
    }
}
