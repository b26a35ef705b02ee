namespace SmtpCodes
{
    using global::System.Collections.Generic;
    using global::System.Text;

    /// <summary>
    /// The working memory of one read, per thread: the tree of a message, the header field lists read from its parts,
    /// the reader's lists and the builders of the text said about each recipient never leave
    /// <see cref="SmtpBounce.Read(string)"/>, so they are reused from message to message instead of allocated for each.
    /// A read takes the thread's arena (it is then the source of <see cref="HeaderList"/>, <see cref="Builder"/> and
    /// the lists) and gives it back when it ends. A read that starts while another holds it on the same thread (user
    /// code run from inside a read, such as an <c>EncodingProvider</c> that reads a bounce) gets a new arena, and the
    /// outer one is the source again when the inner read ends, so the outer read's memory is never touched. Code that
    /// runs outside a read allocates. What a hostile message needs beyond the kept counts is allocated for that read
    /// and not kept.
    /// </summary>
    internal sealed class SmtpMimeArena
    {
        // A bounce has a handful of entities (five to ten) and status groups, and names a few recipients: this many of
        // each are kept; a builder that grew past the longest text a recipient keeps is not.
        private const int MaxKeptEntities = 64;
        private const int MaxKeptLists = 16;
        private const int MaxKeptBuilders = 64;
        private const int LongestKeptBuilder = 8 * 1024;

        // The decoded text of a read's parts (a bounce decodes one to three: its text, an HTML part, an encoded report)
        // and of its folded header fields; a buffer longer than this (a huge part) is for its read only.
        private const int MaxKeptTexts = 16;
        private const int LongestKeptText = 32 * 1024;

        // One longer part a read (a returned message whose transfer encoding had to be decoded, a long HTML notice) is
        // decoded into a buffer of its own that is kept too, up to the length of the longest message the decoder keeps
        // its buffer for (SmtpMimeDecoder): a thread keeps at most 16 texts of 32 K characters and one of 256 K.
        private const int LongestKeptLongText = 256 * 1024;

        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static SmtpMimeArena? idle;

        [global::System.ThreadStatic]
        private static SmtpMimeArena? current;

        private SmtpMimeArena? outer;
#else
        private static SmtpMimeArena idle;

        [global::System.ThreadStatic]
        private static SmtpMimeArena current;

        private SmtpMimeArena outer;
#endif

        private readonly Kept<SmtpMimeEntity> entities = new Kept<SmtpMimeEntity>(MaxKeptEntities, entity => entity.Clear());
        private readonly Kept<SmtpMimeHeaderList> headerLists = new Kept<SmtpMimeHeaderList>(MaxKeptLists, list => list.Clear());
        private readonly Kept<StringBuilder> builders = new Kept<StringBuilder>(MaxKeptBuilders, builder => builder.Clear().Capacity <= LongestKeptBuilder);
        private readonly KeptBuffers texts = new KeptBuffers(MaxKeptTexts, LongestKeptText, LongestKeptLongText);
        private readonly KeptList<SmtpBounceRecipient> recipients = new KeptList<SmtpBounceRecipient>();
        private readonly KeptList<SmtpBounceRecipientFields> recipientFields = new KeptList<SmtpBounceRecipientFields>();
        private readonly KeptList<SmtpFoundRecipient> foundRecipients = new KeptList<SmtpFoundRecipient>();
        private readonly KeptList<SmtpTextRange> addresses = new KeptList<SmtpTextRange>();
        private readonly SmtpMimeParser parser;

        private SmtpMimeArena()
        {
            parser = new SmtpMimeParser(this);
        }

        /// <summary>The thread's arena, or a new one when a read on this thread holds it; give it back with <see cref="Release"/>.</summary>
        internal static SmtpMimeArena Take()
        {
            SmtpMimeArena arena = idle ?? new SmtpMimeArena();
            idle = null;
            arena.outer = current;
            current = arena;
            return arena;
        }

        /// <summary>An empty header list of the read in progress on this thread (a new one outside a read).</summary>
        internal static SmtpMimeHeaderList HeaderList()
        {
            var arena = current;
            return arena == null ? new SmtpMimeHeaderList() : arena.headerLists.Next();
        }

        /// <summary>An empty builder of the read in progress on this thread (a new one outside a read).</summary>
        internal static StringBuilder Builder()
        {
            var arena = current;
            return arena == null ? new StringBuilder() : arena.builders.Next();
        }

        /// <summary>
        /// A buffer of at least <paramref name="length"/> chars for text decoded in the read in progress on this thread
        /// (valid until the read ends; a new array outside a read).
        /// </summary>
        internal static char[] Chars(int length)
        {
            var arena = current;
            return arena == null ? new char[length] : arena.texts.Next(length);
        }

        /// <summary>An empty list for the recipients a read returns (copied into the <see cref="SmtpBounce"/>).</summary>
        internal static List<SmtpBounceRecipient> Recipients() => ListOf(arena => arena.recipients);

        /// <summary>An empty list for the status groups of a delivery-status part.</summary>
        internal static List<SmtpBounceRecipientFields> RecipientFields() => ListOf(arena => arena.recipientFields);

        /// <summary>An empty list for the recipients found in a bounce's text.</summary>
        internal static List<SmtpFoundRecipient> FoundRecipients() => ListOf(arena => arena.foundRecipients);

        /// <summary>An empty list for where addresses lie (the bounce's own).</summary>
        internal static List<SmtpTextRange> Addresses() => ListOf(arena => arena.addresses);

        // The arena's list of that kind, or a new list outside a read.
        private static List<T> ListOf<T>(global::System.Func<SmtpMimeArena, KeptList<T>> kind)
        {
            var arena = current;
            return arena == null ? new List<T>() : kind(arena).Take();
        }

        /// <summary>Parses a message into entities of this arena (valid until <see cref="Release"/>).</summary>
        internal SmtpMimeEntity ParseMessage(SmtpMimeText message)
        {
            return parser.ParseAll(message);
        }

        /// <summary>An empty entity to fill: one kept from an earlier read, else a new one (kept while there is room).</summary>
        internal SmtpMimeEntity Entity()
        {
            return entities.Next();
        }

        /// <summary>
        /// Ends the read: the entities and lists let go of the message's text (so that it is not kept alive), the
        /// outer read's arena (if any) is the source again, and this arena is the thread's for the next read.
        /// </summary>
        internal void Release()
        {
            entities.Release();
            headerLists.Release();
            builders.Release();
            texts.Release();
            recipients.Release();
            recipientFields.Release();
            foundRecipients.Release();
            addresses.Release();
            current = outer;
            outer = null;
            idle = this;
        }

        /// <summary>Objects a read uses several of: handed out in turn, emptied when the read ends.</summary>
        private sealed class Kept<T>
            where T : class, new()
        {
            private readonly List<T> items = new List<T>();
            private readonly int most;

            // Empties an item and says whether it is worth keeping (not grown by a hostile message).
            private readonly global::System.Func<T, bool> empty;
            private int used;

            internal Kept(int kept, global::System.Func<T, bool> emptyAndKeep)
            {
                most = kept;
                empty = emptyAndKeep;
            }

            internal Kept(int kept, global::System.Action<T> emptyItem)
                : this(kept, item =>
                {
                    emptyItem(item);
                    return true;
                })
            {
            }

            internal T Next()
            {
                if (used < items.Count)
                {
                    return items[used++];
                }

                var item = new T();
                if (items.Count < most)
                {
                    items.Add(item);
                    used++;
                }

                return item;
            }

            internal void Release()
            {
                for (int i = 0; i < used; i++)
                {
                    if (!empty(items[i]))
                    {
                        items[i] = new T();
                    }
                }

                used = 0;
            }
        }

        /// <summary>Char buffers a read decodes text into: handed out in turn, each grown to what its use needs up to the kept length.</summary>
        private sealed class KeptBuffers
        {
            private const int ShortestBuffer = 256;

            private readonly List<char[]> items = new List<char[]>();
            private readonly int most;
            private readonly int longest;
            private readonly int longestLong;
            private int used;
#if SMTPCODES_NULLABLE
            private char[]? longText;
#else
            private char[] longText;
#endif
            private bool longTextUsed;

            internal KeptBuffers(int kept, int longestKept, int longestKeptLong)
            {
                most = kept;
                longest = longestKept;
                longestLong = longestKeptLong;
            }

            internal char[] Next(int length)
            {
                if (length > longest)
                {
                    return LongText(length);
                }

                if (used < items.Count)
                {
                    if (items[used].Length < length)
                    {
                        items[used] = new char[global::System.Math.Max(length, ShortestBuffer)];
                    }

                    return items[used++];
                }

                var buffer = new char[global::System.Math.Max(length, ShortestBuffer)];
                if (items.Count < most)
                {
                    items.Add(buffer);
                    used++;
                }

                return buffer;
            }

            // The first long text of a read gets the kept long buffer; another, or one longer than it may grow, its own.
            private char[] LongText(int length)
            {
                if (longTextUsed || length > longestLong)
                {
                    return new char[length];
                }

                if (longText == null || longText.Length < length)
                {
                    longText = new char[length];
                }

                longTextUsed = true;
                return longText;
            }

            // The characters stay (they are not references: no message is kept alive by them); the next read writes over them.
            internal void Release()
            {
                used = 0;
                longTextUsed = false;
            }
        }

        /// <summary>One list a read uses once: handed out empty; a second one in the same read is a new list.</summary>
        private sealed class KeptList<T>
        {
            // A list grown past this (a hostile message's 500 recipients) is not kept.
            private const int MaxKeptItems = 64;

            private List<T> list = new List<T>();
            private bool taken;

            internal List<T> Take()
            {
                if (taken)
                {
                    return new List<T>();
                }

                taken = true;
                return list;
            }

            internal void Release()
            {
                if (taken)
                {
                    if (list.Capacity > MaxKeptItems)
                    {
                        list = new List<T>();
                    }
                    else
                    {
                        list.Clear();
                    }

                    taken = false;
                }
            }
        }
    }
}
