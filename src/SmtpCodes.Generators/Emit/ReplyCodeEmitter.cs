using System;
using System.Linq;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// Emits the <c>SmtpReplyCode</c> enum and <c>SmtpReplyCodeExtensions</c>. The string lookups (names, titles,
/// descriptions, resolutions) and <c>IsDefined</c> read string tables indexed by <c>code - lowest code</c> when the
/// catalog's codes are compact (<see cref="StringTable.For"/>), switches otherwise; the other lookups are switches.
/// </summary>
internal static class ReplyCodeEmitter
{
    private const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

    private static readonly TextLookup Names = new("NameTable", entry => "nameof(" + Member(entry) + ")");
    private static readonly TextLookup Titles = new("TitleTable", entry => Text(entry.Title));
    private static readonly TextLookup Descriptions = new("DescriptionTable", entry => Text(entry.Description));
    private static readonly TextLookup Resolutions = new("ResolutionTable", entry => Text(entry.Resolution));

    /// <summary>A per-code string lookup: the class that holds its table, and the C# expression of a code's text (null: the fallback).</summary>
    private sealed record TextLookup(string Holder, Func<ReplyCodeSpec, string?> Expression);

    public static SourceFile Emit(GenerationSpec spec)
    {
        var writer = SourceEmitter.Begin(spec);
        WriteEnum(writer, spec);
        writer.Line();
        ReplyClassEmitter.Write(writer, spec);
        writer.Line();
        WriteExtensions(writer, spec);
        return SourceEmitter.End(writer, "SmtpReplyCode.g.cs");
    }

    private static void WriteEnum(SourceWriter writer, GenerationSpec spec)
    {
        writer.Doc("The basic SMTP reply codes of the catalog (RFC 5321 and its extensions, registry-only and observed codes).", "Any other three-digit value is still a reply: its class and category come from its digits (GetClass, GetCategory).");
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Open(spec.Options.Accessibility + " enum SmtpReplyCode");
        foreach (var entry in spec.ReplyCodes)
        {
            writer.Doc(entry.Code + " " + entry.Title + ".", Remarks(entry));
            writer.Line(entry.Name + " = " + entry.Code + ",");
            FormerNameAliases.Write(writer, entry.Name, entry.FormerNames, Label(entry.Code), entry.Title, former => former + " = " + entry.Code + ",");
        }

        writer.Close();
    }

    private static string Remarks(ReplyCodeSpec entry)
    {
        var remarks = entry.Description;
        if (entry.Resolution.Length > 0)
        {
            remarks += " What to do: " + entry.Resolution;
        }

        if (entry.Rfc.Length > 0)
        {
            remarks += " (" + entry.Rfc + ")";
        }

        return remarks;
    }

    private static void WriteExtensions(SourceWriter writer, GenerationSpec spec)
    {
        var codes = spec.ReplyCodes;
        var table = StringTable.For(codes.Select(entry => entry.Code), keysBelow: true);
        writer.Doc("Names, texts and classification of SmtpReplyCode values, as " + (table is null ? "switch statements" : "tables and switch statements") + " generated from the catalog.");
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Open(spec.Options.Accessibility + " static class SmtpReplyCodeExtensions");

        WriteTextLookup(writer, spec, table, Names, "ToStringFast", "The member name of the code, without reflection; the number as text for a value the catalog does not name.", "((int)code).ToString(global::System.Globalization.CultureInfo.InvariantCulture)");
        WriteTextLookup(writer, spec, table, Titles, "GetTitle", ClassFallback("The title of the code."), "code.GetClass().GetTitle()");
        WriteTextLookup(writer, spec, table, Descriptions, "GetDescription", ClassFallback("What the code means."), "code.GetClass().GetDescription()");
        WriteTextLookup(writer, spec, table, Resolutions, "GetResolution", ClassFallback("What to do about the code; empty for a success."), "string.Empty");

        writer.Doc("The class of the code: its first digit. Works for any value, in the catalog or not.");
        writer.Line(Inline);
        writer.Open("public static SmtpReplyClass GetClass(this SmtpReplyCode code)");
        writer.Line("var value = (int)code;");
        writer.Line("// One unsigned comparison checks both bounds; unchecked, as a project may compile with overflow checks.");
        writer.Line("// Within the bounds the value is positive: unsigned division by 100 is a multiply and a shift, signed division adds a sign fix-up.");
        writer.Line("return unchecked((uint)(value - 100)) <= 499u ? (SmtpReplyClass)(unchecked((uint)value) / 100u) : SmtpReplyClass.Unknown;");
        writer.Close().Line();

        WriteRangeCheck(writer, "IsSuccess", "Whether the code is a positive completion reply (2yz).", 200);
        WriteRangeCheck(writer, "IsIntermediate", "Whether the code is a positive intermediate reply (3yz): the server waits for more input.", 300);
        WriteRangeCheck(writer, "IsTransient", "Whether the code is a transient negative reply (4yz): the same request may succeed later.", 400);
        WriteRangeCheck(writer, "IsPermanent", "Whether the code is a permanent negative reply (5yz): do not repeat the same request unchanged.", 500);

        writer.Doc("The category of the code: its second digit (syntax, information, connections, mail system).");
        writer.Open("public static SmtpReplyCategory GetCategory(this SmtpReplyCode code)");
        writer.Line("var value = (int)code;");
        writer.Open("if (unchecked((uint)(value - 100)) > 499u)");
        writer.Line("return SmtpReplyCategory.Unknown;");
        writer.Close().Line();
        writer.Line("// Unsigned: the value is positive here, and unsigned division by a constant needs no sign fix-up.");
        writer.Line("var second = (unchecked((uint)value) / 10u) % 10u;");
        writer.Line("return second <= 5u ? (SmtpReplyCategory)second : SmtpReplyCategory.Unknown;");
        writer.Close().Line();

        WriteTermLookup(writer, spec, "GetDefaultReason", "The bounce reason the code means when the reply text says nothing more.", entry => entry.Meaning.Reason);
        WriteTermLookup(writer, spec, "GetDefaultBounce", "Whether the code alone means a hard or a soft bounce.", entry => entry.Meaning.Bounce);
        WriteTermLookup(writer, spec, "GetDefaultParty", "Who must act on the code when the reply text says nothing more.", entry => entry.Meaning.Party);
        WriteTermLookup(writer, spec, "GetDefaultAction", "What to do about the code when the reply text says nothing more.", entry => entry.Meaning.Action);

        writer.Doc("Whether the catalog defines the code.");
        writer.Line(Inline);
        writer.Line("public static bool IsDefined(this SmtpReplyCode code) => IsDefined((int)code);");
        writer.Line();
        writer.Doc("Whether the catalog defines a reply code with this value.");
        writer.Open("public static bool IsDefined(int value)");
        if (table is null)
        {
            SwitchWriter.Write(writer, "value", codes.Select(entry => (entry.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)"true")), "return false;");
        }
        else
        {
            writer.Line("// Every code of the catalog has a name: a name in the table is a defined code.");
            writer.Line("var slot = " + table.Slot("value") + ";");
            writer.Line(table.Below.Count == 0
                ? "return " + table.Contains("slot", Names.Holder) + " && " + Names.Holder + ".Values[slot] != null;"
                : "return (" + table.Contains("slot", Names.Holder) + " ? " + Names.Holder + ".Values[slot] : " + table.Outside("value", Names.Holder) + ") != null;");
        }

        writer.Close().Line();

        writer.Doc("Converts a number to a reply code when the catalog defines it.");
        writer.Open("public static bool TryFromInt(int value, out SmtpReplyCode code)");
        writer.Line("code = (SmtpReplyCode)value;");
        writer.Line("return IsDefined(value);");
        writer.Close();
        if (table is not null)
        {
            foreach (var lookup in new[] { Names, Titles, Descriptions, Resolutions })
            {
                writer.Line();
                table.WriteHolder(writer, spec, lookup.Holder, codes.Select(entry => (entry.Code, lookup.Expression(entry))), Label, code => code % 10 == 0);
            }
        }

        writer.Close();
    }

    private static string? Text(string text) => text.Length == 0 ? null : Literals.String(text);

    private static string Label(int code) => code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ClassFallback(string summary) => summary + " A code the catalog does not know is described by its class.";

    private static string Member(ReplyCodeSpec entry) => "SmtpReplyCode." + entry.Name;

    private static void WriteTextLookup(SourceWriter writer, GenerationSpec spec, StringTable? table, TextLookup lookup, string method, string summary, string fallback)
    {
        writer.Doc(summary);
        writer.Open("public static string " + method + "(this SmtpReplyCode code)");
        if (table is null)
        {
            SwitchWriter.Write(writer, "code", spec.ReplyCodes.Select(entry => (Member(entry), lookup.Expression(entry))), "return " + fallback + ";");
        }
        else
        {
            writer.Line("// A table rather than a switch over the catalog's sparse codes: one comparison and one load, no mispredicted branches.");
            table.WriteLookup(writer, table.Slot("(int)code"), "(int)code", lookup.Holder, fallback);
        }

        writer.Close().Line();
    }

    private static void WriteTermLookup<T>(SourceWriter writer, GenerationSpec spec, string method, string summary, Func<ReplyCodeSpec, T?> term)
        where T : struct, Enum
    {
        writer.Doc(summary + " A code the catalog does not know gets the default of its class.");
        writer.Open("public static " + Vocabulary.TypeName<T>() + " " + method + "(this SmtpReplyCode code)");
        var cases = spec.ReplyCodes.Select(entry => (Member(entry), term(entry) is { } value ? Vocabulary.Member(value) : null));
        SwitchWriter.Write(writer, "code", cases, "return code.GetClass()." + method + "();");
        writer.Close().Line();
    }

    private static void WriteRangeCheck(SourceWriter writer, string method, string summary, int low)
    {
        writer.Doc(summary);
        writer.Line(Inline);
        writer.Open("public static bool " + method + "(this SmtpReplyCode code)");
        writer.Line("return unchecked((uint)((int)code - " + low + ")) <= 99u;");
        writer.Close().Line();
    }
}
