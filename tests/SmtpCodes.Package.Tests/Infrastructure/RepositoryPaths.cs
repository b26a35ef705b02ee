using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>The repository (the folder with SmtpCodes.Generators.sln) and the configuration this test project was built in.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PackageProject =>
        Path.Combine(Root, "src", "SmtpCodes.Generators.Package", "SmtpCodes.Generators.Package.csproj");

    public static string ToolProject =>
        Path.Combine(Root, "src", "SmtpCodes.Tool", "SmtpCodes.Tool.csproj");

    /// <summary>The package project was built in the same configuration (it is a project reference), so packing needs no build.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Configuration").Value ?? "Debug";

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
