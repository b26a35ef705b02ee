using System.Text.RegularExpressions;
using Xunit;

namespace SmtpCodes.Tool.Tests;

/// <summary>What every verb shares: help, version, and one-line errors with exit code 2 for a wrong command line.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("explain", "--help")]
    [InlineData("explain", "-h")]
    [InlineData("diagnose", "--help")]
    [InlineData("diagnose", "-h")]
    public void Help_on_every_verb_shows_usage_and_the_exit_codes(params string[] args)
    {
        ToolRun run = ToolRun.Of(args);

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("Exit codes:", run.Output);
        foreach (int code in new[] { 0, 1, 2, 130 })
        {
            Assert.Matches(new Regex($"(?m)^  {code} +\\S"), run.Output);
        }
    }

    [Fact]
    public void Version_prints_the_version_and_the_commit()
    {
        ToolRun run = ToolRun.Of("--version");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Theory]
    [InlineData("unknown option '--frob'", "explain", "--frob", "550")]
    [InlineData("unknown option '--frob'", "diagnose", "--frob")]
    [InlineData("'--file'", "diagnose", "--file")]
    [InlineData("'explain'", "explain")]
    [InlineData("'frob'", "frob")]
    [InlineData("not both", "diagnose", "550 user unknown", "--file", "replies.txt")]
    public void A_wrong_command_line_is_one_line_on_standard_error_and_exit_code_2(string named, params string[] args)
    {
        ToolRun run = ToolRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        string line = Assert.Single(run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line);
        Assert.StartsWith("smtpcodes", line);
    }

    [Fact]
    public void No_verb_is_a_usage_error()
    {
        ToolRun run = ToolRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }
}
