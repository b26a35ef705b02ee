using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Infrastructure;
using SmtpCodes.Generators.Model;
using SmtpCodes.Shared;
using Layout = SmtpCodes.SmtpCatalogLayout;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// Emits the catalog's part of the <c>SmtpEnhancedStatusCode</c> struct (RFC 3463 class.subject.detail): lookups
/// keyed by subject and detail, and a static member per registry code and class
/// (<c>SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress</c> is 5.1.1). The value itself (parsing,
/// equality) is the engine file SmtpEnhancedStatusCode.Value.cs.
/// </summary>
internal static class EnhancedStatusCodeEmitter
{
    /// <summary>The detail texts that become tables when the registry is compact: the holder class and the catalog column.</summary>
    private static readonly (string Holder, Func<EnhancedCodeSpec, string> Text)[] DetailTexts =
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
        var details = spec.EnhancedCodes.Where(entry => entry.Code.IsDetailRow).ToList();
        var subjects = spec.EnhancedCodes.Where(entry => entry.Code.IsSubjectRow).ToList();
        var detailTable = EnhancedDetailTable.For(details);
        var writer = SourceEmitter.Begin(spec);
        // The value itself (fields, construction, parsing, equality) is the engine's SmtpEnhancedStatusCode.Value.cs, which also carries its documentation and [GeneratedCode].
        writer.Open(spec.Options.Accessibility + " readonly partial struct SmtpEnhancedStatusCode");
        WriteIsKnown(writer, details);
        WriteLookups(writer, details, subjects, detailTable);
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

    private static void WriteIsKnown(SourceWriter writer, List<EnhancedCodeSpec> details)
    {
        writer.Doc("Whether the code is one of the IANA registry: its detail is registered, for its class (vendor codes such as 5.1.10 or 5.7.606 are not, nor is 2.2.2: a full mailbox is no success). The default value, which a failed TryParse leaves, is no code and not known.");
        writer.Open("public bool IsKnown");
        writer.Open("get");
        writer.Open("if (" + Layout.ClassField + " == 0)");
        writer.Line("return false;");
        writer.Close().Line();
        SwitchWriter.Write(writer, Layout.EnhancedKey, details.Select(entry => (Key(entry), (string?)IsCodeOf(entry.Classes))), "return false;");
        writer.Close();
        writer.Close().Line();
    }

    private static void WriteLookups(SourceWriter writer, List<EnhancedCodeSpec> details, List<EnhancedCodeSpec> subjects, EnhancedDetailTable? detailTable)
    {
        WriteText(writer, "GetTitle", "The title of the code; for a detail the registry lacks, the title of its subject.", details, subjects, DetailTexts[0], detailTable);
        WriteText(writer, "GetDescription", "What the code means; for a detail the registry lacks, what its subject means.", details, subjects, DetailTexts[1], detailTable);

        writer.Doc("What to do about the code; empty for a success.");
        writer.Open("public string GetResolution()");
        writer.Open("if (" + Layout.ClassField + " == 2)");
        writer.Line("return string.Empty;");
        writer.Close().Line();
        WriteDetailText(writer, details, DetailTexts[2], detailTable, "Class.GetDescription()");
        writer.Close().Line();

        writer.Doc("The bounce reason the code means when the reply text says nothing more.");
        writer.Open("public SmtpBounceReason GetDefaultReason()");
        writer.Open("if (" + Layout.ClassField + " == 2)");
        writer.Line("return SmtpBounceReason.Delivered;");
        writer.Close().Line();
        SwitchWriter.Write(writer, Layout.EnhancedKey, Cases(details, entry => Term(entry.Meaning.Reason)), "return Class.GetDefaultReason();");
        writer.Close().Line();

        writer.Doc("Whether the code means a hard bounce: only a permanent (5.X.X) code whose reason says the address does not work.");
        writer.Open("public SmtpBounceKind GetDefaultBounce()");
        writer.Open("if (" + Layout.ClassField + " != 5)");
        writer.Line("return " + Layout.ClassField + " == 4 ? SmtpBounceKind.Soft : SmtpBounceKind.None;");
        writer.Close().Line();
        SwitchWriter.Write(writer, Layout.EnhancedKey, Cases(details, entry => Term(entry.Meaning.Bounce)), "return Class.GetDefaultBounce();");
        writer.Close().Line();

        writer.Doc("Who must act on the code when the reply text says nothing more.");
        writer.Open("public SmtpResponsibleParty GetDefaultParty()");
        writer.Open("if (" + Layout.ClassField + " == 2)");
        writer.Line("return SmtpResponsibleParty.Nobody;");
        writer.Close().Line();
        SwitchWriter.Write(writer, Layout.EnhancedKey, Cases(details, entry => Term(entry.Meaning.Party)), "return Class.GetDefaultParty();");
        writer.Close().Line();

        writer.Doc("What to do about the code when the reply text says nothing more. A transient (4.X.X) code never says to give up: the condition may pass.");
        writer.Open("public SmtpRecommendedAction GetDefaultAction()");
        writer.Open("if (" + Layout.ClassField + " == 2)");
        writer.Line("return SmtpRecommendedAction.None;");
        writer.Close().Line();
        // The engine's rule, written once (Engine/SmtpReplyRules.cs), emitted with the engine into the same namespace.
        writer.Line("return SmtpReplyRules.ActionInClass((SmtpReplyClass)" + Layout.ClassField + ", PermanentAction());");
        writer.Close().Line();
        writer.Open("private SmtpRecommendedAction PermanentAction()");
        SwitchWriter.Write(writer, Layout.EnhancedKey, Cases(details, entry => Term(entry.Meaning.Action)), "return Class.GetDefaultAction();");
        writer.Close().Line();
    }

    private static void WriteText(SourceWriter writer, string method, string summary, List<EnhancedCodeSpec> details, List<EnhancedCodeSpec> subjects, (string Holder, Func<EnhancedCodeSpec, string> Text) detailText, EnhancedDetailTable? detailTable)
    {
        var text = detailText.Text;
        writer.Doc(summary);
        writer.Open("public string " + method + "()");
        WriteDetailText(writer, details, detailText, detailTable, "Subject" + method.Substring(3) + "()");
        writer.Close().Line();
        writer.Open("private string Subject" + method.Substring(3) + "()");
        var cases = subjects.Select(entry => (entry.Subject.ToString(CultureInfo.InvariantCulture), Text(text(entry))));
        SwitchWriter.Write(writer, Layout.SubjectField, cases, "return Class." + method + "();");
        writer.Close().Line();
    }

    /// <summary>The text of a detail code, from its table or its switch, else the fallback.</summary>
    private static void WriteDetailText(SourceWriter writer, List<EnhancedCodeSpec> details, (string Holder, Func<EnhancedCodeSpec, string> Text) detailText, EnhancedDetailTable? detailTable, string fallback)
    {
        if (detailTable is null)
        {
            SwitchWriter.Write(writer, Layout.EnhancedKey, Cases(details, entry => Text(detailText.Text(entry))), "return " + fallback + ";");
        }
        else
        {
            detailTable.WriteLookup(writer, detailText.Holder, fallback);
        }
    }

    private static string? Text(string value) => value.Length == 0 ? null : Literals.String(value);

    private static void WriteHolders(SourceWriter writer, List<EnhancedCodeSpec> details)
    {
        var firstHolder = true;
        foreach (var holder in ClassHolders)
        {
            if (!firstHolder)
            {
                writer.Line();
            }

            firstHolder = false;
            writer.Doc(holder.Summary);
            writer.Open("public static class " + holder.Nested);
            var first = true;
            // Only where the registry applies the detail: 2.2.2 ("mailbox full") is no success code.
            foreach (var entry in details.Where(entry => entry.Classes.Items.Contains(holder.Class)))
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                var code = entry.Code;
                var text = holder.Class + "." + code.Subject + "." + code.DetailFrom;
                writer.Doc(text + " " + entry.Title + ".", entry.Description + (entry.Rfc.Length > 0 ? " (" + entry.Rfc + ")" : string.Empty));
                writer.Line(EnhancedCodeValueContract.Usage(holder.Class, code.Subject, code.DetailFrom));
                writer.Line("public static readonly SmtpEnhancedStatusCode " + entry.Name + " = new SmtpEnhancedStatusCode(" + holder.Class + ", " + code.Subject + ", " + code.DetailFrom + ", true);");

                // No value attribute on an alias: the analyzers map a code to the member that carries one, the new name.
                FormerNameAliases.Write(writer, entry.Name, entry.FormerNames, text, entry.Title, former => "public static readonly SmtpEnhancedStatusCode " + former + " = " + entry.Name + ";");
            }

            writer.Close();
        }
    }

    /// <summary>The condition on the class under which a detail is a code: <c>true</c> for every class, else a comparison.</summary>
    private static string IsCodeOf(EquatableArray<int> classes) => classes.Count switch
    {
        3 => "true",
        2 => Layout.ClassField + " != " + ClassHolders.Select(holder => holder.Class).Single(digit => !classes.Items.Contains(digit)),
        _ => Layout.ClassField + " == " + classes[0],
    };

    private static string Key(EnhancedCodeSpec entry) =>
        ((entry.Subject * Layout.EnhancedKeyStride) + entry.Detail).ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<(string Label, string? Result)> Cases(List<EnhancedCodeSpec> details, Func<EnhancedCodeSpec, string?> result) =>
        details.Select(entry => (Key(entry), result(entry)));

    private static string? Term<T>(T? value)
        where T : struct, Enum
        => value is { } known ? Vocabulary.Member(known) : null;
}
