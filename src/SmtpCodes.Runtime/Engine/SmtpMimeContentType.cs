namespace SmtpCodes
{
    /// <summary>
    /// A Content-Type value: the media type and the parameters a bounce reader needs (boundary, charset). Malformed
    /// values give <c>text/plain</c>, the RFC 2045 default, or whatever part could be read. Read in place from the
    /// header (folded or not): the media types are shared strings, not copies.
    /// </summary>
    internal struct SmtpMimeContentType
    {
        // The media types of bounces and the messages they return, as shared strings.
        private static readonly string[] KnownMediaTypes =
        {
            "text/plain", "text/html", "multipart/mixed", "multipart/report", "multipart/alternative", "multipart/related",
            "message/delivery-status", "message/global-delivery-status", "message/rfc822", "message/global", "text/rfc822-headers",
            "message/rfc822-headers", "message/feedback-report", "application/octet-stream", "multipart/signed",
            "message/disposition-notification", "message/global-disposition-notification",
        };

        /// <summary>The <see cref="MediaType"/> of a multipart the reader does not know (RFC 2046 5.1.7: read as multipart/mixed).</summary>
        internal const string OtherMultipart = "multipart/";

        /// <summary>The <see cref="MediaType"/> of any other type the reader does not know (an attachment's).</summary>
        internal const string Other = "";

        private static readonly char[] QuotedEscapes = { '\\', '\r', '\n' };

        /// <summary>
        /// The media type in lower case when the reader knows it (one of <see cref="KnownMediaTypes"/>); for another,
        /// <see cref="OtherMultipart"/> or <see cref="Other"/>: the reader asks no more of them, so no string is made.
        /// </summary>
        internal string MediaType;
        /// <summary>The boundary of a multipart: read into a buffer of the read in progress (<see cref="SmtpMimeArena.Chars"/>), not a string.</summary>
        internal SmtpMimeText Boundary;

        /// <summary>The charset parameter as a shared name in lower case (<see cref="SmtpMimeDecoder.CharsetAt"/>), empty when there is none.</summary>
        internal string Charset;

        internal bool IsMultipart => MediaType.StartsWith("multipart/", global::System.StringComparison.Ordinal);

        internal static SmtpMimeContentType Parse(string value)
        {
            return Parse(value, 0, value.Length);
        }

        /// <summary>Reads the value that lies between <paramref name="start"/> and <paramref name="end"/> (line breaks of a folded value count as blanks).</summary>
        internal static SmtpMimeContentType Parse(SmtpMimeText text, int start, int end)
        {
            var result = new SmtpMimeContentType { MediaType = "text/plain", Boundary = SmtpMimeText.Empty, Charset = string.Empty };
            int semicolon = end > start ? text.IndexOf(';', start, end - start) : -1;
            int typeEnd = semicolon < 0 ? end : semicolon;
            int typeStart = start;
            Trim(text, ref typeStart, ref typeEnd);
            int slash = typeEnd > typeStart ? text.IndexOf('/', typeStart, typeEnd - typeStart) : -1;
            if (slash > typeStart)
            {
                result.MediaType = MediaTypeAt(text, typeStart, SubtypeEnd(text, slash + 1, typeEnd));
            }

            int position = semicolon < 0 ? end : semicolon + 1;
            while (position < end)
            {
                ReadParameter(text, end, ref position, ref result);
            }

            return result;
        }

        /// <summary>
        /// Where the subtype that starts at <paramref name="start"/> ends: at the first blank or line break after its first
        /// character, else at <paramref name="end"/>. The subtype is an RFC 2045 token, which holds no space or control
        /// character (section 5.1), so a value whose parameters lack their semicolon ("text/plain" folded onto
        /// "   charset=...") still names its type.
        /// </summary>
        private static int SubtypeEnd(SmtpMimeText text, int start, int end)
        {
            int first = start;
            while (first < end && IsBlank(text[first]))
            {
                first++;
            }

            for (int i = first + 1; i < end; i++)
            {
                if (IsBlank(text[i]))
                {
                    return i;
                }
            }

            return end;
        }

        private static string MediaTypeAt(SmtpMimeText text, int start, int end)
        {
            for (int i = 0; i < KnownMediaTypes.Length; i++)
            {
                string known = KnownMediaTypes[i];
                if (known.Length == end - start && SmtpMimeText.Compare(text, start, known, 0, known.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return known;
                }
            }

            return SmtpMimeText.StartsWithIgnoreCase(text, start, end, OtherMultipart) ? OtherMultipart : Other;
        }

        /// <summary>Reads one <c>name=value</c> (the value quoted or not), keeps it if the reader needs it, and moves past the next semicolon.</summary>
        private static void ReadParameter(SmtpMimeText text, int end, ref int position, ref SmtpMimeContentType result)
        {
            int equals = text.IndexOf('=', position, end - position);
            int semicolon = text.IndexOf(';', position, end - position);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals))
            {
                position = semicolon < 0 ? end : semicolon + 1;
                return;
            }

            int nameStart = position;
            int nameEnd = equals;
            Trim(text, ref nameStart, ref nameEnd);
            bool boundary = IsName(text, nameStart, nameEnd, "boundary");
            bool charset = !boundary && IsName(text, nameStart, nameEnd, "charset");
            int at = equals + 1;
            while (at < end && IsBlank(text[at]))
            {
                at++;
            }

            string value = string.Empty;
            int closing = at < end && text[at] == '"' ? text.IndexOf('"', at + 1, end - at - 1) : -1;
            if (closing > at && (boundary || charset) && text.IndexOfAny(QuotedEscapes, at + 1, closing - at - 1) < 0)
            {
                // The usual quoted value, with no escape or fold inside: the characters between the quotes.
                if (boundary)
                {
                    result.Boundary = Copy(text, at + 1, closing);
                }
                else
                {
                    value = CharsetAt(text, at + 1, closing);
                }

                int after = closing + 1 < end ? text.IndexOf(';', closing + 1, end - closing - 1) : -1;
                position = after < 0 ? end : after + 1;
            }
            else if (at < end && text[at] == '"')
            {
                global::System.Text.StringBuilder quoted = SmtpMimeDecoder.Builder();
                at++;
                while (at < end && text[at] != '"')
                {
                    if (text[at] == '\\' && at + 1 < end)
                    {
                        at++;
                    }

                    if (text[at] != '\r' && text[at] != '\n')
                    {
                        quoted.Append(text[at]);
                    }

                    at++;
                }

                if (boundary)
                {
                    result.Boundary = SmtpMimeDecoder.FinishText(quoted);
                }
                else if (charset)
                {
                    SmtpMimeText unquoted = SmtpMimeDecoder.FinishText(quoted);
                    value = CharsetAt(unquoted, 0, unquoted.Length);
                }
                else
                {
                    // Another parameter's value is read past and dropped (the emptied builder gives back no new string).
                    SmtpMimeDecoder.Finish(quoted.Clear());
                }

                int after = at < end ? text.IndexOf(';', at, end - at) : -1;
                position = after < 0 ? end : after + 1;
            }
            else
            {
                int stop = semicolon < 0 ? end : semicolon;
                int valueStart = at;
                Trim(text, ref valueStart, ref stop);
                if (boundary)
                {
                    result.Boundary = Copy(text, valueStart, stop);
                }
                else if (charset)
                {
                    value = CharsetAt(text, valueStart, stop);
                }

                position = semicolon < 0 ? end : semicolon + 1;
            }

            if (charset)
            {
                // A shared name, already in lower case.
                result.Charset = value;
            }
        }

        // The range copied into a buffer of the read in progress.
        private static SmtpMimeText Copy(SmtpMimeText text, int start, int end)
        {
            char[] chars = SmtpMimeArena.Chars(end - start);
            text.CopyTo(start, chars, 0, end - start);
            return new SmtpMimeText(chars, end - start);
        }

        // The charset between the bounds, as a shared name (SmtpMimeDecoder.CharsetAt).
        private static string CharsetAt(SmtpMimeText text, int start, int end)
        {
            return SmtpMimeDecoder.CharsetAt(text, start, end);
        }

        private static bool IsName(SmtpMimeText text, int start, int end, string name)
        {
            return end - start == name.Length && SmtpMimeText.Compare(text, start, name, 0, name.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }

        private static bool IsBlank(char c)
        {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n';
        }

        private static void Trim(SmtpMimeText text, ref int start, ref int end)
        {
            while (start < end && IsBlank(text[start]))
            {
                start++;
            }

            while (end > start && IsBlank(text[end - 1]))
            {
                end--;
            }
        }
    }
}
