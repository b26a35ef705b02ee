using System;
using System.IO;

namespace SmtpCodes.Tool.Mail;

/// <summary>
/// A forward-only stream that gives back the bytes already read from the start of <paramref name="rest"/> (to decide
/// what the file is) before the rest of it: a pipe cannot seek back to its start.
/// </summary>
internal sealed class ReplayedStart(byte[] start, int startLength, Stream rest) : Stream
{
    private int startPosition;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (startPosition < startLength)
        {
            var count = Math.Min(buffer.Length, startLength - startPosition);
            start.AsSpan(startPosition, count).CopyTo(buffer);
            startPosition += count;
            return count;
        }

        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
