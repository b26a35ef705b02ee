using System.Collections.Generic;
using System.IO;

namespace SmtpCodes.Generators.Tests.Infrastructure;

/// <summary>Catalog files of the tests, and the options that generate from them alone.</summary>
internal static class Fixtures
{
    public static (string Path, string Text) Catalog(string name)
    {
        var path = Path.Combine(RepositoryPaths.TestProject("SmtpCodes.Generators.Tests"), "Fixtures", name);
        return ("/project/" + name, File.ReadAllText(path));
    }

    /// <summary>A catalog written inline: header plus rows.</summary>
    public static (string Path, string Text) Inline(string path, params string[] rows) =>
        (path, Header + "\n" + string.Join("\n", rows) + "\n");

    public const string Header = ProjectCatalog.Header;

    public static readonly IReadOnlyDictionary<string, string> ProjectCatalogOnly = ProjectCatalog.WithoutBuiltInCatalog;
}
