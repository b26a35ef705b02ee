using System;
using System.Collections.Generic;
using System.Linq;
using SmtpCodes.Generators.Model;
using Layout = SmtpCodes.SmtpCatalogLayout;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// The detail texts of <c>SmtpEnhancedStatusCode</c> as string tables indexed by <c>subject * stride + detail</c>,
/// the stride being one more than the catalog's largest detail (the built-in registry: details up to 30, so 8
/// subjects of 31 slots for its 87 codes). A vendor detail beyond the stride never reaches the table, so it cannot
/// land in the next subject's slots; it falls back as the switch's default did.
/// </summary>
internal sealed class EnhancedDetailTable
{
    private readonly StringTable table;
    private readonly int stride;
    private readonly List<EnhancedCodeSpec> details;

    private EnhancedDetailTable(StringTable table, int stride, List<EnhancedCodeSpec> details)
    {
        this.table = table;
        this.stride = stride;
        this.details = details;
    }

    /// <summary>Tables for these detail rows, or null when their keys are too spread out (the caller then writes switches).</summary>
    public static EnhancedDetailTable? For(List<EnhancedCodeSpec> details)
    {
        if (details.Count == 0)
        {
            return null;
        }

        var stride = details.Max(entry => entry.Detail) + 1;
        var table = StringTable.For(details.Select(entry => Key(entry, stride)));
        return table is null ? null : new EnhancedDetailTable(table, stride, details);
    }

    public void WriteLookup(SourceWriter writer, string holder, string fallback)
    {
        writer.Line("// A table rather than a switch over the registry's sparse subject and detail pairs: one comparison and one load, no mispredicted branches.");
        var key = "(" + Layout.SubjectField + " * " + stride + ") + " + Layout.DetailField;
        table.WriteLookup(writer, Layout.DetailField + " < " + stride + " ? " + table.Slot(key) + " : -1", key, holder, fallback);
    }

    public void WriteHolder(SourceWriter writer, GenerationSpec spec, string holder, Func<EnhancedCodeSpec, string?> text) =>
        table.WriteHolder(writer, spec, holder, details.Select(entry => (Key(entry, stride), text(entry))), key => "X." + (key / stride) + "." + (key % stride), key => key % stride % 10 == 0);

    private static int Key(EnhancedCodeSpec entry, int stride) => (entry.Subject * stride) + entry.Detail;
}
