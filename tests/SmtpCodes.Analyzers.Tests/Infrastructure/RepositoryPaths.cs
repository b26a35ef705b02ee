using System;
using System.IO;

namespace SmtpCodes.Analyzers.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the folder above the test binaries that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SmtpCodes.Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SmtpCodes.Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
