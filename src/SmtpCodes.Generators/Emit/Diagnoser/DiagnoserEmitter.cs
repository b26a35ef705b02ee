using System.Collections.Generic;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit.Diagnoser;

/// <summary>
/// Emits the catalog's part of the reply diagnoser: the tables that recognise the catalog's vendor messages, text
/// evidence and blocklists in a reply. <c>SmtpReply</c> and <c>SmtpDiagnosis</c> themselves are engine files
/// (src/SmtpCodes.Runtime/Engine), emitted by <see cref="Engine.EngineEmitter"/>.
/// </summary>
internal static class DiagnoserEmitter
{
    public static IEnumerable<SourceFile> Emit(GenerationSpec spec)
    {
        var tables = SourceEmitter.Begin(spec);
        CatalogMessageTables.Write(tables, spec);
        yield return SourceEmitter.End(tables, "SmtpReply.CatalogMessages.g.cs");
    }
}
