namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// The working memory of one read, per thread: the tree of a message, the header field lists read from its parts
    /// and the builders of the text said about each recipient never leave <see cref="SmtpBounce.Read(string)"/>, so
    /// they are reused from message to message instead of allocated for each. A read takes the thread's arena (it is
    /// then the thread's <see cref="HeaderList"/> and <see cref="Builder"/> source) and gives it back when it ends. A
    /// read that starts while another holds it on the same thread (user code run from inside a read, such as an
    /// <c>EncodingProvider</c> that reads a bounce) gets a new arena, and the outer one is the source again when the
    /// inner read ends, so the outer read's memory is never touched. Code that runs outside a read allocates. What a
    /// hostile message needs beyond the kept counts is allocated for that read and not kept.
    /// </summary>
    internal sealed class SmtpMimeArena
    {
        // A bounce has a handful of entities (five to ten): this many are kept, more are allocated for the read alone.
        private const int MaxKeptEntities = 64;

        // Header lists (status groups, a quoted header) and recipients' text builders kept; a builder that grew past
        // the longest text a recipient keeps is not.
        private const int MaxKeptLists = 16;
        private const int MaxKeptBuilders = 64;
        private const int LongestKeptBuilder = 8 * 1024;

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

        private readonly List<SmtpMimeEntity> kept = new List<SmtpMimeEntity>();
        private readonly List<SmtpMimeHeaderList> lists = new List<SmtpMimeHeaderList>();
        private readonly List<global::System.Text.StringBuilder> builders = new List<global::System.Text.StringBuilder>();
        private readonly SmtpMimeParser parser;
        private readonly KeptList<SmtpBounceRecipient> recipients = new KeptList<SmtpBounceRecipient>();
        private readonly KeptList<SmtpBounceRecipientFields> recipientFields = new KeptList<SmtpBounceRecipientFields>();
        private readonly KeptList<SmtpFoundRecipient> foundRecipients = new KeptList<SmtpFoundRecipient>();
        private readonly KeptList<string> addresses = new KeptList<string>();
        private int used;
        private int listsUsed;
        private int buildersUsed;

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
            if (arena == null)
            {
                return new SmtpMimeHeaderList();
            }

            if (arena.listsUsed < arena.lists.Count)
            {
                return arena.lists[arena.listsUsed++];
            }

            var list = new SmtpMimeHeaderList();
            if (arena.lists.Count < MaxKeptLists)
            {
                arena.lists.Add(list);
                arena.listsUsed++;
            }

            return list;
        }

        /// <summary>An empty list for the recipients a read returns (copied into the <see cref="SmtpBounce"/>).</summary>
        internal static List<SmtpBounceRecipient> Recipients()
        {
            var arena = current;
            return arena == null ? new List<SmtpBounceRecipient>() : arena.recipients.Take();
        }

        /// <summary>An empty list for the status groups of a delivery-status part.</summary>
        internal static List<SmtpBounceRecipientFields> RecipientFields()
        {
            var arena = current;
            return arena == null ? new List<SmtpBounceRecipientFields>() : arena.recipientFields.Take();
        }

        /// <summary>An empty list for the recipients found in a bounce's text.</summary>
        internal static List<SmtpFoundRecipient> FoundRecipients()
        {
            var arena = current;
            return arena == null ? new List<SmtpFoundRecipient>() : arena.foundRecipients.Take();
        }

        /// <summary>An empty list for addresses (the bounce's own).</summary>
        internal static List<string> Addresses()
        {
            var arena = current;
            return arena == null ? new List<string>() : arena.addresses.Take();
        }

        /// <summary>An empty builder of the read in progress on this thread (a new one outside a read).</summary>
        internal static global::System.Text.StringBuilder Builder()
        {
            var arena = current;
            if (arena == null)
            {
                return new global::System.Text.StringBuilder();
            }

            if (arena.buildersUsed < arena.builders.Count)
            {
                return arena.builders[arena.buildersUsed++].Clear();
            }

            var builder = new global::System.Text.StringBuilder();
            if (arena.builders.Count < MaxKeptBuilders)
            {
                arena.builders.Add(builder);
                arena.buildersUsed++;
            }

            return builder;
        }

        /// <summary>Parses a message into entities of this arena (valid until <see cref="Release"/>).</summary>
        internal SmtpMimeEntity ParseMessage(string message)
        {
            return parser.ParseAll(message);
        }

        /// <summary>An entity to fill: one kept from an earlier read, else a new one (kept while there is room).</summary>
        internal SmtpMimeEntity Entity()
        {
            if (used < kept.Count)
            {
                return kept[used++];
            }

            var entity = new SmtpMimeEntity();
            if (kept.Count < MaxKeptEntities)
            {
                kept.Add(entity);
                used++;
            }

            return entity;
        }

        /// <summary>
        /// Ends the read: the entities and lists let go of the message's text (so that it is not kept alive), the
        /// outer read's arena (if any) is the source again, and this arena is the thread's for the next read.
        /// </summary>
        internal void Release()
        {
            for (int i = 0; i < used; i++)
            {
                kept[i].Clear();
            }

            used = 0;
            for (int i = 0; i < listsUsed; i++)
            {
                lists[i].Clear();
            }

            listsUsed = 0;
            for (int i = 0; i < buildersUsed; i++)
            {
                if (builders[i].Capacity > LongestKeptBuilder)
                {
                    builders[i] = new global::System.Text.StringBuilder();
                }
            }

            buildersUsed = 0;
            recipients.Release();
            recipientFields.Release();
            foundRecipients.Release();
            addresses.Release();
            current = outer;
            outer = null;
            idle = this;
        }

        /// <summary>One list a read uses once: handed out empty, a second one in the same read is a new list.</summary>
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
