using System;
using System.IO;

namespace SmtpCodes.Testing;

/// <summary>
/// The repository (the folder with SmtpCodes.Generators.sln), found from the test's output folder, and the places in
/// it that tests read. Tests read only inside the repository: CI runs them in a clone with nothing beside it.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Combine("catalog");

    /// <summary>The reference tables and seed articles the catalog was typed from (catalog/sources, with their origin).</summary>
    public static string CatalogSources => Combine("catalog", "sources");

    public static string PackageProject => Combine("src", "SmtpCodes.Generators.Package", "SmtpCodes.Generators.Package.csproj");

    public static string ToolProject => Combine("src", "SmtpCodes.Tool", "SmtpCodes.Tool.csproj");

    /// <summary>A test project's folder, where its corpus, fixtures and snapshots are reviewed and accepted.</summary>
    public static string TestProject(string name) => Combine("tests", name);

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        // The current directory too: BenchmarkDotNet runs its jobs from a generated project in another folder.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SmtpCodes.Generators.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("SmtpCodes.Generators.sln was not found above " + AppContext.BaseDirectory);
    }
}
