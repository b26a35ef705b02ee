namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// One MIME entity: its header, its content type and where its body lies in <see cref="Source"/> (the message, or
    /// the decoded body of an encoded <c>message/rfc822</c> part). Children are the parts of a multipart and the
    /// message inside a <c>message/rfc822</c> part.
    /// </summary>
    internal sealed class SmtpMimeEntity
    {
        private static readonly List<SmtpMimeEntity> NoChildren = new List<SmtpMimeEntity>(0);

#if SMTPCODES_NULLABLE
        private List<SmtpMimeEntity>? children;
#else
        private List<SmtpMimeEntity> children;
#endif
        private SmtpMimeText decodedText = SmtpMimeText.Empty;
        private bool decoded;

        /// <summary>
        /// Fills the entity whose header <see cref="Headers"/> now holds, and whose body lies between
        /// <paramref name="bodyStart"/> and <paramref name="bodyEnd"/> in <paramref name="source"/>.
        /// </summary>
        internal void Init(SmtpMimeText source, int bodyStart, int bodyEnd, int depth)
        {
            Source = source;
            BodyStart = bodyStart;
            BodyEnd = bodyEnd;
            Depth = depth;
            ContentType = Headers.TryFind("Content-Type", out int typeStart, out int typeEnd)
                ? SmtpMimeContentType.Parse(Headers.Text, typeStart, typeEnd)
                : SmtpMimeContentType.Parse(string.Empty);
            TransferEncoding = Headers.TryFind("Content-Transfer-Encoding", out int encodingStart, out int encodingEnd)
                ? SmtpMimeDecoder.TransferEncodingAt(Headers.Text, encodingStart, encodingEnd)
                : SmtpMimeDecoder.Identity;
            decodedText = SmtpMimeText.Empty;
            decoded = false;
        }

        /// <summary>Empties the entity for its next use (<see cref="SmtpMimeArena"/>): it keeps no reference to the message's text.</summary>
        internal void Clear()
        {
            Source = SmtpMimeText.Empty;
            ContentType = default(SmtpMimeContentType);
            decodedText = SmtpMimeText.Empty;
            decoded = false;
            Headers.Clear();
            if (children != null)
            {
                children.Clear();
            }
        }

        internal SmtpMimeText Source { get; private set; } = SmtpMimeText.Empty;

        internal SmtpMimeHeaderList Headers { get; } = new SmtpMimeHeaderList();

        internal SmtpMimeContentType ContentType { get; private set; }

        internal string MediaType => ContentType.MediaType;

        /// <summary>"base64", "quoted-printable", or <see cref="SmtpMimeDecoder.Identity"/> for any other (7bit, 8bit, binary, unknown).</summary>
        internal string TransferEncoding { get; private set; } = SmtpMimeDecoder.Identity;

        internal int BodyStart { get; private set; }

        internal int BodyEnd { get; private set; }

        internal int Depth { get; private set; }

        /// <summary>The parts of a multipart, the message of a message/rfc822 part; one shared empty list for the many entities without any.</summary>
        internal IReadOnlyList<SmtpMimeEntity> Children => children ?? NoChildren;

        internal void AddChild(SmtpMimeEntity child)
        {
            if (children == null)
            {
                children = new List<SmtpMimeEntity>(2);
            }

            children.Add(child);
        }

        /// <summary>The body with its transfer encoding and charset undone (cached: a bounce reader asks more than once).</summary>
        internal SmtpMimeText DecodedText
        {
            get
            {
                if (!decoded)
                {
                    decodedText = SmtpMimeDecoder.DecodeBody(Source, BodyStart, BodyEnd, TransferEncoding, ContentType.Charset);
                    decoded = true;
                }

                return decodedText;
            }
        }

        /// <summary>
        /// Where the decoded body lies: the body itself in <see cref="Source"/> when decoding would copy it unchanged
        /// (no transfer encoding, and ASCII, characters a caller already decoded, or ISO-8859-1), else <see cref="DecodedText"/>.
        /// A reader that only looks at the text reads it in place, without a copy.
        /// </summary>
        internal SmtpMimeText DecodedRange(out int start, out int end)
        {
            if (!decoded && TransferEncoding == SmtpMimeDecoder.Identity && SmtpMimeDecoder.DecodesToItself(Source, BodyStart, BodyEnd, ContentType.Charset))
            {
                start = BodyStart;
                end = global::System.Math.Max(BodyStart, BodyEnd);
                return Source;
            }

            SmtpMimeText text = DecodedText;
            start = 0;
            end = text.Length;
            return text;
        }

        /// <summary>This entity and every entity below it, depth first, in document order.</summary>
        internal void CollectAll(List<SmtpMimeEntity> into)
        {
            into.Add(this);
            for (int i = 0; i < Children.Count; i++)
            {
                Children[i].CollectAll(into);
            }
        }
    }
}
