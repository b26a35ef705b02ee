using System;
using System.Collections.Generic;
using System.Linq;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Diagnostics;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// Merges the built-in catalog with the project's catalog files. Precedence: a project row replaces the
/// built-in row with the same key (the code of a reply or enhanced row, the name of a vendor message or
/// blocklist); two project rows with the same key or name are a duplicate, and the later one (by file path,
/// then line) is skipped. Vendor messages and blocklists of the project come first, so the diagnoser tries
/// them before the built-in ones. A project row that replaces a built-in member keeps the built-in's name and former
/// names as its own former names, so replacing a row never breaks code that used the package's name. A former name (an
/// obsolete alias of a member) that is the name or an earlier former name of another row of the kind is dropped
/// (SMTPGEN021): the member keeps its name, the alias goes.
/// </summary>
internal static class CatalogMerger
{
    private static readonly string[] KindNames = { "reply", "enhanced", "vendor", "blocklist" };

    public static CatalogModel Merge(IReadOnlyList<ParsedCatalogFile> builtInFiles, IReadOnlyList<ParsedCatalogFile> projectFiles)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var kinds = Enum.GetValues(typeof(CatalogKind)).Cast<CatalogKind>().ToDictionary(kind => kind, _ => new KindTable());

        foreach (var file in builtInFiles)
        {
            foreach (var located in file.Entries)
            {
                kinds[located.Entry.Kind].Add(located, isBuiltIn: true, diagnostics);
            }
        }

        foreach (var file in projectFiles.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            foreach (var located in file.Entries)
            {
                kinds[located.Entry.Kind].Add(located, isBuiltIn: false, diagnostics);
            }
        }

        foreach (var kind in kinds)
        {
            kind.Value.DropTakenFormerNames(KindNames[(int)kind.Key], diagnostics);
        }

        return new CatalogModel(
            kinds[CatalogKind.Reply].Entries(entry => entry.BasicCode),
            kinds[CatalogKind.Enhanced].Entries(EnhancedOrder),
            kinds[CatalogKind.Vendor].EntriesProjectFirst(),
            kinds[CatalogKind.Blocklist].EntriesProjectFirst(),
            diagnostics.ToEquatableArray());
    }

    // Classes first, then subjects, then detail codes by subject and detail: the registry's own order.
    private static int EnhancedOrder(CatalogEntry entry)
    {
        var code = entry.EnhancedCode!;
        var group = code.IsClassRow ? 0 : code.IsSubjectRow ? 1 : 2;
        return (group * 100_000) + (code.Class * 10_000) + (Math.Max(code.Subject, 0) * 1_000) + Math.Max(code.DetailFrom, 0);
    }

    private sealed class KindTable
    {
        private readonly List<Slot> slots = new();
        private readonly Dictionary<string, Slot> byKey = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Slot> byName = new(StringComparer.Ordinal);

        public void Add(LocatedEntry located, bool isBuiltIn, List<DiagnosticInfo> diagnostics)
        {
            var entry = located.Entry;
            var kindName = KindNames[(int)entry.Kind];
            Slot? replaced = null;
            if (byKey.TryGetValue(entry.Key, out var existing))
            {
                if (isBuiltIn || !existing.IsBuiltIn)
                {
                    var keyIsName = entry.Kind is CatalogKind.Vendor or CatalogKind.Blocklist;
                    diagnostics.Add(DiagnosticInfo.Create(
                        keyIsName ? CatalogDiagnostics.DuplicateName : CatalogDiagnostics.DuplicateCode,
                        keyIsName ? located.NameLocation : located.CodeLocation,
                        kindName,
                        entry.Key,
                        existing.Located.CodeLocation.ToString()));
                    return;
                }

                replaced = existing;
            }

            if (byName.TryGetValue(entry.Name, out var namesake) && namesake != replaced)
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.DuplicateName, located.NameLocation, kindName, entry.Name, namesake.Located.NameLocation.ToString()));
                return;
            }

            var slot = new Slot(replaced is { IsBuiltIn: true } ? KeepBuiltInNames(located, replaced.Located) : located, isBuiltIn);
            if (replaced is not null)
            {
                slots[slots.IndexOf(replaced)] = slot;
                byName.Remove(replaced.Located.Entry.Name);
            }
            else
            {
                slots.Add(slot);
            }

            byKey[entry.Key] = slot;
            byName[entry.Name] = slot;
        }

        /// <summary>
        /// A project row that replaces a built-in member keeps the built-in's names as former names: its name, when the project
        /// row renames it, and its own former names. Code written against the package's names still compiles (CS0618 names the
        /// project's), whether or not the project's file has a <c>former_names</c> column. Each kept name is placed at the
        /// project row's name, the place a diagnostic about it can point to in the user's own file.
        /// </summary>
        private static LocatedEntry KeepBuiltInNames(LocatedEntry project, LocatedEntry builtIn)
        {
            var entry = project.Entry;
            var isMember = entry.Kind == CatalogKind.Reply || entry.EnhancedCode?.IsDetailRow == true;
            if (!isMember)
            {
                return project;
            }

            var kept = new[] { builtIn.Entry.Name }.Concat(builtIn.Entry.FormerNames)
                .Where(name => name != entry.Name && !entry.FormerNames.Contains(name))
                .ToList();
            if (kept.Count == 0)
            {
                return project;
            }

            return project with
            {
                Entry = entry with { FormerNames = entry.FormerNames.Concat(kept).ToEquatableArray() },
                FormerNameLocations = project.FormerNameLocations.Concat(kept.Select(_ => project.NameLocation)).ToEquatableArray(),
            };
        }

        /// <summary>
        /// Drops each former name that is the name of another row of the kind, or a former name of a row before it. The
        /// diagnostic is at the former name, or at the project row's name when the former name is a built-in row's.
        /// </summary>
        public void DropTakenFormerNames(string kindName, List<DiagnosticInfo> diagnostics)
        {
            var formerOwners = new Dictionary<string, (Slot Slot, FileLocation Location)>(StringComparer.Ordinal);
            for (var index = 0; index < slots.Count; index++)
            {
                var slot = slots[index];
                var located = slot.Located;
                var kept = new List<int>();
                for (var at = 0; at < located.Entry.FormerNames.Count; at++)
                {
                    var former = located.Entry.FormerNames[at];
                    var place = located.FormerNameLocations[at];
                    var other = byName.TryGetValue(former, out var namesake) ? (namesake, namesake.Located.NameLocation)
                        : formerOwners.TryGetValue(former, out var owner) ? owner
                        : ((Slot Slot, FileLocation Location)?)null;
                    if (other is not { } taken)
                    {
                        formerOwners[former] = (slot, place);
                        kept.Add(at);
                        continue;
                    }

                    var (here, there) = slot.IsBuiltIn && !taken.Slot.IsBuiltIn ? (taken.Location, place) : (place, taken.Location);
                    diagnostics.Add(DiagnosticInfo.Create(CatalogDiagnostics.DuplicateFormerName, here, kindName, former, located.Entry.Name, taken.Slot.Located.Entry.Name, there.ToString()));
                }

                if (kept.Count < located.Entry.FormerNames.Count)
                {
                    var entry = located.Entry with { FormerNames = kept.Select(at => located.Entry.FormerNames[at]).ToEquatableArray() };
                    slots[index] = new Slot(located with { Entry = entry, FormerNameLocations = kept.Select(at => located.FormerNameLocations[at]).ToEquatableArray() }, slot.IsBuiltIn);
                }
            }
        }

        public EquatableArray<CatalogEntry> Entries(Func<CatalogEntry, int> order) =>
            slots.Select(slot => slot.Located.Entry).OrderBy(order).ToEquatableArray();

        public EquatableArray<CatalogEntry> EntriesProjectFirst() =>
            slots.Where(slot => !slot.IsBuiltIn).Concat(slots.Where(slot => slot.IsBuiltIn)).Select(slot => slot.Located.Entry).ToEquatableArray();
    }

    private sealed class Slot
    {
        public Slot(LocatedEntry located, bool isBuiltIn)
        {
            Located = located;
            IsBuiltIn = isBuiltIn;
        }

        public LocatedEntry Located { get; }

        public bool IsBuiltIn { get; }
    }
}
