using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SmtpCodes.Tool.Mail;

/// <summary>Receives one message: its name (the file's path; "path#N" for the N-th message of an mbox) and its bytes, valid during the call.</summary>
internal delegate void MailMessageHandler(string name, ReadOnlySpan<byte> message);

/// <summary>
/// The messages of the paths on the command line, one at a time and in a stable order, so a folder of any size
/// streams. A file that starts with a From_ line is an mbox; any other file given by name is one message (an
/// <c>.eml</c> file). A folder is walked recursively, files in ordinal order before subfolders: a file in a maildir's
/// <c>cur</c>, <c>new</c> or <c>tmp</c> or named <c>*.eml</c> is a message, an mbox is split, and any other file is
/// read only when it starts as a message does (a header field first, and a From, Date, Subject, Received, Return-Path
/// or Message-ID field in its first kilobyte), so a maildir's index and state files (Dovecot, Courier) and other
/// header-like files (Debian copyright files) are skipped and counted. A path that cannot be read is reported and the others are still read.
/// The path <c>-</c> is standard input, as for other command-line tools: one message, or an mbox.
/// </summary>
internal sealed class MailFiles(MailMessageHandler onMessage, Action<string, Exception> onUnreadable, Func<Stream> standardInput)
{
    /// <summary>The path that names standard input.</summary>
    public const string StandardInputPath = "-";

    private static readonly string[] MaildirFolders = ["cur", "new", "tmp"];
    private static readonly string[] MessageFields = ["From:", "Date:", "Subject:", "Received:", "Return-Path:", "Message-ID:"];

    /// <summary>Files inside folders that were not mail.</summary>
    public int Skipped { get; private set; }

    public void Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == StandardInputPath)
            {
                ReadStandardInput();
            }
            else if (Directory.Exists(path))
            {
                ReadFolder(path);
            }
            else
            {
                ReadFile(path, inFolder: false);
            }
        }
    }

    private void ReadFolder(string folder)
    {
        string[] files;
        string[] folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            onUnreadable(folder, exception);
            return;
        }

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            ReadFile(file, inFolder: true);
        }

        foreach (var subfolder in folders.Order(StringComparer.Ordinal))
        {
            ReadFolder(subfolder);
        }
    }

    private void ReadFile(string path, bool inFolder)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
            ReadStream(path, file, inFolder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            onUnreadable(path, exception);
        }
    }

    private void ReadStandardInput()
    {
        try
        {
            ReadStream(StandardInputPath, standardInput(), inFolder: false);
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException)
        {
            onUnreadable(StandardInputPath, exception);
        }
    }

    /// <summary>
    /// One file's messages, read forward only, so a pipe works as a file does and an mbox of any size streams
    /// (<c>zcat mail.mbox.gz | smtpcodes diagnose --mail -</c>).
    /// </summary>
    private void ReadStream(string path, Stream stream, bool inFolder)
    {
        var head = new byte[1024];
        var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (Mbox.Starts(head.AsSpan(0, headLength)))
        {
            Mbox.Split(new ReplayedStart(head, headLength, stream), (number, message) => onMessage(path + "#" + number, message));
            return;
        }

        if (inFolder && !IsMessageFile(path) && !StartsLikeMessage(head.AsSpan(0, headLength)))
        {
            Skipped++;
            return;
        }

        onMessage(path, ReadWhole(head, headLength, stream));
    }

    /// <summary>The bytes already read, then the rest of the stream.</summary>
    private static byte[] ReadWhole(byte[] head, int headLength, Stream stream)
    {
        if (stream.CanSeek)
        {
            var bytes = new byte[stream.Length];
            head.AsSpan(0, headLength).CopyTo(bytes);
            stream.ReadExactly(bytes, headLength, bytes.Length - headLength);
            return bytes;
        }

        using var copy = new MemoryStream();
        copy.Write(head, 0, headLength);
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool IsMessageFile(string path) =>
        path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase)
        || MaildirFolders.Contains(Path.GetFileName(Path.GetDirectoryName(path)), StringComparer.Ordinal);

    /// <summary>A first line such as "Return-Path: &lt;&gt;" (a field name of printable ASCII, then a colon), and a field every message has.</summary>
    private static bool StartsLikeMessage(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        if (!MessageFields.Any(field => text.StartsWith(field, StringComparison.OrdinalIgnoreCase) || text.Contains("\n" + field, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var colon = head.IndexOf((byte)':');
        if (colon <= 0)
        {
            return false;
        }

        foreach (var b in head.Slice(0, colon))
        {
            if (b is <= 32 or >= 127)
            {
                return false;
            }
        }

        return true;
    }
}
