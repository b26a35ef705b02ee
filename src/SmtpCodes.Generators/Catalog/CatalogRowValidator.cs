using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmtpCodes.Generators.Diagnostics;
using SmtpCodes.Generators.Infrastructure;
using static SmtpCodes.Generators.Catalog.CatalogColumns;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// Checks one row against the schema and turns it into a <see cref="LocatedEntry"/>. Every problem of the row
/// is reported (not only the first), so a user fixes a broken row in one pass.
/// </summary>
internal static class CatalogRowValidator
{
    private static readonly string[] KindNames = { "reply", "enhanced", "vendor", "blocklist" };
    private static readonly string[] ReservedEnhancedNames = { "Success", "Transient", "Permanent" };
    private static readonly string[] ObjectMemberNames = { "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

    public static LocatedEntry? Validate(CatalogRow row, List<DiagnosticInfo> diagnostics)
    {
        var problemsBefore = diagnostics.Count;
        var report = new Reporter(row, diagnostics);

        var kindIndex = System.Array.IndexOf(KindNames, row[Kind].ToLowerInvariant());
        if (kindIndex < 0)
        {
            report.Add(Kind, CatalogDiagnostics.InvalidValue, "kind", row[Kind], string.Join(", ", KindNames));
            return null;
        }

        var kind = (CatalogKind)kindIndex;
        var code = row[Code];
        var basicCode = 0;
        EnhancedCodePattern? enhancedCode = null;
        var enhancedCodes = EquatableArray<EnhancedCodePattern>.Empty;
        var replyClass = ReadTerm<ReplyClass>(row, report, Class, Vocabulary.Classes, CatalogDiagnostics.InvalidValue, "class");
        var isFailure = kind is CatalogKind.Vendor or CatalogKind.Blocklist;

        switch (kind)
        {
            case CatalogKind.Reply:
                basicCode = ReadBasicCode(row, report, required: true);
                if (basicCode != 0)
                {
                    CheckClass(row, report, replyClass, basicCode / 100);
                    isFailure = basicCode >= 400;
                }

                break;

            case CatalogKind.Enhanced:
                enhancedCode = ReadEnhancedCode(row, report);
                if (enhancedCode is not null)
                {
                    if (enhancedCode.IsClassRow)
                    {
                        CheckClass(row, report, replyClass, enhancedCode.Class);
                    }

                    isFailure = enhancedCode.IsDetailRow || (enhancedCode.IsClassRow && enhancedCode.Class >= 4);
                    code = enhancedCode.ToString();
                }

                break;

            default:
                basicCode = ReadBasicCode(row, report, required: false);
                enhancedCodes = ReadEnhancedCodeList(row, report);
                break;
        }

        var classes = ReadClasses(row, report, enhancedCode?.IsDetailRow == true);
        var title = Required(row, report, kind, Title);
        Required(row, report, kind, Description);
        var name = ReadName(row, report, enhancedCode?.IsDetailRow == true);

        // A bad former name is dropped, not the row: only its own diagnostics do not skip the row.
        var beforeFormerNames = diagnostics.Count;
        var formerNames = ReadFormerNames(row, report, name, kind == CatalogKind.Reply || enhancedCode?.IsDetailRow == true, enhancedCode?.IsDetailRow == true, out var formerNameLocations);
        var formerNameProblems = diagnostics.Count - beforeFormerNames;
        var match = ReadMatch(row, report, out var contextMatch, out var fallbackMatch, out var scopedMatch, out var alignedMatch);
        if (scopedMatch.Count > 0 && basicCode == 0 && enhancedCodes.Count == 0)
        {
            // A scoped phrase's codes are what set it apart from the same words of another row: without any, it has no scope.
            report.Add(Match, CatalogDiagnostics.InvalidValue, "match marker", ScopedMarker, "a marker of a row that names a basic or enhanced code (" + ScopedMarker + " reads its phrase under the row's codes only)");
        }

        if (kind == CatalogKind.Vendor && basicCode == 0 && enhancedCodes.Count == 0 && match.Count == 0 && alignedMatch.Count == 0)
        {
            report.Add(Match, CatalogDiagnostics.MissingValue, "vendor", "code, enhanced or match", " (a message is known by at least one of them)");
        }

        if (kind is CatalogKind.Vendor or CatalogKind.Blocklist)
        {
            Required(row, report, kind, Vendor);
        }

        BlocklistType? listType = null;
        if (kind == CatalogKind.Blocklist)
        {
            Required(row, report, kind, Match);
            Required(row, report, kind, ListType);
            listType = ReadTerm<BlocklistType>(row, report, ListType, Vocabulary.ListTypes, CatalogDiagnostics.InvalidValue, "list type");
        }

        if (isFailure)
        {
            foreach (var column in new[] { Reason, Bounce, Party, Action, Resolution })
            {
                Required(row, report, kind, column);
            }
        }

        var reason = ReadTerm<BounceReason>(row, report, Reason, Vocabulary.Reasons, CatalogDiagnostics.UnknownReason, null);
        var bounce = ReadTerm<BounceKind>(row, report, Bounce, Vocabulary.BounceKinds, CatalogDiagnostics.InvalidValue, "bounce");
        var party = ReadTerm<ResponsibleParty>(row, report, Party, Vocabulary.Parties, CatalogDiagnostics.UnknownParty, null);
        var action = ReadTerm<RecommendedAction>(row, report, Action, Vocabulary.Actions, CatalogDiagnostics.UnknownAction, null);

        if (diagnostics.Count - formerNameProblems > problemsBefore)
        {
            return null;
        }

        var entry = new CatalogEntry(
            kind,
            code,
            basicCode,
            enhancedCode,
            enhancedCodes,
            match,
            contextMatch,
            fallbackMatch,
            scopedMatch,
            alignedMatch,
            row[Vendor],
            name,
            formerNames,
            replyClass,
            classes,
            title,
            reason,
            bounce,
            party,
            action,
            listType,
            row[Description],
            row[Resolution],
            row[Rfc],
            row[Source]);
        return new LocatedEntry(entry, row.LocationOf(Code), row.LocationOf(Name), formerNameLocations);
    }

    private static int ReadBasicCode(CatalogRow row, Reporter report, bool required)
    {
        var text = row[Code];
        if (text.Length == 0 && !required)
        {
            return 0;
        }

        if (text.Length != 3 || text[0] < '1' || text[0] > '5' || !char.IsDigit(text[1]) || !char.IsDigit(text[2]) || text[1] > '9' || text[2] > '9')
        {
            report.Add(Code, CatalogDiagnostics.InvalidReplyCode, text);
            return 0;
        }

        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static EnhancedCodePattern? ReadEnhancedCode(CatalogRow row, Reporter report)
    {
        var text = row[Code];
        var pattern = EnhancedCodeSyntax.TryParse(text, out var error);
        if (pattern is not null && !pattern.IsClassRow && !pattern.IsSubjectRow && !pattern.IsDetailRow)
        {
            error = "an enhanced row is a class (5.X.X), a subject (X.1.X) or a detail code of every class (X.1.1)";
            pattern = null;
        }

        if (pattern is null)
        {
            report.Add(Code, CatalogDiagnostics.InvalidEnhancedCode, text, error);
        }

        return pattern;
    }

    private static EquatableArray<EnhancedCodePattern> ReadEnhancedCodeList(CatalogRow row, Reporter report)
    {
        var patterns = new List<EnhancedCodePattern>();
        foreach (var text in Split(row[Enhanced]))
        {
            var pattern = EnhancedCodeSyntax.TryParse(text, out var error);
            if (pattern is not null && pattern.Subject == EnhancedCodePattern.Any)
            {
                (pattern, error) = (null, "a message's enhanced code names a subject, for example 5.7.X");
            }

            if (pattern is null)
            {
                report.Add(Enhanced, CatalogDiagnostics.InvalidEnhancedCode, text, error);
                continue;
            }

            patterns.Add(pattern);
        }

        return patterns.ToEquatableArray();
    }

    /// <summary>
    /// The classes of a detail code (the <c>classes</c> column, such as <c>4|5</c>): each of 2, 4 and 5 at most once,
    /// in ascending order; every class when the column is empty. Only a detail code has classes.
    /// </summary>
    private static EquatableArray<int> ReadClasses(CatalogRow row, Reporter report, bool isDetailRow)
    {
        var text = row[Classes];
        if (text.Length == 0)
        {
            return isDetailRow ? EveryClass : EquatableArray<int>.Empty;
        }

        if (!isDetailRow)
        {
            report.Add(Classes, CatalogDiagnostics.InvalidValue, "classes", text, "nothing (only a detail code such as X.1.1 has classes)");
            return EquatableArray<int>.Empty;
        }

        var classes = new SortedSet<int>();
        foreach (var part in text.Split('|'))
        {
            var digit = part.Trim();
            if (digit is not ("2" or "4" or "5") || !classes.Add(digit[0] - '0'))
            {
                report.Add(Classes, CatalogDiagnostics.InvalidValue, "classes", text, "2, 4, 5, each at most once, joined by | (4|5)");
                return EquatableArray<int>.Empty;
            }
        }

        return classes.ToEquatableArray();
    }

    private static readonly EquatableArray<int> EveryClass = new[] { 2, 4, 5 }.ToEquatableArray();

    private static void CheckClass(CatalogRow row, Reporter report, ReplyClass? declaredClass, int firstDigit)
    {
        if (declaredClass is { } declared && declared != (ReplyClass)firstDigit)
        {
            report.Add(Class, CatalogDiagnostics.ClassContradictsCode, row[Class], row[Code], Vocabulary.Classes[firstDigit].CsvValue);
        }
    }

    private static string ReadName(CatalogRow row, Reporter report, bool isEnhancedDetail)
    {
        var written = row[Name].Length > 0 ? row[Name] : row[Title];
        var column = row[Name].Length > 0 ? Name : Title;
        var name = IdentifierNormalizer.Normalize(written);
        if (NameProblem(name, isEnhancedDetail) is { } problem)
        {
            report.Add(column, CatalogDiagnostics.InvalidIdentifier, written, name, problem);
        }

        return name;
    }

    /// <summary>Why <paramref name="name"/> cannot be the name of a generated member, or null.</summary>
    private static string? NameProblem(string name, bool isEnhancedDetail)
    {
        var problem = IdentifierNormalizer.Problem(name);
        if (problem is null && isEnhancedDetail && ReservedEnhancedNames.Contains(name))
        {
            // A member may not share the name of the nested class that holds it (CS0542).
            problem = "the enhanced code members live in nested classes of that name";
        }

        if (problem is null && isEnhancedDetail && ObjectMemberNames.Contains(name))
        {
            // The members are static fields of nested classes, where this name hides object's member (CS0108).
            problem = "it would hide object." + name + " in the nested classes that hold the enhanced code members";
        }

        if (problem is null && name == "value__")
        {
            // The compiler's name for an enum's underlying value (CS0076).
            problem = "it is reserved for the value of an enum";
        }

        return problem;
    }

    /// <summary>
    /// The names the row's member had before (<c>former_names</c>, joined by <c>;</c>), each generated as an obsolete alias of the
    /// member, with the place of each. Only a reply code and an enhanced detail code are members; each former name is written as
    /// the identifier it was (never normalised), is not the row's own name and is given once. A bad former name is reported
    /// (SMTPGEN020) and dropped; the row itself still generates.
    /// </summary>
    private static EquatableArray<string> ReadFormerNames(CatalogRow row, Reporter report, string name, bool isMember, bool isEnhancedDetail, out EquatableArray<FileLocation> locations)
    {
        var names = new List<string>();
        var places = new List<FileLocation>();
        foreach (var (former, start) in SplitWithPlaces(row[FormerNames], ';'))
        {
            var problem = !isMember ? "only a reply code or an enhanced detail code (X.1.1) is a member that can have former names"
                : IdentifierNormalizer.Normalize(former) != former ? "a former name is written as the identifier it was: letters, digits and '_' only"
                : NameProblem(former, isEnhancedDetail)
                ?? (former == name ? "it is the row's own name" : names.Contains(former) ? "the row gives it twice" : null);
            if (problem is not null)
            {
                report.AddWithin(FormerNames, start, former.Length, CatalogDiagnostics.InvalidFormerName, former, problem);
                continue;
            }

            names.Add(former);
            places.Add(row.LocationWithin(FormerNames, start, former.Length));
        }

        locations = places.ToEquatableArray();
        return names.ToEquatableArray();
    }

    private static T? ReadTerm<T>(CatalogRow row, Reporter report, string column, IReadOnlyList<VocabularyTerm> terms, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string? what)
        where T : struct, System.Enum
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }

        var term = Vocabulary.Find(terms, text);
        if (term is not null)
        {
            return (T)System.Enum.ToObject(typeof(T), term.Value);
        }

        if (what is null)
        {
            report.Add(column, descriptor, text, Vocabulary.Spell(terms));
        }
        else
        {
            report.Add(column, descriptor, what, text, Vocabulary.Spell(terms));
        }

        return null;
    }

    private static string Required(CatalogRow row, Reporter report, CatalogKind kind, string column)
    {
        var value = row[column];
        if (value.Length == 0)
        {
            report.Add(column, CatalogDiagnostics.MissingValue, KindNames[(int)kind], column, string.Empty);
        }

        return value;
    }

    /// <summary>
    /// The match strings, joined by <c>|</c>, each whole words of a reply. One that starts with the marker <c>{context}</c> is
    /// context (returned in <paramref name="context"/> too, without the marker): its words say where or after what a failure
    /// happened (Exim's "SMTP error from remote mail server after initial connection:"), so they decide the reason only when
    /// nothing else in the reply names a cause. One that starts with <c>{fallback}</c> is a cause word (returned in
    /// <paramref name="fallback"/> too): a single word that names its row's cause on its own ("spam", "dkim"), which decides
    /// only when no other words of the reply name a cause and no enhanced code says more (catalog/README.md, "Cause words").
    /// One that starts with <c>{scoped}</c> is a scoped phrase (returned in <paramref name="scoped"/> too): read only under the
    /// row's codes, which then add nothing to its rank, and preferred to another row's match string of the same rank and
    /// length, so that under those codes the same words read this row's cause while any longer phrase beside them still
    /// decides (catalog/README.md, "Scoped phrases").
    /// One that holds <c>{...}</c> is aligned pieces (returned in <paramref name="aligned"/> only): the words on either side of
    /// each marker must occur in that order, anything between them (Sisimai's pairs, "the ip{...}is blacklisted"); no piece may
    /// be empty, and the form takes no other marker. In such an alternative a group <c>[ip/client]</c> stands for each of its words
    /// (<see cref="AlignedAlternatives"/>): the row holds every alternative it expands to, in order. Any other <c>{...}</c> before a
    /// phrase is a misspelt marker.
    /// </summary>
    private static EquatableArray<string> ReadMatch(CatalogRow row, Reporter report, out EquatableArray<string> context, out EquatableArray<string> fallback, out EquatableArray<string> scoped, out EquatableArray<EquatableArray<string>> aligned)
    {
        var phrases = new List<string>();
        var marked = new List<string>();
        var words = new List<string>();
        var scopedPhrases = new List<string>();
        var pieces = new List<EquatableArray<string>>();
        foreach (var (part, start) in SplitWithPlaces(row[Match]))
        {
            var phrase = part;
            if (phrase.IndexOf(AlignedMarker, System.StringComparison.Ordinal) >= 0)
            {
                var expansion = AlignedAlternatives.Expand(phrase);
                if (expansion.ProblemText is not null)
                {
                    report.AddWithin(Match, start + expansion.Start, expansion.Length, CatalogDiagnostics.MalformedAlternatives, phrase, expansion.ProblemText);
                    continue;
                }

                // All the alternatives a group stands for, or none: a row never keeps part of what its writer wrote once.
                var expanded = expansion.Alternatives.Select(ReadAligned).ToList();
                if (expanded.Any(ordered => ordered is null))
                {
                    report.Add(Match, CatalogDiagnostics.InvalidValue, "aligned pieces", phrase, "two or more non-empty pieces joined by " + AlignedMarker + " (\"the ip" + AlignedMarker + "is blacklisted\"), with no other marker");
                }
                else
                {
                    pieces.AddRange(expanded.Select(ordered => ordered!.Value));
                }

                continue;
            }

            if (AlignedAlternatives.GroupInLiteral(phrase) is { } group)
            {
                report.AddWithin(Match, start + group.Start, group.Length, CatalogDiagnostics.MalformedAlternatives, phrase, group.ProblemText!);
                continue;
            }

            var marker = phrase.StartsWith(ContextMarker, System.StringComparison.Ordinal) ? ContextMarker
                : phrase.StartsWith(FallbackMarker, System.StringComparison.Ordinal) ? FallbackMarker
                : phrase.StartsWith(ScopedMarker, System.StringComparison.Ordinal) ? ScopedMarker
                : null;
            if (marker is not null)
            {
                phrase = phrase.Substring(marker.Length).Trim();
                (marker == ContextMarker ? marked : marker == FallbackMarker ? words : scopedPhrases).Add(phrase);
            }
            else if (phrase.Length > 1 && phrase[0] == '{' && phrase.IndexOf('}') is var close && close > 1 && phrase.Skip(1).Take(close - 1).All(char.IsLetter))
            {
                report.Add(Match, CatalogDiagnostics.InvalidValue, "match marker", phrase.Substring(0, close + 1), ContextMarker + " (before a phrase that says only where a failure happened), " + FallbackMarker + " (before a word that names a cause on its own), " + ScopedMarker + " (before a phrase read under the row's codes only) or " + AlignedMarker + " (between pieces that must occur in order)");
                continue;
            }

            if (phrase.Length == 0)
            {
                report.Add(Match, CatalogDiagnostics.InvalidValue, "match", part, "a phrase after " + (marker ?? ContextMarker));
                continue;
            }

            phrases.Add(phrase);
        }

        context = marked.Where(phrase => phrase.Length > 0).ToEquatableArray();
        fallback = words.Where(phrase => phrase.Length > 0).ToEquatableArray();
        scoped = scopedPhrases.Where(phrase => phrase.Length > 0).ToEquatableArray();
        aligned = pieces.ToEquatableArray();
        return phrases.ToEquatableArray();
    }

    // The pieces of an alternative written with AlignedMarker, trimmed; null when one is empty (a marker at either end, or two
    // markers side by side, or a piece of control characters only, which folds to nothing and so could never be found) or a
    // piece starts with another marker ("{context}" or "{fallback}" do not combine with pieces).
    private static EquatableArray<string>? ReadAligned(string phrase)
    {
        var pieces = phrase.Split(new[] { AlignedMarker }, System.StringSplitOptions.None).Select(piece => piece.Trim()).ToList();
        return pieces.Count < 2 || pieces.Any(piece => piece.All(SmtpCatalogLayout.IsSeparator) || piece[0] == '{') ? null : pieces.ToEquatableArray();
    }

    /// <summary>The marker between aligned pieces in the <c>match</c> column (catalog/README.md, "Aligned pieces").</summary>
    public const string AlignedMarker = "{...}";

    /// <summary>The marker of a context phrase in the <c>match</c> column (catalog/README.md, "Context phrases").</summary>
    public const string ContextMarker = "{context}";

    /// <summary>The marker of a cause word in the <c>match</c> column (catalog/README.md, "Cause words").</summary>
    public const string FallbackMarker = "{fallback}";

    /// <summary>The marker of a scoped phrase in the <c>match</c> column (catalog/README.md, "Scoped phrases").</summary>
    public const string ScopedMarker = "{scoped}";

    private static EquatableArray<string> Split(string text) =>
        SplitWithPlaces(text).Select(part => part.Text).ToEquatableArray();

    // The alternatives of a column joined by the separator ('|' unless told), trimmed and non-empty, each with the index of its
    // first character in the text, so that a diagnostic can point at a character inside one.
    private static IEnumerable<(string Text, int Start)> SplitWithPlaces(string text, char separator = '|')
    {
        var start = 0;
        foreach (var part in text.Split(separator))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                yield return (trimmed, start + part.Length - part.TrimStart().Length);
            }

            start += part.Length + 1;
        }
    }

    /// <summary>Adds diagnostics located at a column of the row.</summary>
    private readonly struct Reporter
    {
        private readonly CatalogRow row;
        private readonly List<DiagnosticInfo> diagnostics;

        public Reporter(CatalogRow row, List<DiagnosticInfo> diagnostics)
        {
            this.row = row;
            this.diagnostics = diagnostics;
        }

        public void Add(string column, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] arguments) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, row.LocationOf(column), arguments));

        /// <summary>A diagnostic at characters inside a column's value (<paramref name="index"/> counts from the trimmed value's start).</summary>
        public void AddWithin(string column, int index, int length, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] arguments) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, row.LocationWithin(column, index, length), arguments));
    }
}
