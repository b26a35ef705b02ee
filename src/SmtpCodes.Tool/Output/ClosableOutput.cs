using System;
using System.IO;
using System.Text;

namespace SmtpCodes.Tool;

/// <summary>The reader of standard output has gone (a closed pipe, as after <c>| head</c>): stop quietly.</summary>
internal sealed class OutputClosedException(IOException inner) : Exception("Standard output was closed.", inner);

/// <summary>
/// Standard output that turns the write error of a closed pipe (EPIPE; .NET ignores SIGPIPE, so writes fail instead)
/// into <see cref="OutputClosedException"/>, which ends the run without a message, as other command-line tools do.
/// </summary>
internal sealed class ClosableOutput(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; so does the inner writer's.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException exception)
        {
            throw new OutputClosedException(exception);
        }
    }

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException exception)
        {
            throw new OutputClosedException(exception);
        }
    }
}
