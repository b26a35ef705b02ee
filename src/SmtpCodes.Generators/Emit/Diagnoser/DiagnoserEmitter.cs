using System.Collections.Generic;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// Emits the reply diagnoser: <c>SmtpReply</c> (parsing), <c>SmtpDiagnosis</c> (the answer) and the tables that
/// recognise the catalog's vendor messages, text evidence and blocklists in a reply.
/// </summary>
internal static class DiagnoserEmitter
{
    public static IEnumerable<SourceFile> Emit(GenerationSpec spec)
    {
        var parser = SourceEmitter.Begin(spec);
        Template.Write(parser, spec, ReplyParserTemplate.Text);
        yield return SourceEmitter.End(parser, "SmtpReply.g.cs");

        var diagnosis = SourceEmitter.Begin(spec);
        Template.Write(diagnosis, spec, DiagnosisTemplate.Text);
        yield return SourceEmitter.End(diagnosis, "SmtpDiagnosis.g.cs");

        var tables = SourceEmitter.Begin(spec);
        CatalogMessageTables.Write(tables, spec);
        yield return SourceEmitter.End(tables, "SmtpReply.CatalogMessages.g.cs");
    }
}
