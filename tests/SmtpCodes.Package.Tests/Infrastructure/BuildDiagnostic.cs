using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>One diagnostic line of MSBuild output: <c>/path/File.cs(14,36): warning SMTP001: message [project]</c>.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Pattern = new(
        @"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error|info) (?<id>[A-Za-z]+\d+): (?<message>[^\r\n]*?)(?: \[[^\]\r\n]*\])?[ \t\r]*$",
        RegexOptions.Multiline);

    /// <summary>Every distinct diagnostic of the output (MSBuild repeats them in its summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output)
        => Pattern.Matches(output)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                StripHelpLink(match.Groups["message"].Value)))
            .Distinct()
            .ToList();

    /// <summary>The build prints the rule's help link after the message; a format run does not.</summary>
    private static string StripHelpLink(string message)
        => Regex.Replace(message, @" \(https?://[^)]*\)$", string.Empty);

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}
