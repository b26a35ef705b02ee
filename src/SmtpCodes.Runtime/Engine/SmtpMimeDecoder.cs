namespace SmtpCodes
{
    using global::System.Text;

    /// <summary>
    /// Undoes transfer encodings and charsets without throwing. A message read from bytes is held as one char per byte
    /// (ISO-8859-1), so a body is turned back into bytes and decoded by its charset; a text that already holds characters
    /// above U+00FF was decoded by the caller and is kept as it is. Broken base64 decodes what it can; an unknown charset
    /// is read as ISO-8859-1, which keeps every ASCII character (addresses, codes) intact.
    /// </summary>
    internal static partial class SmtpMimeDecoder
    {
        internal const string Base64 = "base64";
        internal const string QuotedPrintable = "quoted-printable";

        /// <summary>Any transfer encoding that leaves the body as it is: 7bit, 8bit, binary, none, or one not known.</summary>
        internal const string Identity = "";

        /// <summary>The Content-Transfer-Encoding value between the bounds as one of the three constants, read in place.</summary>
        internal static string TransferEncodingAt(SmtpMimeText text, int start, int end)
        {
            if (end - start == Base64.Length && SmtpMimeText.Compare(text, start, Base64, 0, Base64.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return Base64;
            }

            if (end - start == QuotedPrintable.Length && SmtpMimeText.Compare(text, start, QuotedPrintable, 0, QuotedPrintable.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return QuotedPrintable;
            }

            return Identity;
        }

        /// <summary>
        /// The body between the bounds with its transfer encoding and charset undone, in a buffer of the read in
        /// progress (<see cref="SmtpMimeArena.Chars"/>): the bytes live in per-thread memory until the charset makes
        /// them chars, and nothing is allocated once the read's buffers are as long as its parts.
        /// </summary>
        internal static SmtpMimeText DecodeBody(SmtpMimeText source, int start, int end, string transferEncoding, string charset)
        {
            if (end <= start)
            {
                return SmtpMimeText.Empty;
            }

            if (transferEncoding == Base64 || transferEncoding == QuotedPrintable)
            {
                byte[] bytes = Scratch(end - start);
                int count = transferEncoding == Base64 ? DecodeBase64(source, start, end, bytes) : DecodeQuotedPrintable(source, start, end, bytes, false);
                SmtpMimeText decoded = DecodeCharsetToText(bytes, count, charset);
                Release(bytes);
                return decoded;
            }

            if (DecodesToItself(source, start, end, charset))
            {
                char[] copy = SmtpMimeArena.Chars(end - start);
                source.CopyTo(start, copy, 0, end - start);
                return new SmtpMimeText(copy, end - start);
            }

            byte[] raw = Scratch(end - start);
            int length = ToBytes(source, start, end, raw);
            SmtpMimeText text = DecodeCharsetToText(raw, length, charset);
            Release(raw);
            return text;
        }

        // The bytes decoded by their charset (as DecodeCharset decides) into a buffer of the read in progress.
        private static SmtpMimeText DecodeCharsetToText(byte[] bytes, int count, string charset)
        {
            switch (Decoding(charset, bytes, count, out Encoding encoding))
            {
                case CharsetDecoding.Utf8:
                    return DecodeToText(Encoding.UTF8, bytes, count);
                case CharsetDecoding.Windows1252:
                    char[] chars = SmtpMimeArena.Chars(count);
                    DecodeWindows1252(bytes, count, chars);
                    return new SmtpMimeText(chars, count);
                case CharsetDecoding.Named:
                    return DecodeToText(encoding, bytes, count);
                case CharsetDecoding.Utf7:
                    char[] utf7 = SmtpMimeArena.Chars(count);
                    return new SmtpMimeText(utf7, SmtpUtf7.Decode(bytes, count, utf7));
                default:
                    return DecodeToText(Latin1, bytes, count);
            }
        }

        private static SmtpMimeText DecodeToText(Encoding encoding, byte[] bytes, int count)
        {
            char[] chars = SmtpMimeArena.Chars(encoding.GetMaxCharCount(count));
            return new SmtpMimeText(chars, encoding.GetChars(bytes, 0, count, chars, 0));
        }

        /// <summary>The text a builder of <see cref="Builder"/> holds, copied into a buffer of the read in progress; the builder is taken back.</summary>
        internal static SmtpMimeText FinishText(StringBuilder taken)
        {
            char[] chars = SmtpMimeArena.Chars(taken.Length);
            int length = taken.Length;
            taken.CopyTo(0, chars, 0, length);
            taken.Clear();
            if (taken.Capacity <= LongestKeptScratch)
            {
                builder = taken;
            }

            return new SmtpMimeText(chars, length);
        }

        // Decoded bytes of a body, per thread; a buffer longer than this is not kept (one huge part does not keep its memory alive).
        private const int LongestKeptScratch = 64 * 1024;

        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static byte[]? scratch;
#else
        private static byte[] scratch;
#endif

        private static byte[] Scratch(int length)
        {
            var buffer = scratch;
            scratch = null;
            return buffer != null && buffer.Length >= length ? buffer : new byte[global::System.Math.Max(length, 1024)];
        }

        private static void Release(byte[] buffer)
        {
            if (buffer.Length <= LongestKeptScratch)
            {
                scratch = buffer;
            }
        }

        // Text being built (an unfolded header, the text of an HTML part), per thread: only the finished string is allocated.
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static StringBuilder? builder;
#else
        private static StringBuilder builder;
#endif

        /// <summary>An empty builder of per-thread memory; <see cref="Finish"/> gives its text and takes it back.</summary>
        internal static StringBuilder Builder()
        {
            var taken = builder ?? new StringBuilder(256);
            builder = null;
            return taken;
        }

        internal static string Finish(StringBuilder taken)
        {
            string text = taken.ToString();
            taken.Clear();
            if (taken.Capacity <= LongestKeptScratch)
            {
                builder = taken;
            }

            return text;
        }

        /// <summary>
        /// Appends the text of an RFC 2047 encoded word's payload between the bounds: base64 ("B") or quoted-printable
        /// with '_' for a space ("Q"), then its charset. Nothing is allocated once the thread's buffers are long enough.
        /// </summary>
        internal static void DecodeWord(SmtpMimeText text, int start, int end, bool base64, string charset, StringBuilder into)
        {
            byte[] bytes = Scratch(end - start + 3);
            int count = base64 ? DecodeBase64(text, start, end, bytes) : DecodeQuotedPrintable(text, start, end, bytes, true);
            CharsetDecoding decoding = Decoding(charset, bytes, count, out Encoding encoding);
            int most = decoding == CharsetDecoding.Named ? encoding.GetMaxCharCount(count) : decoding == CharsetDecoding.Utf8 ? Encoding.UTF8.GetMaxCharCount(count) : count;

            // Taken while in use and given back after, as the byte scratch: a read nested in an encoding's code gets its own.
            char[] chars = wordChars != null && wordChars.Length >= most ? wordChars : new char[global::System.Math.Max(most, 256)];
            wordChars = null;
            int length;
            switch (decoding)
            {
                case CharsetDecoding.Utf8:
                    length = Encoding.UTF8.GetChars(bytes, 0, count, chars, 0);
                    break;
                case CharsetDecoding.Windows1252:
                    DecodeWindows1252(bytes, count, chars);
                    length = count;
                    break;
                case CharsetDecoding.Named:
                    length = encoding.GetChars(bytes, 0, count, chars, 0);
                    break;
                case CharsetDecoding.Utf7:
                    length = SmtpUtf7.Decode(bytes, count, chars);
                    break;
                default:
                    length = DecodeLatin1(bytes, count, chars);
                    break;
            }

            into.Append(chars, 0, length);
            if (chars.Length <= LongestKeptScratch)
            {
                wordChars = chars;
            }

            Release(bytes);
        }

        // The decoded text of an encoded word, per thread (see DecodeWord).
        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? wordChars;
#else
        private static char[] wordChars;
#endif

        // Decodes into bytes (at least (end - start) / 4 * 3 + 3 long) and returns how many it wrote.
        private static int DecodeBase64(SmtpMimeText text, int start, int end, byte[] bytes)
        {
            int count = 0;
            int buffer = 0;
            int bits = 0;
            for (int i = start; i < end; i++)
            {
                int value = Base64Value(text[i]);
                if (value < 0)
                {
                    if (text[i] == '=')
                    {
                        // Padding ends a group; a stray '=' inside broken base64 just resets it.
                        bits = 0;
                        buffer = 0;
                    }

                    continue;
                }

                buffer = (buffer << 6) | value;
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    bytes[count++] = (byte)(buffer >> bits);
                    buffer &= (1 << bits) - 1;
                }
            }

            return count;
        }

        // Decodes into bytes (at least end - start long) and returns how many it wrote; an encoded word's Q encoding
        // (RFC 2047 4.2) writes '_' for a space.
        private static int DecodeQuotedPrintable(SmtpMimeText text, int start, int end, byte[] bytes, bool underscoreIsSpace)
        {
            int count = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == '=')
                {
                    if (i + 1 < end && (text[i + 1] == '\r' || text[i + 1] == '\n'))
                    {
                        // A soft line break: '=' then CRLF, LF or CR.
                        i += text[i + 1] == '\r' && i + 2 < end && text[i + 2] == '\n' ? 2 : 1;
                        continue;
                    }

                    int high = i + 2 < end ? HexValue(text[i + 1]) : -1;
                    int low = high >= 0 ? HexValue(text[i + 2]) : -1;
                    if (low >= 0)
                    {
                        bytes[count++] = (byte)((high << 4) | low);
                        i += 2;
                        continue;
                    }
                }

                bytes[count++] = c == '_' && underscoreIsSpace ? (byte)' ' : c <= '\u00FF' ? (byte)c : (byte)'?';
            }

            return count;
        }

        /// <summary>
        /// Whether a body without transfer encoding, in a message held one char per byte, decodes to its own characters:
        /// ASCII, characters a caller already decoded (some above U+00FF), or bytes its charset reads as ISO-8859-1.
        /// Such a body is read where it lies, not copied.
        /// </summary>
        internal static bool DecodesToItself(SmtpMimeText text, int start, int end, string charset)
        {
            if (IsKeptAsIs(text, start, end))
            {
                // UTF-7 is ASCII, yet its "+...-" sequences are characters to decode.
                return !SmtpUtf7.IsUtf7(charset) || CharacterBound(text, start, end) > '\u007F';
            }

            byte[] bytes = Scratch(end - start);
            int count = ToBytes(text, start, end, bytes);
            bool latin1 = Decoding(charset, bytes, count, out _) == CharsetDecoding.Latin1;
            Release(bytes);
            return latin1;
        }

        // A message read from bytes, as text, per thread; one longer than this is read in memory of its own, not kept
        // (a huge message does not keep its memory alive).
        private const int LongestKeptMessage = 256 * 1024;

        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static char[]? messageBuffer;
#else
        private static char[] messageBuffer;
#endif

        /// <summary>
        /// A buffer of at least <paramref name="length"/> chars for a message's text, the thread's own when it is free
        /// (a read that starts inside another on the same thread gets a new one); give it back with <see cref="GiveMessageBuffer"/>.
        /// </summary>
        internal static char[] TakeMessageBuffer(int length)
        {
            if (length > LongestKeptMessage)
            {
                // Not kept after the read: the thread's buffer stays for the next message.
                return new char[length];
            }

            var buffer = messageBuffer;
            messageBuffer = null;
            return buffer != null && buffer.Length >= length ? buffer : new char[global::System.Math.Max(length, 1024)];
        }

        /// <summary>Ends a read's use of its message buffer: kept for the thread's next read unless it is longer than the kept length.</summary>
        internal static void GiveMessageBuffer(char[] buffer)
        {
            if (buffer.Length <= LongestKeptMessage)
            {
                messageBuffer = buffer;
            }
        }

        // The chars of a message read from bytes (one per byte) as those bytes again; returns how many.
        private static int ToBytes(SmtpMimeText text, int start, int end, byte[] bytes)
        {
            for (int i = start; i < end; i++)
            {
                bytes[i - start] = (byte)text[i];
            }

            return end - start;
        }

        /// <summary>Whether a body without transfer encoding decodes to itself: ASCII, or characters a caller already decoded (some above U+00FF).</summary>
        internal static bool IsKeptAsIs(SmtpMimeText text, int start, int end)
        {
            char bound = CharacterBound(text, start, end);
            return bound <= '\u007F' || bound > '\u00FF';
        }

        // A bound of the range's characters in one pass (all of them or'ed together: above 0x7F or 0xFF exactly
        // when one character is).
        private static char CharacterBound(SmtpMimeText text, int start, int end)
        {
            int all = 0;
            for (int i = start; i < end; i++)
            {
                all |= text[i];
            }

            return all > 0xFF ? '\uFFFF' : (char)all;
        }

        private static int Base64Value(char c)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 26;
            }

            if (c >= '0' && c <= '9')
            {
                return c - '0' + 52;
            }

            return c == '+' || c == '-' ? 62 : c == '/' || c == '_' ? 63 : -1;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        }
    }
}
