namespace SmtpCodes
{
#if !SMTPCODES_SPAN
    using global::System.Collections.Generic;

    /// <summary>
    /// Where each of many strings first occurs in one range of a text, ignoring case as
    /// <see cref="global::System.StringComparison.OrdinalIgnoreCase"/> does (<see cref="SmtpMimeText.UpperOrdinal"/>),
    /// found in one pass over the range however many strings are looked for: an Aho-Corasick automaton over the strings
    /// (Aho and Corasick, "Efficient string matching", 1975). A bounce's reader looks for each recipient's address in
    /// the bounce's text; one search per recipient would read the text once per recipient. Only the engine without spans
    /// (C# 7.3) has it: the engine with spans searches address by address, vectorised (SmtpBounceReader.RecipientIndexInNotice).
    /// </summary>
    internal sealed class SmtpFirstOccurrences
    {
        // The trie's nodes (0 is the root): the string a node spells is as long as its depth. A node's edge on a folded
        // character is Edges[(node << 16) | character].
        private readonly Dictionary<long, int> edges = new Dictionary<long, int>();
        private readonly List<int> depth = new List<int> { 0 };
        private readonly List<int> firstChild = new List<int> { 0 };
        private readonly List<int> nextSibling = new List<int> { 0 };
        private readonly List<bool> isEnd = new List<bool> { false };

        // The node each string looked for ends at (strings equal but for case share one).
        private readonly Dictionary<string, int> endOf = new Dictionary<string, int>(global::System.StringComparer.Ordinal);

        // Per node, after the pass: the failure link, the nearest node on the failure chain that ends a string, and
        // where the node's string first ended in the text (-1 where it never did).
        private readonly int[] failure;
        private readonly int[] nextEnd;
        private readonly int[] firstEnd;

        private SmtpFirstOccurrences(IEnumerable<string> values)
        {
            foreach (string value in values)
            {
                Add(value);
            }

            failure = new int[depth.Count];
            nextEnd = new int[depth.Count];
            firstEnd = new int[depth.Count];
            Link();
        }

        /// <summary>How many characters the pass read: at most the range's length, whatever the number of strings.</summary>
        internal int CharactersRead { get; private set; }

        /// <summary>
        /// Looks for <paramref name="values"/> in <paramref name="text"/> from <paramref name="start"/> to
        /// <paramref name="end"/>. A string that is empty or holds a surrogate is not looked for (the comparison folds a
        /// surrogate pair as one character): <see cref="TryIndexOf"/> says so, and its caller searches for it alone.
        /// </summary>
        internal static SmtpFirstOccurrences Find(IEnumerable<string> values, SmtpMimeText text, int start, int end)
        {
            var found = new SmtpFirstOccurrences(values);
            found.Scan(text, start, end);
            return found;
        }

        /// <summary>
        /// Where <paramref name="value"/> first occurs in the range, as <see cref="SmtpMimeText.IndexOf(string, int, int, global::System.StringComparison)"/>
        /// with <see cref="global::System.StringComparison.OrdinalIgnoreCase"/> says (-1 where it does not); false when
        /// it was not looked for.
        /// </summary>
        internal bool TryIndexOf(string value, out int index)
        {
            index = -1;
            if (!endOf.TryGetValue(value, out int node))
            {
                return false;
            }

            index = firstEnd[node] < 0 ? -1 : firstEnd[node] - value.Length + 1;
            return true;
        }

        private static long Key(int node, char folded)
        {
            return ((long)node << 16) | folded;
        }

        private void Add(string value)
        {
            if (value.Length == 0 || endOf.ContainsKey(value))
            {
                return;
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (char.IsSurrogate(value[i]))
                {
                    return;
                }
            }

            int node = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char folded = SmtpMimeText.UpperOrdinal(value[i]);
                if (!edges.TryGetValue(Key(node, folded), out int child))
                {
                    child = depth.Count;
                    depth.Add(depth[node] + 1);
                    firstChild.Add(0);
                    nextSibling.Add(firstChild[node]);
                    isEnd.Add(false);
                    firstChild[node] = child;
                    edges.Add(Key(node, folded), child);
                }

                node = child;
            }

            isEnd[node] = true;
            endOf.Add(value, node);
        }

        // The failure links, breadth first: a node's link is the node of the longest proper suffix of its string that is
        // in the trie. Children are found by their edges' characters, kept beside them in Edges' keys.
        private void Link()
        {
            var labels = new char[depth.Count];
            foreach (KeyValuePair<long, int> edge in edges)
            {
                labels[edge.Value] = (char)(edge.Key & 0xFFFF);
            }

            var queue = new Queue<int>();
            for (int child = firstChild[0]; child != 0; child = nextSibling[child])
            {
                queue.Enqueue(child);
            }

            while (queue.Count > 0)
            {
                int node = queue.Dequeue();
                firstEnd[node] = -1;
                int link = failure[node];
                nextEnd[node] = isEnd[link] ? link : nextEnd[link];
                for (int child = firstChild[node]; child != 0; child = nextSibling[child])
                {
                    failure[child] = node == 0 ? 0 : Step(link, labels[child]);
                    queue.Enqueue(child);
                }
            }
        }

        // The node reached from a node on a folded character, following failure links where it has no edge.
        private int Step(int node, char folded)
        {
            while (true)
            {
                if (edges.TryGetValue(Key(node, folded), out int next))
                {
                    return next;
                }

                if (node == 0)
                {
                    return 0;
                }

                node = failure[node];
            }
        }

        // One pass. A string ends where its node, or a node on its chain of ends, is reached; its first end gives its
        // first start, since every occurrence of a string is as long. When a node's first end is set, so are those of
        // every node on its chain (their strings are its suffixes and end there too), so the walk stops at the first
        // node already set: each node is set once, and the pass reads each character once.
        private void Scan(SmtpMimeText text, int start, int end)
        {
            int ends = 0;
            for (int i = 0; i < isEnd.Count; i++)
            {
                ends += isEnd[i] ? 1 : 0;
            }

            int node = 0;
            for (int i = start; i < end && ends > 0; i++)
            {
                CharactersRead++;
                node = Step(node, SmtpMimeText.UpperOrdinal(text[i]));
                for (int at = isEnd[node] ? node : nextEnd[node]; at != 0 && firstEnd[at] < 0; at = nextEnd[at])
                {
                    firstEnd[at] = i;
                    ends--;
                }
            }
        }
    }
#endif
}
