using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>
/// Packs SmtpCodes.Generators once per test run into a local folder feed, under a temporary folder outside the
/// repository where the consumer projects are created. The version is unique per run, so a consumer can never
/// restore a copy of an earlier run from the global packages folder.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public const string PackageId = "SmtpCodes.Generators";

    public PackageFeed()
    {
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
        Root = Path.Combine(Path.GetTempPath(), "smtpcodes-consumers-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        FeedDirectory = Path.Combine(Root, "feed");
        Directory.CreateDirectory(FeedDirectory);
        WriteIsolationFiles();

        CommandResult pack = DotnetCli.Run(
            RepositoryPaths.Root,
            "pack", RepositoryPaths.PackageProject,
            "--no-build", "-c", BuildConfiguration.Name,
            "-o", FeedDirectory,
            "-p:Version=" + Version,
            "-nologo");
        PackagePath = Directory.GetFiles(FeedDirectory, PackageId + ".*.nupkg").SingleOrDefault()
            ?? throw new InvalidOperationException("dotnet pack produced no package. " + pack.Describe());
        tool = new Lazy<InstalledTool>(() => InstalledTool.PackAndInstall(this));
    }

    private readonly Lazy<InstalledTool> tool;

    /// <summary>The smtpcodes tool, packed into this feed and installed into a temporary tool path on first use.</summary>
    internal InstalledTool Tool => tool.Value;

    public string Version { get; }

    /// <summary>The temporary folder that holds the feed and every consumer project.</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    /// <summary>The PackageReference every consumer writes, by version, as a user would.</summary>
    public string PackageReference => $"<PackageReference Include=\"{PackageId}\" Version=\"{Version}\" />";

    public void Dispose()
    {
        TryDelete(Root);

        // This run's version is never asked for again: leave no copy of it in the global packages folder.
        string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(globalPackages, PackageId.ToLowerInvariant(), Version.ToLowerInvariant()));
        TryDelete(Path.Combine(globalPackages, InstalledTool.PackageId.ToLowerInvariant(), Version.ToLowerInvariant()));
    }

    /// <summary>
    /// Consumers see only this folder's settings: the local feed before nuget.org, and empty Directory.Build files so
    /// nothing above the temporary folder can change how they build.
    /// </summary>
    private void WriteIsolationFiles()
    {
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Root, name), "<Project />" + Environment.NewLine);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A consumer's build node may still hold a file for a moment; the temporary folder is not worth a failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Every consumer test shares one pack and runs one after another (builds are slow on small machines).</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Package consumers";
}
