using System.Collections.Generic;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit;

/// <summary>Emits the fixed enums (class, category, reason, bounce kind, party, action, subject, list type) from the vocabulary.</summary>
internal static class EnumsEmitter
{
    private static readonly VocabularyTerm[] Categories =
    {
        new("syntax", "Syntax", 0, "x0z: syntax errors, and syntactically correct commands that fit no functional category."),
        new("information", "Information", 1, "x1z: replies to requests for information, such as status or help."),
        new("connections", "Connections", 2, "x2z: replies about the transmission channel."),
        new("unspecified3", "Unspecified3", 3, "x3z: not specified by RFC 5321 (used by authentication and TLS extensions)."),
        new("unspecified4", "Unspecified4", 4, "x4z: not specified by RFC 5321."),
        new("mail-system", "MailSystem", 5, "x5z: the status of the receiver mail system for the requested transfer."),
        new("unknown", "Unknown", 9, "Not a valid SMTP reply code."),
    };

    private static readonly VocabularyTerm[] Subjects =
    {
        new("other", "Other", 0, "X.0.X: other or undefined status."),
        new("addressing", "Addressing", 1, "X.1.X: addressing status (originator or recipient address)."),
        new("mailbox", "Mailbox", 2, "X.2.X: mailbox status (the recipient's mailbox)."),
        new("mail-system", "MailSystem", 3, "X.3.X: mail system status (the destination host)."),
        new("network", "Network", 4, "X.4.X: network and routing status."),
        new("protocol", "Protocol", 5, "X.5.X: mail delivery protocol status."),
        new("content", "Content", 6, "X.6.X: message content or media status."),
        new("security", "Security", 7, "X.7.X: security or policy status."),
    };

    public static SourceFile Emit(GenerationSpec spec)
    {
        var writer = SourceEmitter.Begin(spec);
        WriteEnum(writer, spec, "SmtpReplyClass", "The class of an SMTP reply: its first digit (RFC 5321, section 4.2.1).", Vocabulary.Classes);
        WriteEnum(writer, spec, "SmtpReplyCategory", "The category of an SMTP reply: its second digit (RFC 5321, section 4.2.1).", Categories);
        WriteEnum(writer, spec, "SmtpStatusSubject", "The subject of an enhanced status code: its second number (RFC 3463).", Subjects);
        WriteEnum(writer, spec, "SmtpBounceReason", "Why a message bounced, in the names bounce classifiers share (Sisimai's), plus Greylisted.", Vocabulary.Reasons);
        WriteEnum(writer, spec, "SmtpBounceKind", "Whether a failure is a hard bounce (stop sending to the address) or a soft one.", Vocabulary.BounceKinds);
        WriteEnum(writer, spec, "SmtpResponsibleParty", "Who must act to resolve a failure.", Vocabulary.Parties);
        WriteEnum(writer, spec, "SmtpRecommendedAction", "What to do about a failure.", Vocabulary.Actions);
        WriteEnum(writer, spec, "SmtpBlocklistType", "What a DNS blocklist holds.", Vocabulary.ListTypes, last: true);
        return SourceEmitter.End(writer, "SmtpEnums.g.cs");
    }

    private static void WriteEnum(SourceWriter writer, GenerationSpec spec, string name, string summary, IReadOnlyList<VocabularyTerm> terms, bool last = false)
    {
        writer.Doc(summary);
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Open(spec.Options.Accessibility + " enum " + name);
        foreach (var term in terms)
        {
            writer.Doc(term.Summary);
            writer.Line(term.MemberName + " = " + term.Value + ",");
        }

        writer.Close();
        if (!last)
        {
            writer.Line();
        }
    }
}
