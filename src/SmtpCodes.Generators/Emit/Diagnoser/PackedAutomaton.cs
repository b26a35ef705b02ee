using System;
using System.Collections.Generic;
using System.Linq;
using Layout = SmtpCodes.SmtpCatalogLayout;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// The automaton laid out for the scanner, so that a character costs a few table reads and no search:
/// <list type="bullet">
/// <item>Characters become classes: one per distinct character of the match strings, 0 for every other character
/// (which sends any state back to the root). ASCII by a table of <see cref="Layout.AsciiWidth"/> entries, upper-case
/// letters sharing their lower-case letter's class as <see cref="Layout.Fold"/> does; other characters by a search in
/// <see cref="WideChars"/>, whose classes follow the ASCII ones.</item>
/// <item>States become slots of a double array: the edge of the state in slot s on class k leads to slot
/// <c>EdgeBase[s] + k</c> exactly when <c>EdgeCheck[EdgeBase[s] + k] == k</c>. Every state has its own base, so a class
/// found in the check can only have been put there by that state's edge.</item>
/// <item>The shallow states (the root and the states up to depth 2, where most of a reply is read) take complete rows:
/// the move on every class, failure steps included, so the scanner reads one entry and never searches there.</item>
/// </list>
/// </summary>
internal sealed class PackedAutomaton
{
    /// <summary>How far the placement looks for free slots before it puts a state's edges after all others: bounds the generator's time on any catalog.</summary>
    private const int PlacementProbes = 256;

    /// <summary>The complete rows are at most this many entries, however many shallow states a catalog has.</summary>
    private const int MaxShallowEntries = 16 * 1024;

    /// <summary>The depth down to which states get complete rows (when they fit in <see cref="MaxShallowEntries"/>).</summary>
    private const int ShallowDepth = 2;

    private PackedAutomaton()
    {
    }

    /// <summary>The class of each ASCII character; 0 for one no match string has.</summary>
    public int[] CharClasses { get; private set; } = Array.Empty<int>();

    /// <summary>The characters beyond ASCII that match strings have, sorted: WideChars[i] has class <see cref="FirstWideClass"/> + i.</summary>
    public string WideChars { get; private set; } = string.Empty;

    public int FirstWideClass { get; private set; }

    /// <summary>Classes 0 to ClassCount - 1.</summary>
    public int ClassCount { get; private set; }

    /// <summary>A complete row has 2^RowShift entries, the least power of two that holds every class: the scanner shifts rather than multiplies.</summary>
    public int RowShift { get; private set; }

    private int RowWidth => 1 << RowShift;

    /// <summary>Per slot: the base of its state's edges (0 for a slot that holds no state).</summary>
    public int[] EdgeBase { get; private set; } = Array.Empty<int>();

    /// <summary>Per slot: the class of the edge that leads into it, 0 for none; long enough for every base plus every class.</summary>
    public int[] EdgeCheck { get; private set; } = Array.Empty<int>();

    /// <summary>Per slot: the slot of its state's failure state.</summary>
    public int[] Failure { get; private set; } = Array.Empty<int>();

    /// <summary>Per slot: <see cref="MatchAutomaton.Output"/> of its state.</summary>
    public int[] Output { get; private set; } = Array.Empty<int>();

    /// <summary>Slots 0 to ShallowStates - 1 have complete rows; the root is slot 0.</summary>
    public int ShallowStates { get; private set; }

    /// <summary>The complete rows, 2^<see cref="RowShift"/> entries each: ShallowRows[(slot &lt;&lt; RowShift) | class] is the next slot.</summary>
    public int[] ShallowRows { get; private set; } = Array.Empty<int>();

    public static PackedAutomaton Pack(MatchAutomaton automaton)
    {
        var packed = new PackedAutomaton();
        var classOf = packed.NumberClasses(automaton.EdgeChars);
        var slots = packed.Place(automaton, classOf);
        packed.Failure = Reindex(automaton.Failure.Select(state => slots[state]), slots, packed.EdgeBase.Length);
        packed.Output = Reindex(automaton.Output, slots, packed.EdgeBase.Length);
        packed.ShallowStates = ShallowSlotCount(automaton, slots, packed.RowWidth);
        packed.ShallowRows = packed.CompleteRows();
        return packed;
    }

    private Dictionary<char, int> NumberClasses(string edgeChars)
    {
        var chars = edgeChars.Distinct().OrderBy(c => c).ToList();
        var classOf = new Dictionary<char, int>();
        foreach (var c in chars)
        {
            classOf[c] = classOf.Count + 1;
        }

        CharClasses = Enumerable.Range(0, Layout.AsciiWidth)
            .Select(c => classOf.TryGetValue(Layout.Fold((char)c), out var number) ? number : 0)
            .ToArray();
        var wide = chars.Where(c => c >= Layout.AsciiWidth).ToList();
        WideChars = new string(wide.ToArray());
        FirstWideClass = chars.Count - wide.Count + 1;
        ClassCount = chars.Count + 1;
        while (RowWidth < ClassCount)
        {
            RowShift++;
        }
        return classOf;
    }

    // Breadth-first, each state's edges at the lowest base whose slots are free and which no other state has: the
    // shallow states land in the low slots, and the double array stays about as long as the number of states.
    private int[] Place(MatchAutomaton automaton, Dictionary<char, int> classOf)
    {
        var stateCount = automaton.StateCount;
        var slots = new int[stateCount];
        var baseOfState = Enumerable.Repeat(-1, stateCount).ToArray();
        var placement = new SlotPlacement();
        for (var state = 0; state < stateCount; state++)
        {
            var from = automaton.EdgeStart[state];
            var to = automaton.EdgeStart[state + 1];
            if (from == to)
            {
                continue;
            }

            var classes = Enumerable.Range(from, to - from).Select(edge => classOf[automaton.EdgeChars[edge]]).ToList();
            baseOfState[state] = placement.Place(classes);
            for (var index = 0; index < classes.Count; index++)
            {
                slots[automaton.EdgeTargets[from + index]] = baseOfState[state] + classes[index];
            }
        }

        // A state without edges still needs a base of its own, or its reads could meet another state's edges.
        for (var state = 0; state < stateCount; state++)
        {
            if (baseOfState[state] < 0)
            {
                baseOfState[state] = placement.SpareBase();
            }
        }

        EdgeBase = new int[placement.SlotCount];
        for (var state = 0; state < stateCount; state++)
        {
            EdgeBase[slots[state]] = baseOfState[state];
        }

        EdgeCheck = placement.Checks(Math.Max(placement.SlotCount, baseOfState.Max() + ClassCount));
        return slots;
    }

    /// <summary>The slots taken so far, the free slots below the last one, and the bases given.</summary>
    private sealed class SlotPlacement
    {
        private readonly List<int> check = new() { 0 };
        private readonly SortedSet<int> holes = new();
        private readonly HashSet<int> usedBases = new();
        private int spare;

        public int SlotCount => check.Count;

        /// <summary>
        /// The lowest base that puts the first class in a free slot and the others in free slots too, among the first
        /// <see cref="PlacementProbes"/> free slots; else one past the end. A free slot that never fits is given up
        /// after a search that fails on it, so the search stays short on any catalog.
        /// </summary>
        public int Place(List<int> classes)
        {
            var chosen = -1;
            var probes = 0;
            foreach (var hole in holes)
            {
                var candidate = hole - classes[0];
                if (Fits(candidate, classes))
                {
                    chosen = candidate;
                    break;
                }

                if (++probes == PlacementProbes)
                {
                    break;
                }
            }

            if (chosen < 0)
            {
                if (probes == PlacementProbes)
                {
                    holes.Remove(holes.Min);
                }

                chosen = check.Count - classes[0];
                while (!Fits(chosen, classes))
                {
                    chosen++;
                }
            }

            usedBases.Add(chosen);
            foreach (var number in classes)
            {
                Take(chosen + number, number);
            }

            return chosen;
        }

        public int SpareBase()
        {
            while (usedBases.Contains(spare))
            {
                spare++;
            }

            usedBases.Add(spare);
            return spare;
        }

        public int[] Checks(int length) => check.Concat(Enumerable.Repeat(0, length - check.Count)).ToArray();

        private bool Fits(int candidate, List<int> classes) =>
            candidate >= 0 && !usedBases.Contains(candidate) && classes.All(number => candidate + number >= check.Count || holes.Contains(candidate + number));

        private void Take(int slot, int number)
        {
            while (check.Count <= slot)
            {
                holes.Add(check.Count);
                check.Add(0);
            }

            holes.Remove(slot);
            check[slot] = number;
        }
    }

    private static int[] Reindex(IEnumerable<int> byState, int[] slots, int slotCount)
    {
        var bySlot = new int[slotCount];
        var state = 0;
        foreach (var value in byState)
        {
            bySlot[slots[state++]] = value;
        }

        return bySlot;
    }

    private static int ShallowSlotCount(MatchAutomaton automaton, int[] slots, int rowWidth)
    {
        var depths = automaton.Depths;
        var highest = Enumerable.Range(0, automaton.StateCount).Where(state => depths[state] <= ShallowDepth).Max(state => slots[state]);
        return Math.Max(1, Math.Min(highest + 1, MaxShallowEntries / rowWidth));
    }

    private int[] CompleteRows()
    {
        var rows = new int[ShallowStates * RowWidth];
        for (var slot = 0; slot < ShallowStates; slot++)
        {
            for (var number = 1; number < ClassCount; number++)
            {
                rows[(slot * RowWidth) + number] = Move(slot, number);
            }
        }

        return rows;
    }

    // The scanner's move from a slot on a class, failure steps included; slots that hold no state are never asked.
    private int Move(int slot, int number)
    {
        while (true)
        {
            var next = EdgeBase[slot] + number;
            if (EdgeCheck[next] == number)
            {
                return next;
            }

            if (slot == 0)
            {
                return 0;
            }

            slot = Failure[slot];
        }
    }
}
