using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmtpCodes.Generators;

namespace SmtpCodes.Testing;

/// <summary>
/// MSBuild's and .editorconfig's view of a project as generators and analyzers see it: global build properties
/// (<c>build_property.*</c>) for everything; per-file options (an .editorconfig section) for the syntax trees, over the
/// global ones; and the item metadata of AdditionalFiles (catalog files carry <c>SmtpCodesCatalog=true</c>).
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions global;
    private readonly DictionaryOptions perFile;
    private readonly DictionaryOptions catalogFile;
    private readonly HashSet<string> catalogPaths;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string>? perFile = null, IEnumerable<string>? catalogPaths = null)
    {
        this.global = new DictionaryOptions(global, null);
        this.perFile = new DictionaryOptions(perFile ?? new Dictionary<string, string>(), this.global);
        catalogFile = new DictionaryOptions(new Dictionary<string, string> { [SmtpCodesGenerator.CatalogMetadata] = "true" }, this.global);
        this.catalogPaths = (catalogPaths ?? Enumerable.Empty<string>()).ToHashSet();
    }

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => perFile;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => catalogPaths.Contains(textFile.Path) ? catalogFile : global;

    /// <summary>Reads <c>key = value</c> lines, as written under <c>[*.cs]</c> of an .editorconfig.</summary>
    public static Dictionary<string, string> ParseLines(string? lines)
    {
        var values = new Dictionary<string, string>();
        foreach (var line in (lines ?? string.Empty).Split('\n'))
        {
            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                values[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
            }
        }

        return values;
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values, DictionaryOptions? fallback) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => fallback is null ? values.Keys : values.Keys.Union(fallback.Keys);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (values.TryGetValue(key, out value))
            {
                return true;
            }

            return fallback is not null && fallback.TryGetValue(key, out value);
        }
    }
}
