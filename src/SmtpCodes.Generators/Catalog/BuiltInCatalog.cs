using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// The catalog that ships inside the generator (catalog/*.csv embedded as resources). It is parsed once per
/// process: it cannot change while the generator assembly is loaded, so it needs no pipeline step.
/// </summary>
internal static class BuiltInCatalog
{
    private const string ResourcePrefix = "SmtpCodes.Catalog.";

    private static readonly Lazy<IReadOnlyList<ParsedCatalogFile>> LazyFiles = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<ParsedCatalogFile> Files => LazyFiles.Value;

    private static IReadOnlyList<ParsedCatalogFile> Load()
    {
        var assembly = typeof(BuiltInCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                var path = "SmtpCodes.Generators/catalog/" + name.Substring(ResourcePrefix.Length);
                return CatalogParser.Parse(path, reader.ReadToEnd(), CancellationToken.None);
            })
            .ToArray();
    }
}
