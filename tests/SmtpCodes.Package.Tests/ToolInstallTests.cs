using System.IO;
using System.Text.Json;
using SmtpCodes.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Package.Tests;

/// <summary>
/// The smtpcodes tool as a user installs it: packed into the local feed, installed with <c>dotnet tool install
/// --tool-path</c> into a temporary folder, and run by its command name; outputs and exit codes as documented.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class ToolInstallTests
{
    private const string UserUnknown = "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown";

    private readonly PackageFeed feed;
    private readonly ITestOutputHelper log;

    public ToolInstallTests(PackageFeed feed, ITestOutputHelper log)
    {
        this.feed = feed;
        this.log = log;
    }

    [Fact]
    public void Version_and_help()
    {
        ToolResult version = Run(string.Empty, "--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?(\+[0-9a-f]{40})?\r?\n$", version.Output);

        foreach (string[] args in new[] { new[] { "--help" }, new[] { "explain", "-h" }, new[] { "diagnose", "--help" } })
        {
            ToolResult help = Run(string.Empty, args);
            Assert.True(help.ExitCode == 0 && help.Error.Length == 0, help.ToString());
            Assert.Contains("Usage:", help.Output);
            Assert.Contains("Exit codes:", help.Output);
        }
    }

    [Fact]
    public void Explain_a_reply_code_an_enhanced_code_and_an_unknown_code()
    {
        ToolResult basic = Run(string.Empty, "explain", "550");
        Assert.True(basic.ExitCode == 0 && basic.Error.Length == 0, basic.ToString());
        Assert.Equal("Code:          550 (MailboxUnavailable)", basic.OutputLines[0]);
        // A bare 550 is no missing user: the classification policy makes it undefined and soft (catalog/README.md).
        Assert.Contains("Reason:        undefined (soft bounce)", basic.OutputLines);

        ToolResult enhanced = Run(string.Empty, "explain", "5.7.1");
        Assert.True(enhanced.ExitCode == 0, enhanced.ToString());
        Assert.Contains("Title:         Delivery not authorized, message refused", enhanced.OutputLines);

        foreach (string code in new[] { "599", "5.1.99" })
        {
            ToolResult unknown = Run(string.Empty, "explain", code);
            Assert.True(unknown.ExitCode == 0 && unknown.Error.Length == 0, unknown.ToString());
            Assert.Contains("explained by its class", unknown.OutputLines[0]);
            Assert.Contains("Class:         permanent", unknown.Output);
            Assert.DoesNotContain(unknown.OutputLines, line => line.Trim().Length == 0 || line.TrimEnd().EndsWith(':'));
        }
    }

    [Theory]
    [InlineData("'999' is not an SMTP code", "explain", "999")]
    [InlineData("'55' is not an SMTP code", "explain", "55")]
    [InlineData("'6.1.1' is not an SMTP code", "explain", "6.1.1")]
    [InlineData("'5.9.99' is not an SMTP code", "explain", "5.9.99")]
    [InlineData("unknown option '--frob'", "explain", "--frob", "550")]
    [InlineData("'--file'", "diagnose", "--file")]
    public void A_wrong_command_line_is_one_line_on_standard_error_and_exit_code_2(string named, params string[] args)
    {
        ToolResult run = Run(string.Empty, args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(named, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Diagnose_an_argument_a_file_and_standard_input_as_json()
    {
        ToolResult argument = Run(string.Empty, "diagnose", UserUnknown);
        Assert.True(argument.ExitCode == 0 && argument.Error.Length == 0, argument.ToString());
        Assert.Contains("Reason:        userunknown (hard bounce: the address does not work)", argument.OutputLines);

        string file = Path.Combine(feed.Root, "replies.txt");
        File.WriteAllText(file, UserUnknown + "\n\n452 4.5.3 Too many recipients\n");
        ToolResult table = Run(string.Empty, "diagnose", "--file", file);
        Assert.True(table.ExitCode == 0 && table.Error.Length == 0, table.ToString());
        Assert.StartsWith("    3  452 4.5.3", table.OutputLines[2]);
        Assert.Contains("2 replies.", table.OutputLines);

        string[] input = [UserUnknown, "", "421 4.7.0 Réessayez plus tard"];
        ToolResult json = Run(string.Join("\n", input) + "\n", "diagnose", "--json");
        Assert.True(json.ExitCode == 0 && json.Error.Length == 0, json.ToString());
        Assert.Equal(input.Length, json.OutputLines.Length);
        using (JsonDocument blank = JsonDocument.Parse(json.OutputLines[1]))
        {
            Assert.All(blank.RootElement.EnumerateObject(), field => Assert.Equal(JsonValueKind.Null, field.Value.ValueKind));
        }

        using JsonDocument last = JsonDocument.Parse(json.OutputLines[2]);
        Assert.Equal("Réessayez plus tard", last.RootElement.GetProperty("text").GetString());
        Assert.Equal("transient", last.RootElement.GetProperty("class").GetString());

        ToolResult missing = Run(string.Empty, "diagnose", "--file", Path.Combine(feed.Root, "no-such-file.txt"));
        Assert.True(missing.ExitCode == 1 && missing.Output.Length == 0, missing.ToString());
        Assert.Single(missing.ErrorLines);
    }

    private ToolResult Run(string input, params string[] args)
    {
        ToolResult result = feed.Tool.Run(input, args);
        log.WriteLine(result.ToString());
        return result;
    }
}
