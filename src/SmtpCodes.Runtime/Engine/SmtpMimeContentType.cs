namespace SmtpCodes
{
    /// <summary>
    /// A Content-Type value: the media type in lower case and the parameters a bounce reader needs (boundary, charset,
    /// report-type). Malformed values give <c>text/plain</c>, the RFC 2045 default, or whatever part could be read.
    /// </summary>
    internal struct SmtpMimeContentType
    {
        internal string MediaType;
        internal string Boundary;
        internal string Charset;
        internal string ReportType;

        internal bool IsMultipart => MediaType.StartsWith("multipart/", global::System.StringComparison.Ordinal);

        internal static SmtpMimeContentType Parse(string value)
        {
            var result = new SmtpMimeContentType { MediaType = "text/plain", Boundary = string.Empty, Charset = string.Empty, ReportType = string.Empty };
            int semicolon = value.IndexOf(';');
            string mediaType = (semicolon < 0 ? value : value.Substring(0, semicolon)).Trim().ToLowerInvariant();
            if (mediaType.IndexOf('/') > 0)
            {
                result.MediaType = mediaType;
            }

            int position = semicolon < 0 ? value.Length : semicolon + 1;
            while (position < value.Length)
            {
                ReadParameter(value, ref position, out string name, out string parameter);
                if (name == "boundary")
                {
                    result.Boundary = parameter;
                }
                else if (name == "charset")
                {
                    result.Charset = parameter.ToLowerInvariant();
                }
                else if (name == "report-type")
                {
                    result.ReportType = parameter.ToLowerInvariant();
                }
            }

            return result;
        }

        /// <summary>Reads one <c>name=value</c> (the value quoted or not) and moves past the next semicolon.</summary>
        private static void ReadParameter(string text, ref int position, out string name, out string value)
        {
            int equals = text.IndexOf('=', position);
            int semicolon = text.IndexOf(';', position);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals))
            {
                name = string.Empty;
                value = string.Empty;
                position = semicolon < 0 ? text.Length : semicolon + 1;
                return;
            }

            name = text.Substring(position, equals - position).Trim().ToLowerInvariant();
            int at = equals + 1;
            while (at < text.Length && (text[at] == ' ' || text[at] == '\t'))
            {
                at++;
            }

            if (at < text.Length && text[at] == '"')
            {
                var quoted = new global::System.Text.StringBuilder();
                at++;
                while (at < text.Length && text[at] != '"')
                {
                    if (text[at] == '\\' && at + 1 < text.Length)
                    {
                        at++;
                    }

                    quoted.Append(text[at]);
                    at++;
                }

                value = quoted.ToString();
                int after = text.IndexOf(';', global::System.Math.Min(at, text.Length));
                position = after < 0 ? text.Length : after + 1;
                return;
            }

            int stop = semicolon < 0 ? text.Length : semicolon;
            value = text.Substring(at, stop - at).Trim();
            position = semicolon < 0 ? text.Length : semicolon + 1;
        }
    }
}
