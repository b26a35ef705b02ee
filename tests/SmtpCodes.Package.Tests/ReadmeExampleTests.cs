using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SmtpCodes.Package.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Package.Tests;

/// <summary>
/// Every C# example of the repository README and of the nuget.org README compiles in a fresh project that references
/// the packed package, with warnings as errors and no SMTP rule exempted: the examples raise none of the package's
/// warnings (SMTP001-004, SMTPGEN) and no compiler warning. The nuget.org README links only to absolute addresses.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class ReadmeExampleTests
{
    /// <summary>MailKit is referenced so examples that show MailKit's exceptions compile as in a MailKit user's project.</summary>
    private const string Items = """<PackageReference Include="MailKit" Version="4.18.2" />""";

    private readonly PackageFeed feed;

    public ReadmeExampleTests(PackageFeed feed) => this.feed = feed;

    public static IEnumerable<string> Readmes => ["README.md", "src/SmtpCodes.Generators.Package/README.md"];

    [Fact]
    public void The_csharp_examples_of_both_readmes_compile_without_warnings()
    {
        ConsumerProject project = ConsumerProject.Create(
            feed,
            "readme-examples",
            """
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NoWarn>NU1603</NoWarn>
            """,
            Items);
        var written = new List<string>();
        foreach ((string readme, int readmeNumber) in Readmes.Select((readme, number) => (readme, number + 1)))
        {
            IReadOnlyList<string> blocks = ReadmeExamples.CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryPaths.Root, readme)));
            Assert.True(blocks.Count > 0, readme + " has no ```csharp example.");
            for (int index = 0; index < blocks.Count; index++)
            {
                string name = $"Readme{readmeNumber}Example{index + 1}";
                project.Write(name + ".cs", ReadmeExamples.AsSourceFile(blocks[index], name));
                written.Add(name + ".cs");
            }
        }

        CommandResult build = project.Build();

        Assert.True(build.Succeeded, string.Join(", ", written) + "\n" + build.Describe());
        Assert.Empty(BuildDiagnostic.Parse(build.Output));
    }

    [Fact]
    public void The_nuget_readme_links_only_to_absolute_addresses()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "SmtpCodes.Generators.Package", "README.md"));

        string[] links = Regex.Matches(readme, @"\]\((?<target>[^)]+)\)").Select(match => match.Groups["target"].Value).ToArray();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link));
        Assert.Contains("dotnet add package SmtpCodes.Generators", readme);
    }
}
