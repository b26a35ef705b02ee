using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SmtpCodes.Generators.Infrastructure;

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
        return EmbeddedResources.ReadAll(ResourcePrefix)
            .Select(resource => CatalogParser.Parse("SmtpCodes.Generators/catalog/" + resource.Name, resource.Text, CancellationToken.None))
            .ToArray();
    }
}
