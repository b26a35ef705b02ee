using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>
/// The samples show how to use the generated API, so they must be free of SMTP diagnostics: every C# file of every
/// sample project that uses the generator is compiled with the real generator's output (in the namespace the project
/// sets) and analyzed by all four rules. It must compile, and nothing may be reported.
/// </summary>
public class SampleProjectTests
{
    public static TheoryData<string> SampleProjects => new(
        Directory.Exists(RepositoryPaths.Combine("samples"))
            ? Directory.GetFiles(RepositoryPaths.Combine("samples"), "*.csproj", SearchOption.AllDirectories)
                .Where(path => File.ReadAllText(path).Contains("SmtpCodes.Generators", System.StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path))
                .OrderBy(path => path)
            : Enumerable.Empty<string>());

    [Fact]
    public void There_is_a_sample_to_check() => Assert.NotEmpty(SampleProjects);

    [Theory]
    [MemberData(nameof(SampleProjects))]
    public async Task Sample_has_no_Smtp_diagnostics(string project)
    {
        string projectFile = RepositoryPaths.Combine(project);
        string directory = Path.GetDirectoryName(projectFile)!;
        string separator = Path.DirectorySeparatorChar.ToString();
        (string, string)[] sources = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(separator + "bin" + separator) && !path.Contains(separator + "obj" + separator))
            .OrderBy(path => path)
            .Select(path => (path, File.ReadAllText(path)))
            .ToArray();
        Assert.NotEmpty(sources);

        Match ns = Regex.Match(File.ReadAllText(projectFile), "<SmtpCodesNamespace>([^<]+)</SmtpCodesNamespace>");
        var options = new SmtpVerifier.Options { WithHeader = false, GeneratedNamespace = ns.Success ? ns.Groups[1].Value.Trim() : null };

        // Sample files expect no diagnostic, so any diagnostic of any rule fails the check.
        TestSolution test = await TestSolution.CreateAsync(sources, options, markup: false);
        await test.VerifyAsync(test.Solution, test.Expected, project);
    }
}
