using System.Collections.Generic;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit;

/// <summary>Emits the fixed enums (class, category, subject, reason, bounce kind, party, action, list type) of <see cref="Vocabulary.GeneratedEnums"/>.</summary>
internal static class EnumsEmitter
{
    public static SourceFile Emit(GenerationSpec spec)
    {
        var writer = SourceEmitter.Begin(spec);
        var enums = Vocabulary.GeneratedEnums;
        for (var index = 0; index < enums.Count; index++)
        {
            WriteEnum(writer, spec, enums[index].TypeName, enums[index].Summary, enums[index].Terms, last: index == enums.Count - 1);
        }

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
