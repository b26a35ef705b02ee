using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>How densely the synthetic code base handles SMTP and HTTP codes.</summary>
public enum CodeMix
{
    /// <summary>Every method compares SMTP and HTTP codes: an SMTP finding on about every sixth line, a worst case.</summary>
    SmtpInEveryMethod,

    /// <summary>
    /// One method in 50 handles SMTP codes as above and one in 10 compares HTTP codes only; the others work on lists and
    /// strings with the same shapes of literals (comparisons, ranges, switches). Closer to an application that sends mail.
    /// </summary>
    SmtpInOneMethodOf50,
}

/// <summary>
/// A synthetic code base that handles SMTP and HTTP status codes side by side: SMTP codes in members marked with
/// the generated attributes (which the analyzers must flag: literals, hand-written class checks, enhanced codes as
/// strings), HTTP codes in look-alike members of HTTP-named types (which they must leave alone). Every method has the
/// same number of lines whatever the mix, so both mixes compile the same amount of code.
/// </summary>
internal static class SyntheticCodeBase
{
    private const int MethodsPerFile = 70;

    public static IReadOnlyList<string> Files(int count, CodeMix mix = CodeMix.SmtpInEveryMethod)
    {
        var files = new List<string>(count);
        for (var file = 0; file < count; file++)
        {
            files.Add(File(file, mix));
        }

        return files;
    }

    private static string File(int file, CodeMix mix)
    {
        var builder = new StringBuilder();
        builder.Append("using System.Collections.Generic;\nusing SmtpCodes;\n\nnamespace Synthetic.Part").Append(file.ToString(CultureInfo.InvariantCulture)).Append("\n{\n");
        builder.Append("    public sealed class SmtpFailure\n    {\n        [SmtpReplyCode]\n        public int Code { get; set; }\n\n");
        builder.Append("        [SmtpEnhancedStatusCode]\n        public string Enhanced { get; set; } = \"\";\n    }\n\n");
        builder.Append("    public sealed class HttpResult\n    {\n        public int StatusCode { get; set; }\n    }\n\n");
        builder.Append("    public static class Handlers\n    {\n");
        for (var method = 0; method < MethodsPerFile; method++)
        {
            var index = (file * MethodsPerFile) + method;
            builder.Append("        public static int Handle").Append(method).Append("(SmtpFailure smtp, HttpResult http, List<int> items, string name)\n        {\n");
            builder.Append("            var score = ").Append(method).Append(";\n");
            if (mix == CodeMix.SmtpInEveryMethod || index % 50 == 0)
            {
                AppendSmtpLines(builder);
            }
            else
            {
                AppendListLines(builder);
            }

            if (mix == CodeMix.SmtpInEveryMethod || index % 10 == 0)
            {
                AppendHttpLines(builder);
            }
            else
            {
                AppendStringLines(builder);
            }
        }

        builder.Append("    }\n}\n");
        return builder.ToString();
    }

    /// <summary>Three SMTP findings (SMTP001, SMTP002, SMTP003).</summary>
    private static void AppendSmtpLines(StringBuilder builder)
    {
        builder.Append("            if (smtp.Code == 550) { score += 1; }\n");
        builder.Append("            if (smtp.Code >= 400 && smtp.Code < 500) { score += 2; }\n");
        builder.Append("            if (smtp.Enhanced == \"5.1.1\") { score += 3; }\n");
    }

    /// <summary>The same shapes on a list: nothing to report.</summary>
    private static void AppendListLines(StringBuilder builder)
    {
        builder.Append("            if (items.Count == 3) { score += 1; }\n");
        builder.Append("            if (items.Count >= 10 && items.Count < 20) { score += 2; }\n");
        builder.Append("            if (name == \"none\") { score += 3; }\n");
    }

    /// <summary>HTTP codes in a member named like an SMTP one, on a type named for HTTP: nothing to report.</summary>
    private static void AppendHttpLines(StringBuilder builder)
    {
        builder.Append("            if (http.StatusCode == 404) { score += 4; }\n");
        builder.Append("            if (http.StatusCode >= 500 && http.StatusCode < 600) { score += 5; }\n");
        builder.Append("            switch (http.StatusCode)\n            {\n");
        builder.Append("                case 200: score += 6; break;\n                case 301: score += 7; break;\n            }\n\n");
        builder.Append("            return score + smtp.Code + http.StatusCode;\n        }\n\n");
    }

    private static void AppendStringLines(StringBuilder builder)
    {
        builder.Append("            if (items.Contains(42)) { score += 4; }\n");
        builder.Append("            if (name.Length >= 5 && name.Length < 60) { score += 5; }\n");
        builder.Append("            switch (items.Count % 4)\n            {\n");
        builder.Append("                case 1: score += 6; break;\n                case 2: score += 7; break;\n            }\n\n");
        builder.Append("            return score + items.Count + name.Length;\n        }\n\n");
    }
}
