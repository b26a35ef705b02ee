using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>
/// A synthetic code base that handles SMTP and HTTP status codes side by side: SMTP codes in members marked with
/// the generated attributes (which the analyzers must flag: literals, hand-written class checks, enhanced codes as
/// strings), HTTP codes in look-alike members of HTTP-named types (which they must leave alone).
/// </summary>
internal static class SyntheticCodeBase
{
    private const int MethodsPerFile = 70;

    public static IReadOnlyList<string> Files(int count)
    {
        var files = new List<string>(count);
        for (var file = 0; file < count; file++)
        {
            files.Add(File(file.ToString(CultureInfo.InvariantCulture)));
        }

        return files;
    }

    private static string File(string n)
    {
        var builder = new StringBuilder();
        builder.Append("using SmtpCodes;\n\nnamespace Synthetic.Part").Append(n).Append("\n{\n");
        builder.Append("    public sealed class SmtpFailure\n    {\n        [SmtpReplyCode]\n        public int Code { get; set; }\n\n");
        builder.Append("        [SmtpEnhancedStatusCode]\n        public string Enhanced { get; set; } = \"\";\n    }\n\n");
        builder.Append("    public sealed class HttpResult\n    {\n        public int StatusCode { get; set; }\n    }\n\n");
        builder.Append("    public static class Handlers\n    {\n");
        for (var method = 0; method < MethodsPerFile; method++)
        {
            builder.Append("        public static int Handle").Append(method).Append("(SmtpFailure smtp, HttpResult http)\n        {\n");
            builder.Append("            var score = ").Append(method).Append(";\n");
            builder.Append("            if (smtp.Code == 550) { score += 1; }\n");
            builder.Append("            if (smtp.Code >= 400 && smtp.Code < 500) { score += 2; }\n");
            builder.Append("            if (smtp.Enhanced == \"5.1.1\") { score += 3; }\n");
            builder.Append("            if (http.StatusCode == 404) { score += 4; }\n");
            builder.Append("            if (http.StatusCode >= 500 && http.StatusCode < 600) { score += 5; }\n");
            builder.Append("            switch (http.StatusCode)\n            {\n");
            builder.Append("                case 200: score += 6; break;\n                case 301: score += 7; break;\n            }\n\n");
            builder.Append("            return score + smtp.Code + http.StatusCode;\n        }\n\n");
        }

        builder.Append("    }\n}\n");
        return builder.ToString();
    }
}
