namespace SmtpCodes
{
    using global::System.Text;

    /// <summary>
    /// Charsets: the name a part gives, read as a shared string (<see cref="CharsetAt"/>), and bytes decoded by it
    /// (<see cref="DecodeCharset(byte[], int, string)"/>): UTF-8, windows-1252 and UTF-7 here, other names the runtime
    /// knows by the runtime, anything else as ISO-8859-1, which keeps every ASCII character.
    /// </summary>
    internal static partial class SmtpMimeDecoder
    {
        // The charsets of most messages, and the aliases and UTF-7 names read here (NormaliseCharset, SmtpUtf7), as
        // shared strings in lower case.
        private static readonly string[] CommonCharsets =
        {
            "us-ascii", "utf-8", "iso-8859-1", "iso-8859-15", "windows-1252", "iso-2022-jp", "shift_jis", "gb2312", "big5", "koi8-r",
            "utf8", "ascii", "ansi_x3.4-1968", "latin1", "latin-1", "iso8859-1", "iso_8859-1", "cp1252", "x-cp1252",
            "utf-7", "unicode-1-1-utf-7", "x-unicode-2-0-utf-7",
        };

        /// <summary>
        /// The charset named between the bounds (as a Content-Type parameter or an encoded word gives it: any case,
        /// blanks and quotes around it) as a shared string, which <see cref="Decoding"/> reads as it would read the
        /// name itself: a common name or one the runtime knows, in lower case; a name that neither this reader nor the
        /// runtime knows is read as ISO-8859-1, so every such name is <see cref="UnknownCharset"/>. No string is made.
        /// </summary>
        internal static string CharsetAt(SmtpMimeText text, int start, int end)
        {
            SmtpMimeText.TrimWhiteSpace(text, ref start, ref end);

            while (start < end && text[start] == '"')
            {
                start++;
            }

            while (end > start && text[end - 1] == '"')
            {
                end--;
            }

            if (start == end)
            {
                return string.Empty;
            }

            for (int i = 0; i < CommonCharsets.Length; i++)
            {
                if (SmtpMimeText.EqualsLowered(text, start, end, CommonCharsets[i]))
                {
                    return CommonCharsets[i];
                }
            }

            for (int i = 0; i < LoweredEncodingNames.Length; i++)
            {
                if (SmtpMimeText.EqualsLowered(text, start, end, LoweredEncodingNames[i]))
                {
                    return LoweredEncodingNames[i];
                }
            }

            return UnknownCharset;
        }

        /// <summary>What <see cref="CharsetAt"/> gives for a name no one here knows (no encoding has it: it reads as ISO-8859-1).</summary>
        internal const string UnknownCharset = "x-unknown";

        /// <summary>Decodes bytes by a charset name; unknown or missing charsets are read as UTF-8 when valid, else ISO-8859-1.</summary>
        internal static string DecodeCharset(byte[] bytes, string charset)
        {
            return DecodeCharset(bytes, bytes.Length, charset);
        }

        /// <summary>Decodes the first <paramref name="count"/> bytes (see <see cref="DecodeCharset(byte[], string)"/>).</summary>
        internal static string DecodeCharset(byte[] bytes, int count, string charset)
        {
            switch (Decoding(charset, bytes, count, out Encoding encoding))
            {
                case CharsetDecoding.Utf8:
                    return Encoding.UTF8.GetString(bytes, 0, count);
                case CharsetDecoding.Windows1252:
                    return DecodeWindows1252(bytes, count);
                case CharsetDecoding.Named:
                    return encoding.GetString(bytes, 0, count);
                case CharsetDecoding.Utf7:
                    return SmtpUtf7.Decode(bytes, count);
                default:
                    return DecodeLatin1(bytes, 0, count);
            }
        }

        private enum CharsetDecoding
        {
            Latin1,
            Utf8,
            Windows1252,
            Named,
            Utf7,
        }

        /// <summary>
        /// How bytes of that charset are decoded: UTF-8 (named, or valid UTF-8 without a name), windows-1252 (decoded
        /// here: the runtime knows it only with a code-pages provider), an <paramref name="encoding"/> the runtime knows
        /// by that name, else ISO-8859-1 (US-ASCII and unknown names too).
        /// </summary>
        private static CharsetDecoding Decoding(string charset, byte[] bytes, int count, out Encoding encoding)
        {
            encoding = Encoding.UTF8;
            string name = NormaliseCharset(charset);
            if (name == "utf-8" || (name.Length == 0 && IsValidUtf8(bytes, count)))
            {
                return CharsetDecoding.Utf8;
            }

            if (name == "windows-1252")
            {
                return CharsetDecoding.Windows1252;
            }

            if (SmtpUtf7.IsUtf7(name))
            {
                // Decoded here: .NET 5 and later no longer decode UTF-7 by name.
                return CharsetDecoding.Utf7;
            }

            if (name.Length > 0 && name != "iso-8859-1" && name != "us-ascii" && TryGetEncoding(name, out encoding))
            {
                return CharsetDecoding.Named;
            }

            return CharsetDecoding.Latin1;
        }

        // ISO-8859-1 maps every byte to the char of the same value: the message's bytes as text, each kept, in one
        // vectorised copy into the string (no char[] of the message's length first).
        private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

        internal static string DecodeLatin1(byte[] bytes, int start, int count)
        {
            return count == 0 ? string.Empty : Latin1.GetString(bytes, start, count);
        }

        /// <summary>The first <paramref name="count"/> bytes as text, one char per byte, written into <paramref name="into"/>; returns how many chars.</summary>
        internal static int DecodeLatin1(byte[] bytes, int count, char[] into)
        {
            return count == 0 ? 0 : Latin1.GetChars(bytes, 0, count, into, 0);
        }

#if SMTPCODES_SPAN
        /// <summary>The bytes as text, one char per byte, written into <paramref name="into"/>; returns how many chars.</summary>
        internal static int DecodeLatin1(global::System.ReadOnlySpan<byte> bytes, char[] into)
        {
            return bytes.IsEmpty ? 0 : Latin1.GetChars(bytes, into);
        }
#endif

        // The names the runtime knows (with any code-pages provider registered before the first bounce is read), so
        // that an unknown charset, an ordinary case in mail, costs a set lookup and not an exception.
        private static readonly global::System.Collections.Generic.HashSet<string> KnownEncodingNames = EncodingNames();

        // The same names in lower case, for CharsetAt to give as shared strings.
        private static readonly string[] LoweredEncodingNames = LoweredNames(KnownEncodingNames);

        private static global::System.Collections.Generic.HashSet<string> EncodingNames()
        {
            var names = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.OrdinalIgnoreCase);
            foreach (EncodingInfo info in Encoding.GetEncodings())
            {
                names.Add(info.Name);
            }

            return names;
        }

        private static string[] LoweredNames(global::System.Collections.Generic.HashSet<string> names)
        {
            var lowered = new string[names.Count];
            int i = 0;
            foreach (string name in names)
            {
                lowered[i++] = name.ToLowerInvariant();
            }

            return lowered;
        }

        private static bool TryGetEncoding(string name, out Encoding encoding)
        {
            // Encoding.GetEncoding knows only a few names on .NET Core unless the host registered a code-pages
            // provider; an unknown name is an ordinary case here, not an error.
            encoding = Encoding.UTF8;
            if (name.Length > 64 || !KnownEncodingNames.Contains(name))
            {
                return false;
            }

            try
            {
                encoding = Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
                return true;
            }
            catch (global::System.ArgumentException)
            {
                return false;
            }
            catch (global::System.NotSupportedException)
            {
                return false;
            }
        }

        // An array of its own: netstandard2.0 has no string.Trim(char), and Trim('"') would make a params array per call.
        private static readonly char[] Quote = { '"' };

        private static string NormaliseCharset(string charset)
        {
            string name = charset.Trim().Trim(Quote).ToLowerInvariant();
            switch (name)
            {
                case "utf8":
                case "utf-8":
                    return "utf-8";
                case "ascii":
                case "us-ascii":
                case "ansi_x3.4-1968":
                    return "us-ascii";
                case "latin1":
                case "latin-1":
                case "iso8859-1":
                case "iso-8859-1":
                case "iso_8859-1":
                    return "iso-8859-1";
                case "cp1252":
                case "windows-1252":
                case "x-cp1252":
                    return "windows-1252";
                default:
                    return name;
            }
        }

        private static readonly char[] Windows1252High =
        {
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
        };

        private static string DecodeWindows1252(byte[] bytes, int count)
        {
            var chars = new char[count];
            DecodeWindows1252(bytes, count, chars);
            return new string(chars);
        }

        private static void DecodeWindows1252(byte[] bytes, int count, char[] into)
        {
            for (int i = 0; i < count; i++)
            {
                byte b = bytes[i];
                into[i] = b >= 0x80 && b < 0xA0 ? Windows1252High[b - 0x80] : (char)b;
            }
        }

        internal static bool IsValidUtf8(byte[] bytes, int count)
        {
            int i = 0;
            while (i < count)
            {
                byte b = bytes[i];
                int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
                if (extra < 0 || (extra > 0 && i + extra >= count))
                {
                    return false;
                }

                for (int k = 1; k <= extra; k++)
                {
                    if ((bytes[i + k] & 0xC0) != 0x80)
                    {
                        return false;
                    }
                }

                i += extra + 1;
            }

            return true;
        }
    }
}
