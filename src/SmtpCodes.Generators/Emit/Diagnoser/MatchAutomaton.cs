using System.Collections.Generic;
using System.Linq;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// An Aho-Corasick automaton over every match string of the catalog, built at generation time. The generated
/// scanner walks it once over the reply text: each character costs one edge lookup plus failure steps that
/// are paid for by earlier characters, so the time is linear in the text whatever the text holds.
/// States are numbered breadth-first; state 0 is the root. A terminal state ends exactly one match string.
/// <see cref="PackedAutomaton"/> lays it out for the scanner.
/// </summary>
internal sealed class MatchAutomaton
{
    private readonly List<SortedDictionary<char, int>> edges = new() { new SortedDictionary<char, int>() };
    private readonly List<int> depths = new() { 0 };
    private readonly Dictionary<string, int> terminalStates = new(System.StringComparer.Ordinal);

    private MatchAutomaton()
    {
    }

    public int StateCount => Failure.Length;

    /// <summary>Per state: the index of its first edge in <see cref="EdgeChars"/>; one more entry closes the last state.</summary>
    public int[] EdgeStart { get; private set; } = System.Array.Empty<int>();

    /// <summary>Edge labels, sorted within each state.</summary>
    public string EdgeChars { get; private set; } = string.Empty;

    public int[] EdgeTargets { get; private set; } = System.Array.Empty<int>();

    /// <summary>Per state: the state of its longest proper suffix that is also a prefix of some match string.</summary>
    public int[] Failure { get; private set; } = System.Array.Empty<int>();

    /// <summary>Per state: the nearest terminal state on its failure chain (0 for none): the shorter strings that end here too.</summary>
    private int[] DictionaryLink { get; set; } = System.Array.Empty<int>();

    /// <summary>Per state: its index among terminal states, or -1.</summary>
    private int[] TerminalIndex { get; set; } = System.Array.Empty<int>();

    /// <summary>
    /// Per state: one more than the terminal index of the longest match string that ends there (the state itself, or
    /// the nearest terminal on its failure chain); 0 for none. A state-indexed table of terminal indexes, so the
    /// scanner needs no second table from terminal states to terminal indexes (most states are not terminal).
    /// </summary>
    public int[] Output => TerminalIndex.Select((index, state) => index >= 0 ? index + 1 : Found(DictionaryLink[state])).ToArray();

    /// <summary>Per terminal index: one more than the terminal index of the next shorter match string that ends with it; 0 for none.</summary>
    public int[] TerminalLink => Enumerable.Range(0, TerminalIndex.Length)
        .Where(state => TerminalIndex[state] >= 0)
        .Select(state => Found(DictionaryLink[state]))
        .ToArray();

    /// <summary>Per terminal index: the length of the folded match string it ends.</summary>
    public int[] TerminalLength { get; private set; } = System.Array.Empty<int>();

    public int TerminalCount => TerminalLength.Length;

    /// <summary>Per state: the length of the prefix of a match string that it stands for (the root's is 0).</summary>
    public int[] Depths { get; private set; } = System.Array.Empty<int>();

    private int Found(int terminalState) => terminalState == 0 ? 0 : TerminalIndex[terminalState] + 1;

    /// <summary>The terminal index of a folded match string given to <see cref="Build"/>.</summary>
    public int TerminalOf(string folded) => TerminalIndex[terminalStates[folded]];

    /// <param name="folded">Folded, non-empty match strings; duplicates share one terminal.</param>
    public static MatchAutomaton Build(IEnumerable<string> folded)
    {
        var automaton = new MatchAutomaton();
        foreach (var pattern in folded.Distinct(System.StringComparer.Ordinal))
        {
            automaton.terminalStates[pattern] = automaton.Insert(pattern);
        }

        automaton.Renumber();
        return automaton;
    }

    private int Insert(string pattern)
    {
        var state = 0;
        foreach (var c in pattern)
        {
            if (!edges[state].TryGetValue(c, out var next))
            {
                next = edges.Count;
                edges.Add(new SortedDictionary<char, int>());
                depths.Add(depths[state] + 1);
                edges[state][c] = next;
            }

            state = next;
        }

        return state;
    }

    // Breadth-first order makes every failure target precede its state, and keeps the tables deterministic.
    private void Renumber()
    {
        var order = new List<int> { 0 };
        for (var index = 0; index < order.Count; index++)
        {
            order.AddRange(edges[order[index]].Values);
        }

        var newId = new int[order.Count];
        for (var index = 0; index < order.Count; index++)
        {
            newId[order[index]] = index;
        }

        var count = order.Count;
        var failure = new int[count];
        var link = new int[count];
        var terminalIndex = Enumerable.Repeat(-1, count).ToArray();
        var isTerminal = new bool[count];
        foreach (var state in terminalStates.Values)
        {
            isTerminal[newId[state]] = true;
        }

        var renumberedEdges = order.Select(old => edges[old].ToDictionary(pair => pair.Key, pair => newId[pair.Value])).ToList();
        for (var state = 0; state < count; state++)
        {
            foreach (var pair in renumberedEdges[state])
            {
                var child = pair.Value;
                failure[child] = state == 0 ? 0 : Step(renumberedEdges, failure, failure[state], pair.Key);
                link[child] = isTerminal[failure[child]] ? failure[child] : link[failure[child]];
            }
        }

        var lengths = new List<int>();
        for (var state = 0; state < count; state++)
        {
            if (isTerminal[state])
            {
                terminalIndex[state] = lengths.Count;
                lengths.Add(depths[order[state]]);
            }
        }

        var edgeStart = new int[count + 1];
        var chars = new System.Text.StringBuilder();
        var targets = new List<int>();
        for (var state = 0; state < count; state++)
        {
            edgeStart[state] = targets.Count;
            foreach (var pair in renumberedEdges[state].OrderBy(pair => pair.Key))
            {
                chars.Append(pair.Key);
                targets.Add(pair.Value);
            }
        }

        edgeStart[count] = targets.Count;
        foreach (var key in terminalStates.Keys.ToList())
        {
            terminalStates[key] = newId[terminalStates[key]];
        }

        EdgeStart = edgeStart;
        EdgeChars = chars.ToString();
        EdgeTargets = targets.ToArray();
        Failure = failure;
        DictionaryLink = link;
        TerminalIndex = terminalIndex;
        TerminalLength = lengths.ToArray();
        Depths = order.Select(old => depths[old]).ToArray();
        edges.Clear();
    }

    private static int Step(List<Dictionary<char, int>> edges, int[] failure, int state, char c)
    {
        while (true)
        {
            if (edges[state].TryGetValue(c, out var next))
            {
                return next;
            }

            if (state == 0)
            {
                return 0;
            }

            state = failure[state];
        }
    }
}
