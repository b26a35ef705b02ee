namespace SmtpCodes.Analyzers;

/// <summary>The rule ids, their shared category, and the keys of <c>Diagnostic.Properties</c> that the code fixes read.</summary>
public static class DiagnosticIds
{
    public const string ReplyCodeLiteral = "SMTP001";
    public const string HandWrittenClassCheck = "SMTP002";
    public const string EnhancedStatusCodeString = "SMTP003";
    public const string UndefinedReplyCode = "SMTP004";
    public const string HandWrittenReply = "SMTP005";

    /// <summary>One category for every rule, so <c>dotnet_analyzer_diagnostic.category-SmtpCodes.severity</c> switches them all.</summary>
    public const string Category = "SmtpCodes";
}

/// <summary>Keys of the properties a diagnostic hands to its code fix.</summary>
public static class PropertyKeys
{
    /// <summary>Metadata name of the enum (or struct) whose member replaces the literal.</summary>
    public const string TypeMetadataName = "TypeMetadataName";

    /// <summary>Name of the member that replaces the literal.</summary>
    public const string MemberName = "MemberName";

    /// <summary>SMTP002: the generated method to call, <c>IsSuccess</c>, <c>IsIntermediate</c>, <c>IsTransient</c>, <c>IsPermanent</c> or <c>GetClass</c>.</summary>
    public const string ClassMethod = "ClassMethod";

    /// <summary>SMTP002: <c>true</c> when the <c>IsX()</c> call is negated (<c>!IsSuccess()</c>).</summary>
    public const string ClassNegated = "ClassNegated";

    /// <summary>SMTP002: for <c>GetClass</c>, the comparison: <c>&gt;=</c>, <c>&lt;</c>, <c>==</c> or <c>!=</c>.</summary>
    public const string ClassOperator = "ClassOperator";

    /// <summary>SMTP002: for <c>GetClass</c>, the <c>SmtpReplyClass</c> member compared with (<c>Transient</c>).</summary>
    public const string ClassName = "ClassName";

    /// <summary>SMTP002: metadata name of the generated <c>SmtpReplyClass</c> enum.</summary>
    public const string ReplyClassMetadataName = "ReplyClassMetadataName";

    /// <summary>SMTP003: the nested class (<c>Success</c>, <c>Transient</c>, <c>Permanent</c>) that holds the member.</summary>
    public const string NestedClassName = "NestedClassName";

    /// <summary>SMTP005: the enhanced code's member in its nested class (<c>BadDestinationMailboxAddress</c>).</summary>
    public const string EnhancedMemberName = "EnhancedMemberName";

    /// <summary>SMTP005: how many characters of the string come before the reply's text (<c>"550 5.1.1 "</c> is 10).</summary>
    public const string ReplyTextStart = "ReplyTextStart";

    /// <summary>SMTP005: <c>true</c> when the fix also turns <c>TextWriter.WriteLine</c> into <c>Write</c> (the formatter ends the line in CR LF).</summary>
    public const string WriteInsteadOfWriteLine = "WriteInsteadOfWriteLine";

    /// <summary>SMTP003: how the literal is used, which decides what the fix writes (see <see cref="EnhancedCodeShapes"/>).</summary>
    public const string Shape = "Shape";
}

/// <summary>SMTP003 shapes: what the code fix rewrites.</summary>
public static class EnhancedCodeShapes
{
    /// <summary><c>SmtpEnhancedStatusCode.Parse("5.1.1")</c>: the whole call becomes the member.</summary>
    public const string Parse = "Parse";

    /// <summary><c>code.ToString() == "5.1.1"</c>: the comparison becomes <c>code == member</c>.</summary>
    public const string ToStringComparison = "ToStringComparison";

    /// <summary>A string carrier: the literal becomes <c>member.ToString()</c>.</summary>
    public const string Text = "Text";

    /// <summary>
    /// <c>ex.Message.Contains("5.7.1")</c>: the search becomes a comparison of the diagnosed reply's enhanced code,
    /// <c>ex.Diagnose().EnhancedCode == member</c> (or <c>SmtpReply.Diagnose(ex.Message)</c> without the extension).
    /// </summary>
    public const string ExceptionText = "ExceptionText";
}
