using System;
using System.IO;
using System.Text;

namespace SmtpCodes.Tool.CommandLine;

/// <summary>
/// Standard input, output and error of one run, and whether standard error is a terminal (progress is shown only
/// there). Tests pass their own; <see cref="FromProcess"/> gives the process's streams, read and written as UTF-8
/// whatever the console's code page, with the output buffered (flushed whenever the input waits, and at the end).
/// Standard input is kept as bytes: replies are read from it as UTF-8 text (<see cref="Input"/>), and mail
/// (<c>--mail -</c>) as the bytes themselves (<see cref="InputBytes"/>), since a message's charsets are its own.
/// </summary>
internal sealed class ToolConsole(Stream input, TextWriter output, TextWriter error, bool inputIsTerminal, bool errorIsTerminal)
{
    /// <summary>UTF-8 without a byte order mark: what the tool reads and writes.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private TextReader? inputText;

    /// <summary>Standard input as UTF-8 text (a byte order mark is skipped).</summary>
    public TextReader Input => inputText ??= new StreamReader(InputBytes, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>Standard input as bytes; read it either as bytes or as <see cref="Input"/>, not both.</summary>
    public Stream InputBytes { get; } = input;

    /// <summary>Standard output; a write after its reader has gone throws <see cref="OutputClosedException"/>.</summary>
    public TextWriter Output { get; } = new ClosableOutput(output);

    public TextWriter Error { get; } = error;

    public bool InputIsTerminal { get; } = inputIsTerminal;

    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    public static ToolConsole FromProcess()
    {
        if (OperatingSystem.IsWindows() && !Console.IsOutputRedirected)
        {
            // The bytes below are UTF-8: tell the Windows console so, or it shows "…" as "â€¦".
            Console.OutputEncoding = Utf8;
        }

        var input = Console.OpenStandardInput();
        var output = new StreamWriter(Console.OpenStandardOutput(), Utf8, bufferSize: 1 << 16) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), Utf8) { AutoFlush = true };
        return new ToolConsole(input, output, error, !Console.IsInputRedirected, !Console.IsErrorRedirected);
    }
}
