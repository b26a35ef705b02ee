using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using SmtpCodes.Package.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Package.Tests;

/// <summary>What the packed nupkg holds: Roslyn components only, the options props, and the metadata NuGet shows.</summary>
[Collection(ConsumerCollection.Name)]
public sealed class PackageContentsTests
{
    private readonly PackageFeed feed;

    public PackageContentsTests(PackageFeed feed) => this.feed = feed;

    [Fact]
    public void Generator_analyzers_and_code_fixes_are_the_only_assemblies_and_sit_under_analyzers_dotnet_cs()
    {
        string[] assemblies = Entries().Where(entry => entry.EndsWith(".dll", System.StringComparison.Ordinal)).OrderBy(entry => entry).ToArray();

        Assert.Equal(
            new[]
            {
                "analyzers/dotnet/cs/SmtpCodes.Analyzers.dll",
                "analyzers/dotnet/cs/SmtpCodes.CodeFixes.dll",
                "analyzers/dotnet/cs/SmtpCodes.Generators.dll",
            },
            assemblies);
        Assert.DoesNotContain(Entries(), entry => entry.StartsWith("lib/", System.StringComparison.Ordinal) || entry.StartsWith("ref/", System.StringComparison.Ordinal));
    }

    [Fact]
    public void BuildTransitive_props_make_the_three_options_and_the_catalog_flag_visible_to_the_generator()
    {
        XDocument props = XDocument.Parse(ReadEntry("buildTransitive/SmtpCodes.Generators.props"));

        string[] properties = props.Descendants("CompilerVisibleProperty").Select(item => (string)item.Attribute("Include")!).OrderBy(name => name).ToArray();
        Assert.Equal(new[] { "SmtpCodesAccessibility", "SmtpCodesBuiltInCatalog", "SmtpCodesNamespace" }, properties);
        XElement metadata = Assert.Single(props.Descendants("CompilerVisibleItemMetadata"));
        Assert.Equal("AdditionalFiles", (string?)metadata.Attribute("Include"));
        Assert.Equal("SmtpCodesCatalog", (string?)metadata.Attribute("MetadataName"));
    }

    [Fact]
    public void Nuspec_is_a_development_dependency_without_dependencies_with_readme_license_and_release_notes()
    {
        XElement metadata = XDocument.Parse(ReadEntry("SmtpCodes.Generators.nuspec")).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal(PackageFeed.PackageId, Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("releaseNotes")));
        Assert.Null(Value("dependencies"));
        Assert.Contains("README.md", Entries());
    }

    [Fact]
    public void Nuspec_names_the_project_the_repository_and_the_commit_and_the_analyzers_carry_source_link_to_that_commit()
    {
        XElement metadata = XDocument.Parse(ReadEntry("SmtpCodes.Generators.nuspec")).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        XElement repository = metadata.Elements().Single(element => element.Name.LocalName == "repository");

        Assert.Equal(Repository, metadata.Elements().Single(element => element.Name.LocalName == "projectUrl").Value);
        Assert.Equal(Repository, (string?)repository.Attribute("url"));
        Assert.Equal("git", (string?)repository.Attribute("type"));
        string commit = (string?)repository.Attribute("commit") ?? string.Empty;
        Assert.Matches("^[0-9a-f]{40}$", commit);
        Assert.Contains("source-generator", metadata.Elements().Single(element => element.Name.LocalName == "tags").Value);

        foreach (string assembly in new[] { "SmtpCodes.Generators.dll", "SmtpCodes.Analyzers.dll", "SmtpCodes.CodeFixes.dll" })
        {
            string sourceLink = SourceLinkOf(ReadBytes("analyzers/dotnet/cs/" + assembly));
            Assert.Contains($"\"https://raw.githubusercontent.com/smtpcodes/SmtpCodes.Generators/{commit}/*\"", sourceLink);
        }
    }

    private const string Repository = "https://github.com/smtpcodes/SmtpCodes.Generators";

    /// <summary>The Source Link JSON in the portable PDB embedded in <paramref name="assembly"/>.</summary>
    private static string SourceLinkOf(byte[] assembly)
    {
        var sourceLinkKind = new System.Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        using var peReader = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(assembly));
        var embedded = peReader.ReadDebugDirectory().Single(entry => entry.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var pdbProvider = peReader.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
        var pdb = pdbProvider.GetMetadataReader();
        foreach (var handle in pdb.CustomDebugInformation)
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(information.Kind) == sourceLinkKind)
            {
                return System.Text.Encoding.UTF8.GetString(pdb.GetBlobBytes(information.Value));
            }
        }

        return string.Empty;
    }

    private byte[] ReadBytes(string name)
    {
        using ZipArchive archive = ZipFile.OpenRead(feed.PackagePath);
        ZipArchiveEntry entry = archive.GetEntry(name) ?? throw new FileNotFoundException(name + " is not in the package.");
        using var stream = new MemoryStream();
        entry.Open().CopyTo(stream);
        return stream.ToArray();
    }

    private string[] Entries()
    {
        using ZipArchive archive = ZipFile.OpenRead(feed.PackagePath);
        return archive.Entries.Select(entry => entry.FullName).ToArray();
    }

    private string ReadEntry(string name)
    {
        using ZipArchive archive = ZipFile.OpenRead(feed.PackagePath);
        ZipArchiveEntry entry = archive.GetEntry(name) ?? throw new FileNotFoundException(name + " is not in the package.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
