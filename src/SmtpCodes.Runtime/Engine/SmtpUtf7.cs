namespace SmtpCodes
{
    /// <summary>
    /// Decodes UTF-7 (RFC 2152), which mail still carries (Hotmail wrote its notices in it) and which the runtime no
    /// longer decodes by default (.NET 5 and later disable <c>Encoding.UTF7</c>). Lenient, as the rest of the reader:
    /// nothing throws, a byte outside ASCII is kept as the character of the same value, and a shift sequence that ends
    /// in the middle of a character drops the unfinished bits.
    /// </summary>
    internal static class SmtpUtf7
    {
        private const int NotBase64 = -1;

        /// <summary>Whether the charset name (as a Content-Type gives it, quoted or not, any case) is UTF-7.</summary>
        internal static bool IsUtf7(string charset)
        {
            int start = 0;
            int end = charset.Length;
            while (start < end && (charset[start] == ' ' || charset[start] == '"'))
            {
                start++;
            }

            while (end > start && (charset[end - 1] == ' ' || charset[end - 1] == '"'))
            {
                end--;
            }

            return IsName(charset, start, end, "utf-7") || IsName(charset, start, end, "unicode-1-1-utf-7") || IsName(charset, start, end, "x-unicode-2-0-utf-7");
        }

        /// <summary>The first <paramref name="count"/> bytes as UTF-7, as a string (an encoded word's text).</summary>
        internal static string Decode(byte[] bytes, int count)
        {
            char[] chars = SmtpMimeArena.Chars(count);
            return new string(chars, 0, Decode(bytes, count, chars));
        }

        /// <summary>
        /// The first <paramref name="count"/> bytes as UTF-7, written into <paramref name="chars"/> (at least
        /// <paramref name="count"/> long: RFC 2152 never writes more characters than bytes, one byte a direct character,
        /// 8/3 bytes or more a UTF-16 unit); returns how many chars.
        /// </summary>
        internal static int Decode(byte[] bytes, int count, char[] chars)
        {
            int length = 0;
            int index = 0;
            while (index < count)
            {
                byte b = bytes[index++];
                if (b != (byte)'+')
                {
                    chars[length++] = (char)b;
                    continue;
                }

                if (index < count && bytes[index] == (byte)'-')
                {
                    // "+-" is a plus sign.
                    chars[length++] = '+';
                    index++;
                    continue;
                }

                // A shift sequence: modified base64 of UTF-16 code units (big-endian), up to the first byte that is not
                // base64; a '-' there only ends the sequence and is absorbed.
                int bits = 0;
                int bitCount = 0;
                while (index < count)
                {
                    int value = Base64Value(bytes[index]);
                    if (value == NotBase64)
                    {
                        if (bytes[index] == (byte)'-')
                        {
                            index++;
                        }

                        break;
                    }

                    index++;
                    bits = ((bits << 6) | value) & 0xFFFFFF;
                    bitCount += 6;
                    if (bitCount >= 16)
                    {
                        bitCount -= 16;
                        chars[length++] = (char)((bits >> bitCount) & 0xFFFF);
                    }
                }
            }

            return length;
        }

        private static bool IsName(string text, int start, int end, string name)
        {
            return end - start == name.Length && string.Compare(text, start, name, 0, name.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        // RFC 2152's modified base64: the base64 alphabet, no padding.
        private static int Base64Value(byte b)
        {
            if (b >= (byte)'A' && b <= (byte)'Z')
            {
                return b - 'A';
            }

            if (b >= (byte)'a' && b <= (byte)'z')
            {
                return b - 'a' + 26;
            }

            if (b >= (byte)'0' && b <= (byte)'9')
            {
                return b - '0' + 52;
            }

            return b == (byte)'+' ? 62 : b == (byte)'/' ? 63 : NotBase64;
        }
    }
}
