using System;
using System.Buffers;
using System.IO;

namespace SmtpCodes.Tool.Mail;

/// <summary>Receives one message of an mbox file: its 1-based number in the file and its bytes (valid during the call).</summary>
internal delegate void MboxMessageHandler(int number, ReadOnlySpan<byte> message);

/// <summary>
/// Splits an mbox file into messages as it streams (one message in memory at a time). A message starts at a
/// "From " line at the start of the file or after a blank line (the From_ line itself is not part of the message);
/// the blank line before the next From_ line belongs to the separator. Lines quoted as "&gt;From " (or "&gt;&gt;From "
/// and so on, mboxrd) lose one '&gt;'. CRLF and LF line ends are both kept as they are.
/// </summary>
internal static class Mbox
{
    private static readonly byte[] FromLine = "From "u8.ToArray();

    /// <summary>Whether <paramref name="start"/> (the first bytes of a file) opens an mbox.</summary>
    public static bool Starts(ReadOnlySpan<byte> start) => start.StartsWith(FromLine);

    public static void Split(Stream stream, MboxMessageHandler onMessage)
    {
        var message = new ArrayBufferWriter<byte>(1 << 16);
        var lines = new StreamLines(stream);
        var number = 0;
        var previousBlank = true;
        var pendingBlank = ReadOnlySpan<byte>.Empty;
        var blank = new byte[2];
        while (lines.Next(out var line))
        {
            var isBlank = line.SequenceEqual("\n"u8) || line.SequenceEqual("\r\n"u8);
            if (previousBlank && line.StartsWith(FromLine))
            {
                if (number > 0)
                {
                    onMessage(number, message.WrittenSpan);
                }

                number++;
                message.ResetWrittenCount();
                pendingBlank = ReadOnlySpan<byte>.Empty;
                previousBlank = false;
                continue;
            }

            // A blank line is written once the next line shows it is not the separator before a From_ line.
            message.Write(pendingBlank);
            pendingBlank = ReadOnlySpan<byte>.Empty;
            if (isBlank)
            {
                line.CopyTo(blank);
                pendingBlank = blank.AsSpan(0, line.Length);
            }
            else
            {
                message.Write(Unquote(line));
            }

            previousBlank = isBlank;
        }

        if (number > 0)
        {
            onMessage(number, message.WrittenSpan);
        }
    }

    /// <summary>"&gt;From " becomes "From ", "&gt;&gt;From " becomes "&gt;From " (mboxrd); any other line is kept.</summary>
    private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> line)
    {
        var quotes = 0;
        while (quotes < line.Length && line[quotes] == (byte)'>')
        {
            quotes++;
        }

        return quotes > 0 && line.Slice(quotes).StartsWith(FromLine) ? line.Slice(1) : line;
    }

    /// <summary>The lines of a stream with their line ends, read in 64 KiB blocks (a longer line grows the block).</summary>
    private sealed class StreamLines(Stream stream)
    {
        private byte[] block = new byte[1 << 16];
        private int start;
        private int end;
        private bool ended;

        /// <summary>The next line, valid until the next call.</summary>
        public bool Next(out ReadOnlySpan<byte> line)
        {
            while (true)
            {
                var newline = block.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line = block.AsSpan(start, newline + 1);
                    start += newline + 1;
                    return true;
                }

                if (ended)
                {
                    line = block.AsSpan(start, end - start);
                    start = end;
                    return line.Length > 0;
                }

                Fill();
            }
        }

        private void Fill()
        {
            if (start > 0)
            {
                Buffer.BlockCopy(block, start, block, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == block.Length)
            {
                Array.Resize(ref block, block.Length * 2);
            }

            var read = stream.Read(block, end, block.Length - end);
            if (read == 0)
            {
                ended = true;
            }

            end += read;
        }
    }
}
