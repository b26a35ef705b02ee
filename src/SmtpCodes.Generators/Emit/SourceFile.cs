namespace SmtpCodes.Generators.Emit;

/// <summary>One generated source file.</summary>
internal sealed record SourceFile(string HintName, string Text);
