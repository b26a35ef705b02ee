using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators.Emit;

/// <summary>
/// Emits the attributes a user puts on own members that hold SMTP codes, so the analyzer knows them as
/// carriers (<c>[SmtpReplyCode] public int Code { get; }</c>).
/// </summary>
internal static class AttributesEmitter
{
    private const string Targets = "global::System.AttributeTargets.Field | global::System.AttributeTargets.Property | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue";

    public static SourceFile Emit(GenerationSpec spec)
    {
        var writer = SourceEmitter.Begin(spec);
        Write(writer, spec, "SmtpReplyCodeAttribute", "Marks a member that holds a basic SMTP reply code (such as 550), so the SmtpCodes analyzers check the numbers compared with it.");
        writer.Line();
        Write(writer, spec, "SmtpEnhancedStatusCodeAttribute", "Marks a member that holds an enhanced status code as text (such as \"5.1.1\"), so the SmtpCodes analyzers check the strings compared with it.");
        return SourceEmitter.End(writer, "SmtpCodeAttributes.g.cs");
    }

    private static void Write(SourceWriter writer, GenerationSpec spec, string name, string summary)
    {
        writer.Doc(summary);
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Line("[global::System.AttributeUsage(" + Targets + ", Inherited = true, AllowMultiple = false)]");
        writer.Open(spec.Options.Accessibility + " sealed class " + name + " : global::System.Attribute");
        writer.Close();
    }
}
