using System;
using System.IO;
using System.Linq;
using System.Text;
using SmtpCodes.Tool.CommandLine;

namespace SmtpCodes.Tool.Tests;

/// <summary>One in-process run of smtpcodes: its exit code and what it wrote to standard output and error.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n').Select(line => line.TrimEnd('\r')).SkipLast(1).ToArray();

    public static ToolRun Of(params string[] args) => With(string.Empty, inputIsTerminal: true, errorIsTerminal: false, args);

    public static ToolRun With(string input, bool inputIsTerminal, bool errorIsTerminal, params string[] args) =>
        WithBytes(Encoding.UTF8.GetBytes(input), inputIsTerminal, errorIsTerminal, args);

    /// <summary>A run whose standard input is <paramref name="input"/>, byte for byte (mail on <c>--mail -</c>).</summary>
    public static ToolRun WithBytes(byte[] input, bool inputIsTerminal, bool errorIsTerminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new ToolConsole(new MemoryStream(input), output, error, inputIsTerminal, errorIsTerminal);
        var exitCode = SmtpCodesCommand.Run(args, console);
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}stderr:{Environment.NewLine}{Error}";
}
