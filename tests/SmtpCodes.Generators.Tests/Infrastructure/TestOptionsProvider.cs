using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Generators.Tests.Infrastructure;

/// <summary>
/// MSBuild's view of the project as generators see it: global build properties, and item metadata of the
/// AdditionalFiles (catalog files carry <c>SmtpCodesCatalog=true</c>).
/// </summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions, IReadOnlyCollection<string> catalogPaths) : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        catalogPaths.Contains(textFile.Path)
            ? new DictionaryOptions(new Dictionary<string, string> { [SmtpCodesGenerator.CatalogMetadata] = "true" })
            : Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
