using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// Emits the <c>SmtpEnhancedStatusCode</c> struct (RFC 3463 class.subject.detail): parsing without
/// allocation, value equality, lookups keyed by subject and detail, and a static member per registry code
/// and class (<c>SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress</c> is 5.1.1).
/// </summary>
internal static class EnhancedStatusCodeEmitter
{
    /// <summary>The detail texts that become tables when the registry is compact: the holder class and the catalog column.</summary>
    private static readonly (string Holder, Func<CatalogEntry, string> Text)[] DetailTexts =
    {
        ("TitleTable", entry => entry.Title),
        ("DescriptionTable", entry => entry.Description),
        ("ResolutionTable", entry => entry.Resolution),
    };

    private static readonly (int Class, string Nested, string Summary)[] ClassHolders =
    {
        (2, "Success", "Success codes (2.X.X) of the registry."),
        (4, "Transient", "Persistent transient failure codes (4.X.X) of the registry."),
        (5, "Permanent", "Permanent failure codes (5.X.X) of the registry."),
    };

    public static SourceFile Emit(GenerationSpec spec)
    {
        var details = spec.EnhancedCodes.Where(entry => entry.EnhancedCode!.IsDetailRow).ToList();
        var subjects = spec.EnhancedCodes.Where(entry => entry.EnhancedCode!.IsSubjectRow).ToList();
        var detailTable = EnhancedDetailTable.For(details);
        var writer = SourceEmitter.Begin(spec);
        writer.Doc("An SMTP enhanced mail system status code (RFC 3463): class.subject.detail, such as 5.1.1.", "The class is 2 (success), 4 (persistent transient failure) or 5 (permanent failure); the subject is 0 to 7; the detail 0 to 999. Vendors use details beyond the IANA registry (IsKnown is false for them).");
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Open(spec.Options.Accessibility + " readonly struct SmtpEnhancedStatusCode : global::System.IEquatable<SmtpEnhancedStatusCode>");
        WriteConstruction(writer);
        WriteProperties(writer, details);
        WriteLookups(writer, details, subjects, detailTable);
        WriteParsing(writer, spec);
        WriteEquality(writer, spec);
        WriteHolders(writer, details);
        if (detailTable is not null)
        {
            foreach (var (holder, text) in DetailTexts)
            {
                writer.Line();
                detailTable.WriteHolder(writer, spec, holder, entry => Text(text(entry)));
            }
        }

        writer.Close();
        return SourceEmitter.End(writer, "SmtpEnhancedStatusCode.g.cs");
    }

    private static void WriteConstruction(SourceWriter writer)
    {
        writer.Line("private readonly int classValue;");
        writer.Line("private readonly int subjectValue;");
        writer.Line("private readonly int detailValue;");
        writer.Line();
        writer.Doc("Creates a code from its three numbers.");
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The class is not 2, 4 or 5, the subject not 0 to 7, or the detail not 0 to 999.</exception>");
        writer.Open("public SmtpEnhancedStatusCode(int @class, int subject, int detail)");
        writer.Open("if (@class != 2 && @class != 4 && @class != 5)");
        writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(@class), @class, \"The class of an enhanced status code is 2, 4 or 5.\");");
        writer.Close().Line();
        writer.Open("if (subject < 0 || subject > 7)");
        writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(subject), subject, \"The subject of an enhanced status code is 0 to 7.\");");
        writer.Close().Line();
        writer.Open("if (detail < 0 || detail > 999)");
        writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(detail), detail, \"The detail of an enhanced status code is 0 to 999.\");");
        writer.Close().Line();
        writer.Line("classValue = @class;");
        writer.Line("subjectValue = subject;");
        writer.Line("detailValue = detail;");
        writer.Close().Line();
        writer.Line("// For values already checked (parsing, the static members): no second check. The last parameter only tells this constructor apart.");
        writer.Open("private SmtpEnhancedStatusCode(int @class, int subject, int detail, bool valuesAreChecked)");
        writer.Line("classValue = @class;");
        writer.Line("subjectValue = subject;");
        writer.Line("detailValue = detail;");
        writer.Close().Line();
    }

    private static void WriteProperties(SourceWriter writer, List<CatalogEntry> details)
    {
        writer.Doc("The class: what the client must do (success, transient or permanent failure).");
        writer.Line("public SmtpReplyClass Class => (SmtpReplyClass)classValue;");
        writer.Line();
        writer.Doc("The subject number (0 to 7).");
        writer.Line("public int Subject => subjectValue;");
        writer.Line();
        writer.Doc("The detail number (0 to 999).");
        writer.Line("public int Detail => detailValue;");
        writer.Line();
        writer.Doc("What the subject concerns (addressing, mailbox, mail system, network, protocol, content, security).");
        writer.Line("public SmtpStatusSubject SubjectKind => (SmtpStatusSubject)subjectValue;");
        writer.Line();
        writer.Doc("Whether the subject and detail are a code of the IANA registry (vendor codes such as 5.1.10 or 5.7.606 are not).");
        writer.Open("public bool IsKnown");
        writer.Open("get");
        SwitchWriter.Write(writer, "Key", details.Select(entry => (Key(entry), (string?)"true")), "return false;");
        writer.Close();
        writer.Close().Line();
        writer.Line("private int Key => (subjectValue * 1000) + detailValue;");
        writer.Line();
    }

    private static void WriteLookups(SourceWriter writer, List<CatalogEntry> details, List<CatalogEntry> subjects, EnhancedDetailTable? detailTable)
    {
        WriteText(writer, "GetTitle", "The title of the code; for a detail the registry lacks, the title of its subject.", details, subjects, DetailTexts[0], detailTable);
        WriteText(writer, "GetDescription", "What the code means; for a detail the registry lacks, what its subject means.", details, subjects, DetailTexts[1], detailTable);

        writer.Doc("What to do about the code; empty for a success.");
        writer.Open("public string GetResolution()");
        writer.Open("if (classValue == 2)");
        writer.Line("return string.Empty;");
        writer.Close().Line();
        WriteDetailText(writer, details, DetailTexts[2], detailTable, "Class.GetDescription()");
        writer.Close().Line();

        writer.Doc("The bounce reason the code means when the reply text says nothing more.");
        writer.Open("public SmtpBounceReason GetDefaultReason()");
        writer.Open("if (classValue == 2)");
        writer.Line("return SmtpBounceReason.Delivered;");
        writer.Close().Line();
        SwitchWriter.Write(writer, "Key", Cases(details, entry => Term("SmtpBounceReason", entry.Reason)), "return Class.GetDefaultReason();");
        writer.Close().Line();

        writer.Doc("Whether the code means a hard bounce: only a permanent (5.X.X) code whose reason says the address does not work.");
        writer.Open("public SmtpBounceKind GetDefaultBounce()");
        writer.Open("if (classValue != 5)");
        writer.Line("return classValue == 4 ? SmtpBounceKind.Soft : SmtpBounceKind.None;");
        writer.Close().Line();
        SwitchWriter.Write(writer, "Key", Cases(details, entry => Term("SmtpBounceKind", entry.Bounce)), "return Class.GetDefaultBounce();");
        writer.Close().Line();

        writer.Doc("Who must act on the code when the reply text says nothing more.");
        writer.Open("public SmtpResponsibleParty GetDefaultParty()");
        writer.Open("if (classValue == 2)");
        writer.Line("return SmtpResponsibleParty.Nobody;");
        writer.Close().Line();
        SwitchWriter.Write(writer, "Key", Cases(details, entry => Term("SmtpResponsibleParty", entry.Party)), "return Class.GetDefaultParty();");
        writer.Close().Line();

        writer.Doc("What to do about the code when the reply text says nothing more. A transient (4.X.X) code never says to give up: the condition may pass.");
        writer.Open("public SmtpRecommendedAction GetDefaultAction()");
        writer.Open("if (classValue == 2)");
        writer.Line("return SmtpRecommendedAction.None;");
        writer.Close().Line();
        writer.Line("var action = PermanentAction();");
        writer.Line("return classValue == 4 && (action == SmtpRecommendedAction.DoNotRetry || action == SmtpRecommendedAction.RemoveAddress) ? SmtpRecommendedAction.RetryLater : action;");
        writer.Close().Line();
        writer.Open("private SmtpRecommendedAction PermanentAction()");
        SwitchWriter.Write(writer, "Key", Cases(details, entry => Term("SmtpRecommendedAction", entry.Action)), "return Class.GetDefaultAction();");
        writer.Close().Line();
    }

    private static void WriteText(SourceWriter writer, string method, string summary, List<CatalogEntry> details, List<CatalogEntry> subjects, (string Holder, Func<CatalogEntry, string> Text) detailText, EnhancedDetailTable? detailTable)
    {
        var text = detailText.Text;
        writer.Doc(summary);
        writer.Open("public string " + method + "()");
        WriteDetailText(writer, details, detailText, detailTable, "Subject" + method.Substring(3) + "()");
        writer.Close().Line();
        writer.Open("private string Subject" + method.Substring(3) + "()");
        var cases = subjects.Select(entry => (entry.EnhancedCode!.Subject.ToString(CultureInfo.InvariantCulture), Text(text(entry))));
        SwitchWriter.Write(writer, "subjectValue", cases, "return Class." + method + "();");
        writer.Close().Line();
    }

    /// <summary>The text of a detail code, from its table or its switch, else the fallback.</summary>
    private static void WriteDetailText(SourceWriter writer, List<CatalogEntry> details, (string Holder, Func<CatalogEntry, string> Text) detailText, EnhancedDetailTable? detailTable, string fallback)
    {
        if (detailTable is null)
        {
            SwitchWriter.Write(writer, "Key", Cases(details, entry => Text(detailText.Text(entry))), "return " + fallback + ";");
        }
        else
        {
            detailTable.WriteLookup(writer, detailText.Holder, fallback);
        }
    }

    private static string? Text(string value) => value.Length == 0 ? null : Literals.String(value);

    private static void WriteParsing(SourceWriter writer, GenerationSpec spec)
    {
        var nullableString = SourceEmitter.Nullable(spec, "string");
        var textType = spec.Features.HasSpan ? "global::System.ReadOnlySpan<char>" : "string";
        writer.Doc("Reads a code written as class.subject.detail (\"5.1.1\"); white space around it is allowed.");
        writer.Open("public static bool TryParse(" + nullableString + " text, out SmtpEnhancedStatusCode code)");
        writer.Open("if (text is null)");
        writer.Line("code = default(SmtpEnhancedStatusCode);");
        writer.Line("return false;");
        writer.Close().Line();
        writer.Line(spec.Features.HasSpan ? "return TryParseCore(global::System.MemoryExtensions.AsSpan(text), out code);" : "return TryParseCore(text, out code);");
        writer.Close().Line();
        if (spec.Features.HasSpan)
        {
            writer.Doc("Reads a code written as class.subject.detail (\"5.1.1\") without allocating.");
            writer.Line("public static bool TryParse(global::System.ReadOnlySpan<char> text, out SmtpEnhancedStatusCode code) => TryParseCore(text, out code);");
            writer.Line();
        }

        writer.Doc("Reads a code written as class.subject.detail (\"5.1.1\").");
        writer.Line("/// <exception cref=\"global::System.FormatException\">The text is not an enhanced status code.</exception>");
        writer.Open("public static SmtpEnhancedStatusCode Parse(string text)");
        writer.Open("if (!TryParse(text, out var code))");
        writer.Line("throw new global::System.FormatException(\"'\" + text + \"' is not an enhanced status code: expected class.subject.detail such as 5.1.1, with class 2, 4 or 5 and subject 0 to 7.\");");
        writer.Close().Line();
        writer.Line("return code;");
        writer.Close().Line();

        writer.Open("private static bool TryParseCore(" + textType + " text, out SmtpEnhancedStatusCode code)");
        writer.Line("code = default(SmtpEnhancedStatusCode);");
        writer.Line("var start = 0;");
        writer.Line("var end = text.Length;");
        writer.Open("while (start < end && char.IsWhiteSpace(text[start]))");
        writer.Line("start++;");
        writer.Close().Line();
        writer.Open("while (end > start && char.IsWhiteSpace(text[end - 1]))");
        writer.Line("end--;");
        writer.Close().Line();
        writer.Line("// class '.' subject '.' 1 to 3 detail digits: 5 to 7 characters.");
        writer.Open("if (end - start < 5 || end - start > 7 || text[start + 1] != '.' || text[start + 3] != '.')");
        writer.Line("return false;");
        writer.Close().Line();
        writer.Line("var classDigit = text[start] - '0';");
        writer.Line("var subject = text[start + 2] - '0';");
        writer.Open("if ((classDigit != 2 && classDigit != 4 && classDigit != 5) || subject < 0 || subject > 7)");
        writer.Line("return false;");
        writer.Close().Line();
        writer.Line("var detail = 0;");
        writer.Open("for (var index = start + 4; index < end; index++)");
        writer.Line("var digit = text[index] - '0';");
        writer.Open("if (digit < 0 || digit > 9)");
        writer.Line("return false;");
        writer.Close().Line();
        writer.Line("detail = (detail * 10) + digit;");
        writer.Close().Line();
        writer.Line("code = new SmtpEnhancedStatusCode(classDigit, subject, detail, true);");
        writer.Line("return true;");
        writer.Close().Line();
    }

    private static void WriteEquality(SourceWriter writer, GenerationSpec spec)
    {
        writer.Doc("The code as RFC 3463 writes it, such as \"5.1.1\".");
        writer.Line("public override string ToString() => classValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\" + subjectValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\" + detailValue.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line();
        writer.Doc("Whether both codes have the same class, subject and detail.");
        writer.Line("public bool Equals(SmtpEnhancedStatusCode other) => classValue == other.classValue && subjectValue == other.subjectValue && detailValue == other.detailValue;");
        writer.Line();
        writer.Doc("Whether the object is a code with the same class, subject and detail.");
        writer.Line("public override bool Equals(" + SourceEmitter.Nullable(spec, "object") + " obj) => obj is SmtpEnhancedStatusCode other && Equals(other);");
        writer.Line();
        writer.Doc("A hash of class, subject and detail.");
        writer.Line("public override int GetHashCode() => (((classValue * 8) + subjectValue) * 1000) + detailValue;");
        writer.Line();
        writer.Doc("Whether both codes are equal.");
        writer.Line("public static bool operator ==(SmtpEnhancedStatusCode left, SmtpEnhancedStatusCode right) => left.Equals(right);");
        writer.Line();
        writer.Doc("Whether the codes differ.");
        writer.Line("public static bool operator !=(SmtpEnhancedStatusCode left, SmtpEnhancedStatusCode right) => !left.Equals(right);");
    }

    private static void WriteHolders(SourceWriter writer, List<CatalogEntry> details)
    {
        foreach (var holder in ClassHolders)
        {
            writer.Line();
            writer.Doc(holder.Summary);
            writer.Open("public static class " + holder.Nested);
            var first = true;
            foreach (var entry in details)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                var code = entry.EnhancedCode!;
                var text = holder.Class + "." + code.Subject + "." + code.DetailFrom;
                writer.Doc(text + " " + entry.Title + ".", entry.Description + (entry.Rfc.Length > 0 ? " (" + entry.Rfc + ")" : string.Empty));
                writer.Line("public static readonly SmtpEnhancedStatusCode " + entry.Name + " = new SmtpEnhancedStatusCode(" + holder.Class + ", " + code.Subject + ", " + code.DetailFrom + ", true);");
            }

            writer.Close();
        }
    }

    private static string Key(CatalogEntry entry) =>
        ((entry.EnhancedCode!.Subject * 1000) + entry.EnhancedCode.DetailFrom).ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(string Label, string? Result)> Cases(List<CatalogEntry> details, Func<CatalogEntry, string?> result) =>
        details.Select(entry => (Key(entry), result(entry)));

    private static string? Term(string type, string member) => member.Length == 0 ? null : type + "." + member;
}
