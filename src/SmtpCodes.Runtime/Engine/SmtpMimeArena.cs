namespace SmtpCodes
{
    using global::System.Collections.Generic;

    /// <summary>
    /// The MIME entities of one read, per thread: the tree of a message never leaves <see cref="SmtpBounce.Read(string)"/>,
    /// so its entities, their header field arrays and their lists of children are reused from message to message
    /// instead of allocated for each. A read takes the thread's arena and gives it back when it ends; a read that
    /// starts while another holds it on the same thread (user code run from inside a read, such as an
    /// <c>EncodingProvider</c> that reads a bounce) gets a new arena, so the outer read's tree is never touched.
    /// What a hostile message needs beyond <see cref="MaxKeptEntities"/> entities is allocated and not kept.
    /// </summary>
    internal sealed class SmtpMimeArena
    {
        // A bounce has a handful of entities (five to ten): this many are kept, more are allocated for the read alone.
        private const int MaxKeptEntities = 64;

        [global::System.ThreadStatic]
#if SMTPCODES_NULLABLE
        private static SmtpMimeArena? idle;
#else
        private static SmtpMimeArena idle;
#endif

        private readonly List<SmtpMimeEntity> kept = new List<SmtpMimeEntity>();
        private readonly SmtpMimeParser parser;
        private int used;

        private SmtpMimeArena()
        {
            parser = new SmtpMimeParser(this);
        }

        /// <summary>The thread's arena, or a new one when a read on this thread holds it; give it back with <see cref="Release"/>.</summary>
        internal static SmtpMimeArena Take()
        {
            SmtpMimeArena arena = idle ?? new SmtpMimeArena();
            idle = null;
            return arena;
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

        /// <summary>Ends the read: the entities let go of the message's text (so that it is not kept alive) and the arena is the thread's again.</summary>
        internal void Release()
        {
            for (int i = 0; i < used; i++)
            {
                kept[i].Clear();
            }

            used = 0;
            idle = this;
        }
    }
}
