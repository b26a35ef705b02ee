using System.Linq;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// Emits <c>SmtpReplyClassExtensions</c>: what a class means by itself. Reply codes and enhanced codes that
/// the catalog does not know fall back on it.
/// </summary>
internal static class ReplyClassEmitter
{
    public static void Write(SourceWriter writer, GenerationSpec spec)
    {
        writer.Doc("What an SMTP reply class means by itself (RFC 5321, section 4.2.1): the meaning of any code the catalog does not know.");
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Open(spec.Options.Accessibility + " static class SmtpReplyClassExtensions");
        WriteLookup(writer, "string", "GetTitle", "The title of the class.", fallback => Literals.String(fallback.Title), Literals.String(ClassFallbacks.UnknownTitle));
        writer.Line();
        WriteLookup(writer, "string", "GetDescription", "What a reply of the class means.", fallback => Literals.String(fallback.Description), Literals.String(ClassFallbacks.UnknownDescription));
        writer.Line();
        WriteLookup(writer, "SmtpBounceReason", "GetDefaultReason", "The bounce reason of a reply known only by its class.", fallback => "SmtpBounceReason." + fallback.Reason, "SmtpBounceReason.Undefined");
        writer.Line();
        WriteLookup(writer, "SmtpBounceKind", "GetDefaultBounce", "The bounce kind of a reply known only by its class: failures are soft until a reason says otherwise.", fallback => "SmtpBounceKind." + fallback.Bounce, "SmtpBounceKind.None");
        writer.Line();
        WriteLookup(writer, "SmtpResponsibleParty", "GetDefaultParty", "Who acts on a reply known only by its class.", fallback => "SmtpResponsibleParty." + fallback.Party, "SmtpResponsibleParty.Nobody");
        writer.Line();
        WriteLookup(writer, "SmtpRecommendedAction", "GetDefaultAction", "What to do about a reply known only by its class.", fallback => "SmtpRecommendedAction." + fallback.Action, "SmtpRecommendedAction.None");
        writer.Close();
    }

    private static void WriteLookup(
        SourceWriter writer,
        string returnType,
        string method,
        string summary,
        System.Func<(string Title, string Description, string Reason, string Bounce, string Party, string Action), string> result,
        string unknown)
    {
        writer.Doc(summary);
        writer.Open("public static " + returnType + " " + method + "(this SmtpReplyClass replyClass)");
        var cases = ClassFallbacks.ByClass.OrderBy(pair => pair.Key)
            .Select(pair => ("SmtpReplyClass." + Catalog.Vocabulary.Classes[pair.Key].MemberName, (string?)result(pair.Value)));
        SwitchWriter.Write(writer, "replyClass", cases, "return " + unknown + ";");
        writer.Close();
    }
}
