using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SmtpCodes.Tool.CommandLine;
using Xunit;

namespace SmtpCodes.Tool.Tests;

/// <summary><c>smtpcodes diagnose</c>: arguments, files, standard input, JSON alignment, progress and a closed output.</summary>
public sealed class DiagnoseTests
{
    private const string UserUnknown = "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown";

    [Fact]
    public void A_reply_argument_is_explained()
    {
        ToolRun run = ToolRun.Of("diagnose", UserUnknown);

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Equal("Codes:         550 5.1.1", run.OutputLines[0]);
        Assert.Contains(run.OutputLines, line => line.StartsWith("Reason:        userunknown (hard bounce", StringComparison.Ordinal));
        Assert.DoesNotContain("", run.OutputLines);
    }

    [Fact]
    public void Json_from_standard_input_has_one_object_per_line_and_null_fields_for_blank_lines()
    {
        string[] input = [UserUnknown, "", "421 4.7.0 Try again later, closing connection. é", "   ", "no code at all"];

        ToolRun run = ToolRun.With(string.Join("\n", input) + "\n", inputIsTerminal: false, errorIsTerminal: false, "diagnose", "--json");

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Equal(input.Length, run.OutputLines.Length);
        for (int index = 0; index < input.Length; index++)
        {
            using var line = JsonDocument.Parse(run.OutputLines[index]);
            JsonElement root = line.RootElement;
            if (input[index].Trim().Length == 0)
            {
                Assert.All(root.EnumerateObject(), field => Assert.Equal(JsonValueKind.Null, field.Value.ValueKind));
                Assert.True(root.TryGetProperty("basic_code", out _));
            }
            else
            {
                Assert.Contains(root.GetProperty("text").GetString()!, input[index]);
            }
        }

        Assert.Contains("é", run.OutputLines[2]);
        Assert.Equal("transient", JsonDocument.Parse(run.OutputLines[2]).RootElement.GetProperty("class").GetString());
    }

    [Fact]
    public void A_file_gives_a_table_numbered_by_input_line_and_a_summary()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, UserUnknown + "\n\n452 4.5.3 Too many recipients\n", new UTF8Encoding(true));

            ToolRun run = ToolRun.Of("diagnose", "--file", path);

            Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
            Assert.StartsWith("    1  550 5.1.1", run.OutputLines[1]);
            Assert.StartsWith("    3  452 4.5.3", run.OutputLines[2]);
            Assert.Contains("2 replies.", run.OutputLines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exit_code_1()
    {
        ToolRun run = ToolRun.Of("diagnose", "--file", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("smtpcodes diagnose: cannot read '", Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Nothing_to_read_from_a_terminal_is_a_usage_error()
    {
        ToolRun run = ToolRun.With(string.Empty, inputIsTerminal: true, errorIsTerminal: true, "diagnose");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Progress_goes_to_standard_error_only_when_it_is_a_terminal_and_never_into_the_json(bool errorIsTerminal)
    {
        const int LineCount = 20_001;
        string input = string.Concat(Enumerable.Repeat(UserUnknown + "\n", LineCount));

        ToolRun run = ToolRun.With(input, inputIsTerminal: false, errorIsTerminal, "diagnose", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(LineCount, run.OutputLines.Length);
        Assert.All(run.OutputLines, line => Assert.StartsWith("{\"basic_code\":550,", line));
        Assert.Equal(errorIsTerminal, run.Error.Contains("20,000 lines read", StringComparison.Ordinal));
        Assert.Equal(errorIsTerminal, run.Error.Length > 0);
    }

    [Fact]
    public void A_closed_output_ends_the_run_quietly_with_exit_code_0()
    {
        var output = new ClosingWriter(linesBeforeClosing: 3);
        var error = new StringWriter();
        var input = string.Concat(Enumerable.Repeat(UserUnknown + "\n", 100_000));
        var console = new ToolConsole(new MemoryStream(Encoding.UTF8.GetBytes(input)), output, error, inputIsTerminal: false, errorIsTerminal: false);

        int exitCode = SmtpCodesCommand.Run(["diagnose", "--json"], console);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error.ToString());
        Assert.Equal(3, output.Lines);
    }

    /// <summary>A pipe whose reader goes away after a few lines (`| head -3`): then every write fails as EPIPE does.</summary>
    private sealed class ClosingWriter(int linesBeforeClosing) : TextWriter
    {
        public int Lines { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Fail();

        public override void WriteLine(string? value)
        {
            Fail();
            Lines++;
        }

        public override void Flush() => Fail();

        private void Fail()
        {
            if (Lines >= linesBeforeClosing)
            {
                throw new IOException("Broken pipe");
            }
        }
    }
}
