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
    private readonly DictionaryOptions _global;
    private readonly DictionaryOptions _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string> perFile)
    {
        _global = new DictionaryOptions(global, null);
        _perFile = new DictionaryOptions(perFile, _global);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _perFile;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _global;

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
        private readonly IReadOnlyDictionary<string, string> _values;
        private readonly DictionaryOptions? _fallback;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values, DictionaryOptions? fallback)
        {
            _values = values;
            _fallback = fallback;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (_values.TryGetValue(key, out value))
            {
                return true;
            }

            value = null;
            return _fallback is not null && _fallback.TryGetValue(key, out value);
        }
    }
}
