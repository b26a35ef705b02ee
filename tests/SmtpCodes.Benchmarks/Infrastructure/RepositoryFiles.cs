using System;
using System.IO;

namespace SmtpCodes.Benchmarks.Infrastructure;

/// <summary>Files of the repository (the catalog, the reply corpus), found from the running assembly upwards.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "catalog");

    public static string ReplyCorpus => Path.Combine(Root, "tests", "SmtpCodes.Diagnoser.Tests", "Corpus", "replies.csv");

    private static string FindRoot()
    {
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
