using System.Linq;
using SmtpCodes.Generators.Catalog;
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
        WriteLookup(writer, "string", "GetTitle", "The title of the class.", digit => Literals.String(ClassFallbacks.ByClass[digit].Title), Literals.String(ClassFallbacks.UnknownTitle));
        writer.Line();
        WriteLookup(writer, "string", "GetDescription", "What a reply of the class means.", digit => Literals.String(ClassFallbacks.ByClass[digit].Description), Literals.String(ClassFallbacks.UnknownDescription));
        writer.Line();
        WriteLookup(writer, "SmtpBounceReason", "GetDefaultReason", "The bounce reason of a reply known only by its class.", digit => Vocabulary.Member(ClassificationPolicy.ClassDefaults(digit).Reason), Vocabulary.Member(BounceReason.Undefined));
        writer.Line();
        WriteLookup(writer, "SmtpBounceKind", "GetDefaultBounce", "The bounce kind of a reply known only by its class: failures are soft until a reason says otherwise.", digit => Vocabulary.Member(ClassificationPolicy.DefaultBounce(digit, ClassificationPolicy.ClassDefaults(digit).Reason)), Vocabulary.Member(BounceKind.None));
        writer.Line();
        WriteLookup(writer, "SmtpResponsibleParty", "GetDefaultParty", "Who acts on a reply known only by its class.", digit => Vocabulary.Member(ClassificationPolicy.ClassDefaults(digit).Party), Vocabulary.Member(ResponsibleParty.Nobody));
        writer.Line();
        WriteLookup(writer, "SmtpRecommendedAction", "GetDefaultAction", "What to do about a reply known only by its class.", digit => Vocabulary.Member(ClassificationPolicy.ClassDefaults(digit).Action), Vocabulary.Member(RecommendedAction.None));
        writer.Close();
    }

    private static void WriteLookup(
        SourceWriter writer,
        string returnType,
        string method,
        string summary,
        System.Func<int, string> result,
        string unknown)
    {
        writer.Doc(summary);
        writer.Open("public static " + returnType + " " + method + "(this SmtpReplyClass replyClass)");
        var cases = ClassFallbacks.ByClass.OrderBy(pair => pair.Key)
            .Select(pair => (Vocabulary.Member((ReplyClass)pair.Key), (string?)result(pair.Key)));
        SwitchWriter.Write(writer, "replyClass", cases, "return " + unknown + ";");
        writer.Close();
    }
}
