namespace SmtpCodes
{
    /// <summary>
    /// Splits a message into its MIME entities. Hostile input is bounded: nesting stops at <see cref="MaxDepth"/> (the
    /// deeper body stays one opaque entity), the number of entities at <see cref="MaxEntities"/>. Each level scans its
    /// own range once for its boundary, so the work is at most <see cref="MaxDepth"/> passes over the message.
    /// A multipart without its boundary, or without a closing one, keeps what could be read.
    /// </summary>
    internal sealed class SmtpMimeParser
    {
        internal const int MaxDepth = 16;
        internal const int MaxEntities = 1000;

        // RFC 2046: a boundary has at most 70 characters; longer ones are read line by line.
        private const int MaxSearchedBoundary = 70;

#if SMTPCODES_NULLABLE
        private readonly SmtpMimeArena? arena;
#else
        private readonly SmtpMimeArena arena;
#endif

        private int entities;

        /// <summary>A parser whose entities are new objects (the caller may keep them).</summary>
        internal SmtpMimeParser()
        {
        }

        /// <summary>A parser whose entities are the arena's, valid until the arena is released.</summary>
        internal SmtpMimeParser(SmtpMimeArena owner)
        {
            arena = owner;
        }

        /// <summary>
        /// The characters of all the ranges this parser read (each entity's range once for its header and boundaries):
        /// the measure of its work, which tests hold to a multiple of the message's length.
        /// </summary>
        internal long CharactersRead { get; private set; }

        internal static SmtpMimeEntity ParseMessage(SmtpMimeText message)
        {
            return new SmtpMimeParser().ParseAll(message);
        }

        internal SmtpMimeEntity ParseAll(SmtpMimeText message)
        {
            entities = 0;
            CharactersRead = 0;
            return Parse(message, HeaderStart(message), message.Length, 0, false, false);
        }

        /// <summary>
        /// Where the message's header starts: after blank lines at its very start when a header field follows them
        /// (a mailbox tool or a copy that put empty lines before the header). RFC 5322 (2.1) makes the first empty line
        /// the end of the header, so without this the whole message would be read as a body with no fields; a message
        /// whose first text is no field keeps its start (an empty header, then the body).
        /// </summary>
        private static int HeaderStart(SmtpMimeText message)
        {
            int position = 0;
            while (position < message.Length)
            {
                int lineEnd = SmtpMimeLines.LineEnd(message, position, message.Length, out int next);
                if (!SmtpMimeText.IsBlank(message, position, lineEnd))
                {
                    return position > 0 && SmtpMimeHeaderList.IsFieldLine(message, position, lineEnd) ? position : 0;
                }

                position = next;
            }

            return 0;
        }

        /// <summary>
        /// Parses the entity between <paramref name="start"/> and <paramref name="end"/>: its header only when
        /// <paramref name="headerOnly"/> (a returned header), and, for a <paramref name="returned"/> message, its parts
        /// only when it is itself a report (a forwarded bounce): the original mail's parts are never read, so a large
        /// attachment costs one search for the outer boundary.
        /// </summary>
        private SmtpMimeEntity Parse(SmtpMimeText source, int start, int end, int depth, bool headerOnly, bool returned)
        {
            entities++;
            CharactersRead += end - start;
            SmtpMimeEntity entity = arena == null ? new SmtpMimeEntity() : arena.Entity();
            int bodyStart = SmtpMimeHeaderList.Parse(source, start, end, entity.Headers);
            entity.Init(source, headerOnly ? end : bodyStart, end, depth);
            string mediaType = entity.MediaType;
            if (depth >= MaxDepth || entities >= MaxEntities || headerOnly || (returned && mediaType != "multipart/report"))
            {
                return entity;
            }

            if (entity.ContentType.IsMultipart && entity.ContentType.Boundary.Length > 0)
            {
                SplitMultipart(entity, depth);
            }
            else if (mediaType == "message/rfc822" || mediaType == "message/global" || mediaType == "text/rfc822-headers" || mediaType == "message/rfc822-headers")
            {
                bool onlyHeader = mediaType != "message/rfc822" && mediaType != "message/global";
                if (IsIdentity(entity.TransferEncoding))
                {
                    entity.AddChild(Parse(source, bodyStart, end, depth + 1, onlyHeader, true));
                }
                else
                {
                    SmtpMimeText inner = entity.DecodedText;
                    entity.AddChild(Parse(inner, 0, inner.Length, depth + 1, onlyHeader, true));
                }
            }

            return entity;
        }

        private static bool IsIdentity(string transferEncoding)
        {
            return transferEncoding == SmtpMimeDecoder.Identity;
        }

        private void SplitMultipart(SmtpMimeEntity entity, int depth)
        {
            SmtpMimeText source = entity.Source;
            SmtpMimeText boundary = entity.ContentType.Boundary;
            int end = entity.BodyEnd;
            int position = entity.BodyStart;
            int partStart = -1;
            while (position < end && entities < MaxEntities)
            {
                // Jump to the next line that may be a delimiter: one ordinal search for the boundary, not a look at
                // every line of the parts (a returned message's body is most of a bounce).
                int candidate = NextDelimiterCandidate(source, position, end, boundary);
                if (candidate < 0)
                {
                    break;
                }

                int lineEnd = SmtpMimeLines.LineEnd(source, candidate, end, out int next);
                bool closing;
                if (IsDelimiter(source, candidate, lineEnd, boundary, out closing))
                {
                    if (partStart >= 0)
                    {
                        // The line break before a delimiter belongs to the delimiter (RFC 2046 section 5.1.1).
                        entity.AddChild(Parse(source, partStart, TrimLastLineBreak(source, partStart, candidate), depth + 1, false, false));
                    }

                    if (closing)
                    {
                        return;
                    }

                    partStart = next;
                }

                position = next;
            }

            if (partStart >= 0 && partStart < end && entities < MaxEntities)
            {
                // No closing delimiter: the last part runs to the end of the message.
                entity.AddChild(Parse(source, partStart, end, depth + 1, false, false));
            }
        }

        /// <summary>
        /// The start of the next line at or after <paramref name="position"/> (a line start) that begins with "--" and
        /// the boundary; -1 when none does. A boundary longer than RFC 2046's 70 characters is not searched for (an
        /// ordinal search costs up to its length at each place it almost matches): every line is a candidate then.
        /// </summary>
        private static int NextDelimiterCandidate(SmtpMimeText source, int position, int end, SmtpMimeText boundary)
        {
            if (boundary.Length > MaxSearchedBoundary)
            {
                return position;
            }

            int searchFrom = position;
            while (searchFrom < end)
            {
                int at = source.IndexOf(boundary, searchFrom, end - searchFrom, global::System.StringComparison.Ordinal);
                if (at < 0)
                {
                    return -1;
                }

                int lineStart = at - 2;
                if (lineStart >= position && source[lineStart] == '-' && source[lineStart + 1] == '-'
                    && (lineStart == position || source[lineStart - 1] == '\n' || source[lineStart - 1] == '\r'))
                {
                    return lineStart;
                }

                searchFrom = at + 1;
            }

            return -1;
        }

        private static bool IsDelimiter(SmtpMimeText text, int start, int lineEnd, SmtpMimeText boundary, out bool closing)
        {
            closing = false;
            if (lineEnd - start < boundary.Length + 2 || text[start] != '-' || text[start + 1] != '-'
                || SmtpMimeText.CompareOrdinal(text, start + 2, boundary, 0, boundary.Length) != 0)
            {
                return false;
            }

            int after = start + 2 + boundary.Length;
            if (after + 2 <= lineEnd && text[after] == '-' && text[after + 1] == '-')
            {
                closing = true;
                after += 2;
            }

            return SmtpMimeText.IsBlank(text, after, lineEnd);
        }

        private static int TrimLastLineBreak(SmtpMimeText text, int start, int delimiterStart)
        {
            int end = delimiterStart;
            if (end > start && text[end - 1] == '\n')
            {
                end--;
            }

            if (end > start && text[end - 1] == '\r')
            {
                end--;
            }

            return end;
        }
    }
}
