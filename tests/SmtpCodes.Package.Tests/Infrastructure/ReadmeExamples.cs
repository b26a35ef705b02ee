using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>
/// The ```csharp blocks of a README, each made a source file as a user pastes it: a block of statements goes into a
/// method (its using directives stay at the top of the file), a block that declares types is the file as it is.
/// </summary>
internal static class ReadmeExamples
{
    private static readonly Regex Block = new(@"^```csharp\r?\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);
    private static readonly Regex TypeDeclaration = new(@"^(\s*\[[^\]]*\]\s*)*(public |internal |static |sealed |partial |abstract |readonly )*(class|struct|record|interface|enum|namespace) ", RegexOptions.Multiline);

    public static IReadOnlyList<string> CSharpBlocks(string markdown)
        => Block.Matches(markdown).Select(match => match.Groups["code"].Value).ToList();

    public static string AsSourceFile(string block, string className)
    {
        if (TypeDeclaration.IsMatch(block))
        {
            return block;
        }

        string[] lines = block.Replace("\r\n", "\n").Split('\n');
        string[] usings = lines.TakeWhile(line => line.StartsWith("using ", System.StringComparison.Ordinal) || line.Trim().Length == 0).ToArray();
        bool isAsync = block.Contains("await ", System.StringComparison.Ordinal);
        var file = new StringBuilder();
        foreach (string line in usings.Where(line => line.Length > 0))
        {
            file.AppendLine(line);
        }

        file.AppendLine($"internal static class {className}");
        file.AppendLine("{");
        file.AppendLine(isAsync ? "    internal static async System.Threading.Tasks.Task Run()" : "    internal static void Run()");
        file.AppendLine("    {");
        foreach (string line in lines.Skip(usings.Length))
        {
            file.AppendLine("        " + line);
        }

        file.AppendLine("    }");
        file.AppendLine("}");
        return file.ToString();
    }
}
