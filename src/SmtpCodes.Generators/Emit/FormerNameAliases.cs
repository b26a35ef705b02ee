using System;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// Writes a member's former names (the catalog's <c>former_names</c>) right after it: each an alias of the same value,
/// obsolete (a warning that says the new name) and hidden from completion, so code written with an old name still compiles
/// and the IDE offers only the new one. The member comes first: lookups, switches and the analyzers' code fixes name it, never an alias.
/// </summary>
internal static class FormerNameAliases
{
    /// <param name="code">The code as it is written (<c>571</c>, <c>5.7.1</c>).</param>
    /// <param name="declaration">The declaration of an alias named by its argument.</param>
    public static void Write(SourceWriter writer, string name, EquatableArray<string> formerNames, string code, string title, Func<string, string> declaration)
    {
        foreach (var former in formerNames)
        {
            writer.Doc(code + ": the former name of " + name + ", kept so that code written with it still compiles.");
            writer.Line("[global::System.Obsolete(" + Literals.String(former + " was renamed " + name + ": the same code, " + code + " " + title + ".") + ")]");
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Line(declaration(former));
        }
    }
}
