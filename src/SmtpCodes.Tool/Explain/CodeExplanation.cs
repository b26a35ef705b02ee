using System.Collections.Generic;
using System.Globalization;

namespace SmtpCodes.Tool.Explain;

/// <summary>
/// What the generated API says about one code, in the catalog's words. A code the catalog does not know (599,
/// 5.1.99) is explained by its class: its class's title and meaning, and nothing written for other codes of its
/// subject (5.1.x texts speak of failures, which 2.1.99 is not).
/// </summary>
internal sealed record CodeExplanation(
    string Code,
    string Kind,
    bool Known,
    string? Name,
    string? Title,
    string? Class,
    string? Group,
    string? Description,
    string Reason,
    string? Bounce,
    string Party,
    string Action,
    string? Resolution)
{
    public static CodeExplanation For(SmtpCodeText code) => code.Basic is { } basic ? For(basic) : For(code.Enhanced!.Value);

    public static CodeExplanation For(SmtpReplyCode code)
    {
        var known = code.IsDefined();
        var category = code.GetCategory();
        return new CodeExplanation(
            ((int)code).ToString(CultureInfo.InvariantCulture),
            "reply",
            known,
            known ? code.ToStringFast() : null,
            Names.NullIfBlank(code.GetTitle()),
            Names.Class(code.GetClass()),
            category == SmtpReplyCategory.Unknown ? null : Names.Kebab(category.ToString()),
            Names.NullIfBlank(code.GetDescription()),
            Names.Reason(code.GetDefaultReason()),
            Names.Bounce(code.GetDefaultBounce()),
            Names.Party(code.GetDefaultParty()),
            Names.Action(code.GetDefaultAction()),
            Names.NullIfBlank(code.GetResolution()));
    }

    public static CodeExplanation For(SmtpEnhancedStatusCode code)
    {
        var known = code.IsKnown;
        return new CodeExplanation(
            code.ToString(),
            "enhanced",
            known,
            null,
            Names.NullIfBlank(code.GetTitle()),
            Names.Class(code.Class),
            Names.Kebab(code.SubjectKind.ToString()),
            known ? Names.NullIfBlank(code.GetDescription()) : null,
            Names.Reason(code.GetDefaultReason()),
            Names.Bounce(code.GetDefaultBounce()),
            Names.Party(code.GetDefaultParty()),
            Names.Action(code.GetDefaultAction()),
            Names.NullIfBlank(code.GetResolution()));
    }

    /// <summary>The lines a person reads; a field without a value is left out, never printed empty.</summary>
    public IReadOnlyList<(string Label, string Value)> Lines()
    {
        var lines = new List<(string Label, string Value)>
        {
            ("Code", Code + (Known
                ? Name is null ? " (IANA registry)" : " (" + Name + ")"
                : Kind == "reply" ? " (not in the catalog: explained by its class)" : " (not in the registry: explained by its class and subject)")),
        };
        Add(lines, "Title", Title);
        Add(lines, "Class", Class + (Group is null ? string.Empty : " / " + Group));
        Add(lines, "Description", Description);
        Add(lines, "Reason", Reason + (Bounce is null ? string.Empty : " (" + Bounce + " bounce)"));
        Add(lines, "Who must act", Party);
        Add(lines, "Action", Action);
        Add(lines, "Resolution", Resolution);
        return lines;
    }

    private static void Add(List<(string Label, string Value)> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add((label, value!));
        }
    }
}
