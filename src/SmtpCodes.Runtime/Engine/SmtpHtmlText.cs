namespace SmtpCodes
{
    using global::System.Text;

    /// <summary>
    /// The text of an HTML part, enough to read an Exchange or Office 365 NDR: tags dropped, block tags as line
    /// breaks, the common entities decoded. Not an HTML parser: scripts and styles are dropped with their content.
    /// Read in place: tag and entity names are compared where they lie, and only the text is allocated.
    /// </summary>
    internal static class SmtpHtmlText
    {
        // Tags that end a line of text, and those that separate cells.
        private static readonly string[] LineTags = { "br", "p", "/p", "div", "/div", "tr", "/tr", "li", "/table", "/h1", "/h2", "/h3" };
        private static readonly string[] CellTags = { "td", "th" };

        /// <summary>The text of the HTML that lies between <paramref name="start"/> and <paramref name="end"/>.</summary>
        internal static SmtpMimeText ToText(SmtpMimeText html, int start, int end)
        {
            StringBuilder text = SmtpMimeDecoder.Builder();
            int i = start;
            while (i < end)
            {
                char c = html[i];
                if (c == '<')
                {
                    int close = html.IndexOf('>', i + 1, end - i - 1);
                    if (close < 0)
                    {
                        html.AppendTo(text, i, end - i);
                        break;
                    }

                    int tagStart = i + 1;
                    int tagEnd = TagNameEnd(html, tagStart, close);
                    bool script = SmtpMimeText.EqualsLowered(html, tagStart, tagEnd, "script");
                    if (script || SmtpMimeText.EqualsLowered(html, tagStart, tagEnd, "style"))
                    {
                        int closing = html.IndexOf(script ? "</script" : "</style", close, end - close, global::System.StringComparison.OrdinalIgnoreCase);
                        int closingEnd = closing < 0 ? -1 : html.IndexOf('>', closing, end - closing);
                        close = closingEnd < 0 ? end - 1 : closingEnd;
                    }
                    else if (IsAnyName(html, tagStart, tagEnd, LineTags))
                    {
                        text.Append('\n');
                    }
                    else if (IsAnyName(html, tagStart, tagEnd, CellTags))
                    {
                        text.Append(' ');
                    }

                    i = close + 1;
                    continue;
                }

                if (c == '&')
                {
                    int semicolon = html.IndexOf(';', i + 1, global::System.Math.Min(10, end - i - 1));
                    if (semicolon > 0 && TryEntity(html, i + 1, semicolon, out char decoded))
                    {
                        text.Append(decoded);
                        i = semicolon + 1;
                        continue;
                    }
                }

                text.Append(c);
                i++;
            }

            return SmtpMimeDecoder.FinishText(text);
        }

        // The end of a tag's name: an optional '/', then letters and digits.
        private static int TagNameEnd(SmtpMimeText html, int start, int end)
        {
            int stop = start;
            if (stop < end && html[stop] == '/')
            {
                stop++;
            }

            while (stop < end && char.IsLetterOrDigit(html[stop]))
            {
                stop++;
            }

            return stop;
        }

        private static bool IsAnyName(SmtpMimeText html, int start, int end, string[] names)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (SmtpMimeText.EqualsLowered(html, start, end, names[i]))
                {
                    return true;
                }
            }

            return false;
        }


        private static readonly string[] EntityNames = { "lt", "gt", "amp", "quot", "apos", "#39", "nbsp", "#160" };
        private static readonly char[] EntityValues = { '<', '>', '&', '"', '\'', '\'', ' ', ' ' };

        // The entity whose name lies between the bounds: a named one of the list, or a decimal &#n; below the surrogates.
        private static bool TryEntity(SmtpMimeText html, int start, int end, out char value)
        {
            for (int i = 0; i < EntityNames.Length; i++)
            {
                if (SmtpMimeText.EqualsLowered(html, start, end, EntityNames[i]))
                {
                    value = EntityValues[i];
                    return true;
                }
            }

            value = ' ';
            if (end - start > 1 && html[start] == '#' && TryDecimal(html, start + 1, end, out int code) && code > 0 && code < 0xD800)
            {
                value = (char)code;
                return true;
            }

            return false;
        }

        // A decimal reference's number read where it lies, as int.TryParse reads the same characters as a string (white
        // space around the digits, a leading sign, NULs at the end): a substring per reference was working memory. An
        // entity's name is at most nine characters (ToText), so its digits never overflow an int.
        private static bool TryDecimal(SmtpMimeText html, int start, int end, out int value)
        {
            value = 0;
            while (start < end && IsNumberWhiteSpace(html[start]))
            {
                start++;
            }

            bool negative = start < end && html[start] == '-';
            if (start < end && (negative || html[start] == '+'))
            {
                start++;
            }

            int digits = start;
            while (start < end && html[start] >= '0' && html[start] <= '9')
            {
                value = (value * 10) + (html[start] - '0');
                start++;
            }

            bool hasDigits = start > digits;
            while (start < end && IsNumberWhiteSpace(html[start]))
            {
                start++;
            }

            while (start < end && html[start] == '\0')
            {
                start++;
            }

            value = negative ? -value : value;
            return hasDigits && start == end;
        }

        // The white space int.TryParse allows around a number: tab to carriage return, and space.
        private static bool IsNumberWhiteSpace(char c)
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
    }
}
