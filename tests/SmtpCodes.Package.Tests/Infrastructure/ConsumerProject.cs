using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>A fresh project in the feed's temporary folder that references the package by version.</summary>
internal sealed class ConsumerProject
{
    private ConsumerProject(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    /// <summary>
    /// Creates <paramref name="name"/>.csproj with <paramref name="properties"/> and <paramref name="items"/>
    /// (MSBuild XML) plus the package reference.
    /// </summary>
    public static ConsumerProject Create(PackageFeed feed, string name, string properties, string items = "")
    {
        string directory = Path.Combine(feed.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                {feed.PackageReference}
            {items}
              </ItemGroup>
            </Project>
            """);
        return new ConsumerProject(directory, name);
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public void Write(string relativePath, string text)
    {
        string path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public CommandResult Build()
        => DotnetCli.Run(Directory, "build", Name + ".csproj", "--disable-build-servers", "-nologo", "-c", "Debug");

    /// <summary>Runs the built program (net10.0 consumers) and returns what it printed.</summary>
    public CommandResult RunBuilt(string targetFramework = "net10.0")
        => DotnetCli.Run(Directory, Path.Combine("bin", "Debug", targetFramework, Name + ".dll"));

    /// <summary>The analyzer rules' diagnostics (SMTP001...) in the output of <paramref name="result"/>.</summary>
    public static IReadOnlyList<BuildDiagnostic> RuleDiagnostics(CommandResult result)
        => BuildDiagnostic.Parse(result.Output).Where(diagnostic => RuleId.IsMatch(diagnostic.Id)).ToList();

    /// <summary>The generator's diagnostics (SMTPGEN001...) in the output of <paramref name="result"/>.</summary>
    public static IReadOnlyList<BuildDiagnostic> GeneratorDiagnostics(CommandResult result)
        => BuildDiagnostic.Parse(result.Output).Where(diagnostic => diagnostic.Id.StartsWith("SMTPGEN", StringComparison.Ordinal)).ToList();

    private static readonly Regex RuleId = new(@"^SMTP\d+$");
}
