namespace SmtpCodes
{
    using global::System.Text;

    /// <summary>
    /// The text of an HTML part, enough to read an Exchange or Office 365 NDR: tags dropped, block tags as line
    /// breaks, the common entities decoded. Not an HTML parser: scripts and styles are dropped with their content.
    /// </summary>
    internal static class SmtpHtmlText
    {
        internal static string ToText(string html)
        {
            StringBuilder text = SmtpMimeDecoder.Builder();
            int i = 0;
            while (i < html.Length)
            {
                char c = html[i];
                if (c == '<')
                {
                    int close = html.IndexOf('>', i + 1);
                    if (close < 0)
                    {
                        text.Append(html, i, html.Length - i);
                        break;
                    }

                    string tag = TagName(html, i + 1, close);
                    if (tag == "script" || tag == "style")
                    {
                        int end = html.IndexOf("</" + tag, close, global::System.StringComparison.OrdinalIgnoreCase);
                        int endClose = end < 0 ? -1 : html.IndexOf('>', end);
                        close = endClose < 0 ? html.Length - 1 : endClose;
                    }
                    else if (tag == "br" || tag == "p" || tag == "/p" || tag == "div" || tag == "/div" || tag == "tr" || tag == "/tr" || tag == "li" || tag == "/table" || tag == "/h1" || tag == "/h2" || tag == "/h3")
                    {
                        text.Append('\n');
                    }
                    else if (tag == "td" || tag == "th")
                    {
                        text.Append(' ');
                    }

                    i = close + 1;
                    continue;
                }

                if (c == '&')
                {
                    int semicolon = html.IndexOf(';', i + 1, global::System.Math.Min(10, html.Length - i - 1));
                    if (semicolon > 0 && TryEntity(html.Substring(i + 1, semicolon - i - 1), out char decoded))
                    {
                        text.Append(decoded);
                        i = semicolon + 1;
                        continue;
                    }
                }

                text.Append(c);
                i++;
            }

            return SmtpMimeDecoder.Finish(text);
        }

        private static string TagName(string html, int start, int end)
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

            return html.Substring(start, stop - start).ToLowerInvariant();
        }

        private static bool TryEntity(string name, out char value)
        {
            switch (name.ToLowerInvariant())
            {
                case "lt":
                    value = '<';
                    return true;
                case "gt":
                    value = '>';
                    return true;
                case "amp":
                    value = '&';
                    return true;
                case "quot":
                    value = '"';
                    return true;
                case "apos":
                case "#39":
                    value = '\'';
                    return true;
                case "nbsp":
                case "#160":
                    value = ' ';
                    return true;
            }

            value = ' ';
            if (name.Length > 1 && name[0] == '#' && int.TryParse(name.Substring(1), out int code) && code > 0 && code < 0xD800)
            {
                value = (char)code;
                return true;
            }

            return false;
        }
    }
}
