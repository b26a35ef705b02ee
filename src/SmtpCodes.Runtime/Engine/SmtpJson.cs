namespace SmtpCodes
{
    /// <summary>
    /// A small JSON reader (RFC 8259) over a range of text, written for the notifications mail services send as a
    /// message body (Amazon SES through Amazon SNS): it finds members and elements where they lie and makes a string
    /// only of a value a caller keeps. It is lenient where mail bends JSON (a line break inside a string, as a mail
    /// system wrapping a long line leaves it) and bounded where a hostile body could not be: nesting stops at
    /// <see cref="MaxDepth"/>, every step moves forward, and nothing throws. A value is a range from its first
    /// character to just after its last; malformed input reads as "not found".
    /// </summary>
    internal static class SmtpJson
    {
        /// <summary>How deep objects and arrays may nest (a notification nests five levels); deeper is malformed.</summary>
        internal const int MaxDepth = 32;

        /// <summary>The first character at or after <paramref name="position"/> that is not JSON white space (or <paramref name="end"/>).</summary>
        internal static int SkipSpace(SmtpMimeText text, int position, int end)
        {
            while (position < end && (text[position] == ' ' || text[position] == '\t' || text[position] == '\r' || text[position] == '\n'))
            {
                position++;
            }

            return position;
        }

        /// <summary>
        /// Where the value that starts at <paramref name="start"/> ends (just after it), or -1 when it is malformed, nests
        /// deeper than <see cref="MaxDepth"/> or runs past <paramref name="end"/>.
        /// </summary>
        internal static int ValueEnd(SmtpMimeText text, int start, int end)
        {
            if (start >= end)
            {
                return -1;
            }

            char first = text[start];
            if (first == '"')
            {
                return StringEnd(text, start, end);
            }

            if (first != '{' && first != '[')
            {
                // A number, true, false or null: up to the next delimiter.
                int stop = start;
                while (stop < end && text[stop] != ',' && text[stop] != '}' && text[stop] != ']' && text[stop] != ' '
                    && text[stop] != '\t' && text[stop] != '\r' && text[stop] != '\n' && text[stop] != '"' && text[stop] != '{' && text[stop] != '[')
                {
                    stop++;
                }

                return stop > start ? stop : -1;
            }

            // An object or an array: brackets counted (strings skipped whole), one pass.
            int depth = 0;
            int position = start;
            while (position < end)
            {
                char c = text[position];
                if (c == '"')
                {
                    position = StringEnd(text, position, end);
                    if (position < 0)
                    {
                        return -1;
                    }

                    continue;
                }

                if (c == '{' || c == '[')
                {
                    if (++depth > MaxDepth)
                    {
                        return -1;
                    }
                }
                else if (c == '}' || c == ']')
                {
                    if (--depth == 0)
                    {
                        return position + 1;
                    }
                }

                position++;
            }

            return -1;
        }

        /// <summary>
        /// The value of the member <paramref name="name"/> of the object <paramref name="objectStart"/> to
        /// <paramref name="objectEnd"/> (a name is compared as written, without escapes); false when the object has none.
        /// </summary>
        internal static bool TryMember(SmtpMimeText text, int objectStart, int objectEnd, string name, out int valueStart, out int valueEnd)
        {
            valueStart = -1;
            valueEnd = -1;
            if (objectStart >= objectEnd || text[objectStart] != '{')
            {
                return false;
            }

            int position = objectStart + 1;
            while (true)
            {
                position = SkipSpace(text, position, objectEnd);
                if (position >= objectEnd || text[position] != '"')
                {
                    return false;
                }

                int nameEnd = StringEnd(text, position, objectEnd);
                if (nameEnd < 0)
                {
                    return false;
                }

                bool wanted = IsString(text, position, nameEnd, name);
                position = SkipSpace(text, nameEnd, objectEnd);
                if (position >= objectEnd || text[position] != ':')
                {
                    return false;
                }

                int start = SkipSpace(text, position + 1, objectEnd);
                int stop = ValueEnd(text, start, objectEnd);
                if (stop < 0)
                {
                    return false;
                }

                if (wanted)
                {
                    valueStart = start;
                    valueEnd = stop;
                    return true;
                }

                position = SkipSpace(text, stop, objectEnd);
                if (position >= objectEnd || text[position] != ',')
                {
                    return false;
                }

                position++;
            }
        }

        /// <summary>
        /// The next element of an array: <paramref name="position"/> starts at the array's <c>[</c> and moves past each
        /// element read; false when the array ends or is malformed.
        /// </summary>
        internal static bool TryNextElement(SmtpMimeText text, ref int position, int arrayEnd, out int valueStart, out int valueEnd)
        {
            valueStart = -1;
            valueEnd = -1;
            int at = SkipSpace(text, position, arrayEnd);
            if (at >= arrayEnd || (text[at] != '[' && text[at] != ','))
            {
                return false;
            }

            int start = SkipSpace(text, at + 1, arrayEnd);
            int stop = ValueEnd(text, start, arrayEnd);
            if (stop < 0)
            {
                return false;
            }

            valueStart = start;
            valueEnd = stop;
            position = stop;
            return true;
        }

        /// <summary>Whether the value is a string whose content is <paramref name="value"/> (any case; escapes not read).</summary>
        internal static bool IsString(SmtpMimeText text, int valueStart, int valueEnd, string value)
        {
            return valueEnd - valueStart == value.Length + 2 && text[valueStart] == '"'
                && SmtpMimeText.Compare(text, valueStart + 1, value, 0, value.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>
        /// The content of a string value, its escapes read, into <paramref name="into"/> (which must hold as many
        /// characters as the value has); the number of characters written, 0 for a value that is no string.
        /// </summary>
        internal static int Unescape(SmtpMimeText text, int valueStart, int valueEnd, char[] into)
        {
            if (valueEnd - valueStart < 2 || text[valueStart] != '"')
            {
                return 0;
            }

            int count = 0;
            int position = valueStart + 1;
            int stop = valueEnd - 1;
            while (position < stop)
            {
                char c = text[position++];
                if (c != '\\' || position >= stop)
                {
                    into[count++] = c;
                    continue;
                }

                char escaped = text[position++];
                switch (escaped)
                {
                    case 'n':
                        into[count++] = '\n';
                        break;
                    case 'r':
                        into[count++] = '\r';
                        break;
                    case 't':
                        into[count++] = '\t';
                        break;
                    case 'b':
                        into[count++] = '\b';
                        break;
                    case 'f':
                        into[count++] = '\f';
                        break;
                    case 'u':
                        if (stop - position >= 4 && TryHex(text, position, out char unit))
                        {
                            into[count++] = unit;
                            position += 4;
                        }
                        else
                        {
                            // A broken escape is kept as written.
                            into[count++] = '\\';
                            into[count++] = 'u';
                        }

                        break;
                    default:
                        // \" \\ \/ and anything else: the character itself.
                        into[count++] = escaped;
                        break;
                }
            }

            return count;
        }

        /// <summary>
        /// A string value's content: where it lies when it has no escapes, else unescaped into the read's memory
        /// (empty when the value is no string). A caller keeps a string of it only where it returns one.
        /// </summary>
        internal static SmtpMimeText StringContent(SmtpMimeText text, int valueStart, int valueEnd, out int start, out int end)
        {
            if (valueEnd - valueStart < 2 || text[valueStart] != '"')
            {
                start = 0;
                end = 0;
                return SmtpMimeText.Empty;
            }

            if (text.IndexOf('\\', valueStart, valueEnd - valueStart) < 0)
            {
                start = valueStart + 1;
                end = valueEnd - 1;
                return text;
            }

            char[] buffer = SmtpMimeArena.Chars(valueEnd - valueStart);
            start = 0;
            end = Unescape(text, valueStart, valueEnd, buffer);
            return new SmtpMimeText(buffer, end);
        }

        /// <summary>A string value's content as a string (empty when the value is no string).</summary>
        internal static string StringValue(SmtpMimeText text, int valueStart, int valueEnd)
        {
            SmtpMimeText content = StringContent(text, valueStart, valueEnd, out int start, out int end);
            return content.Substring(start, end - start);
        }

        // Just after the closing quote of the string that starts at start; -1 when it never closes. A line break inside
        // is kept (a mail system that wraps long lines puts one there).
        private static int StringEnd(SmtpMimeText text, int start, int end)
        {
            int position = start + 1;
            while (position < end)
            {
                char c = text[position];
                if (c == '\\')
                {
                    position += 2;
                    continue;
                }

                if (c == '"')
                {
                    return position + 1;
                }

                position++;
            }

            return -1;
        }

        private static bool TryHex(SmtpMimeText text, int start, out char unit)
        {
            int value = 0;
            for (int i = start; i < start + 4; i++)
            {
                char c = text[i];
                int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0)
                {
                    unit = '\0';
                    return false;
                }

                value = (value * 16) + digit;
            }

            unit = (char)value;
            return true;
        }
    }
}
