using System;
using System.IO;

namespace SmtpCodes.Generators.Tests.Infrastructure;

/// <summary>Finds the repository (the folder with SmtpCodes.Generators.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "catalog");

    /// <summary>The reference tables and seed articles the catalog was typed from (catalog/sources, with their origin).</summary>
    public static string CatalogSources => Path.Combine(Catalog, "sources");

    public static string TestProject => Path.Combine(Root, "tests", "SmtpCodes.Generators.Tests");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SmtpCodes.Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SmtpCodes.Generators.sln was not found above " + AppContext.BaseDirectory);
    }
}
