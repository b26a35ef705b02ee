using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Analyzers.Tests.Infrastructure;

/// <summary>
/// .editorconfig and global options as the compiler hands them to analyzers and generators: the global ones
/// (<c>build_property.*</c>) to every file, the per-file ones to the test files only.
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions global;
    private readonly DictionaryOptions perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string> perFile)
    {
        this.global = new DictionaryOptions(global, null);
        this.perFile = new DictionaryOptions(perFile, this.global);
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => perFile;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => global;

    /// <summary>Reads <c>key = value</c> lines, as written under <c>[*.cs]</c> of an .editorconfig.</summary>
    public static Dictionary<string, string> ParseLines(string? lines)
    {
        var values = new Dictionary<string, string>();
        foreach (string line in (lines ?? string.Empty).Split('\n'))
        {
            int equals = line.IndexOf('=');
            if (equals > 0)
            {
                values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
            }
        }

        return values;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> values;
        private readonly DictionaryOptions? fallback;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values, DictionaryOptions? fallback)
        {
            this.values = values;
            this.fallback = fallback;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (values.TryGetValue(key, out value))
            {
                return true;
            }

            value = null;
            return fallback is not null && fallback.TryGetValue(key, out value);
        }
    }
}
