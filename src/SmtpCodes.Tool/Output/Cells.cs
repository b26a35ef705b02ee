namespace SmtpCodes.Tool;

/// <summary>Table cells on one line: line breaks become spaces, and a long value is cut with an ellipsis.</summary>
internal static class Cells
{
    /// <summary>The start of <paramref name="text"/>, for text whose beginning says the most (a reply).</summary>
    public static string Clip(string text, int width)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= width ? line : line.Substring(0, width - 1) + "…";
    }

    /// <summary>The end of <paramref name="text"/>, for a path, whose file name says the most.</summary>
    public static string ClipStart(string text, int width)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= width ? line : "…" + line.Substring(line.Length - width + 1);
    }
}
