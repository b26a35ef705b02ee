using SmtpCodes.Generators.Diagnostics;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// Finds the first sign that a catalog file's text is not the UTF-8 its author wrote. The compiler reads an
/// additional file as strict UTF-8 and, when its bytes are not valid UTF-8, decodes the whole file again with a
/// fallback: on .NET Framework and on Windows the ANSI code page (Windows-1252 in the West), which turns every UTF-8
/// character of the file into two or three wrong ones; on Linux and macOS UTF-8 with replacement, which turns each
/// invalid byte into U+FFFD. The generator sees only the text, and the encoding the compiler used. A catalog phrase
/// garbled so would never match a reply, silently; SMTPGEN018 says where the file first shows it.
/// </summary>
internal static class CatalogEncodingCheck
{
    private const char ReplacementCharacter = '\uFFFD';

    // The characters Windows-1252 decodes bytes 0x80 to 0x9F into (U+0080 to U+009F themselves where it has none):
    // with U+00A0 to U+00BF, they are what a UTF-8 continuation byte becomes when the file is read as Windows-1252.
    private const string Windows1252From80 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>
    /// The diagnostic for the first misread character of <paramref name="text"/>, or null. <paramref name="legacyEncoding"/>
    /// names the single-byte code page the compiler decoded the file with, where it did not use a Unicode encoding.
    /// </summary>
    public static DiagnosticInfo? Check(string path, string text, string? legacyEncoding)
    {
        var line = 0;
        var lineStart = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (c == '\n')
            {
                line++;
                lineStart = index + 1;
                continue;
            }

            var found = Describe(text, index, legacyEncoding);
            if (found is not null)
            {
                var location = new FileLocation(path, index, 1, line, index - lineStart);
                return DiagnosticInfo.Create(CatalogDiagnostics.NotUtf8, location, found);
            }
        }

        return null;
    }

    private static string? Describe(string text, int index, string? legacyEncoding)
    {
        var c = text[index];
        if (c == ReplacementCharacter)
        {
            return "it holds U+FFFD, which a decoder writes for bytes that are not UTF-8";
        }

        if (legacyEncoding is not null && c > '\u007F')
        {
            return $"its bytes are not valid UTF-8, so it was read as {legacyEncoding}, and here is its first character beyond ASCII, '{c}'";
        }

        return Utf8ReadAsWindows1252(text, index) is { } garbled
            ? $"it holds '{garbled}', the UTF-8 bytes of '{System.Text.Encoding.UTF8.GetString(Windows1252Bytes(garbled))}' read as Windows-1252"
            : null;
    }

    // A UTF-8 lead byte read as one character (U+00C2 to U+00F4 are the same in Windows-1252 and Latin-1), followed by
    // as many continuation bytes as it announces, each read as one character: "Ã¼" for ü, "â€™" for ’.
    private static string? Utf8ReadAsWindows1252(string text, int index)
    {
        var lead = text[index];
        if (lead < '\u00C2' || lead > '\u00F4')
        {
            return null;
        }

        var continuations = lead < '\u00E0' ? 1 : lead < '\u00F0' ? 2 : 3;
        if (index + continuations >= text.Length)
        {
            return null;
        }

        for (var next = index + 1; next <= index + continuations; next++)
        {
            if (ContinuationByte(text[next]) < 0)
            {
                return null;
            }
        }

        return text.Substring(index, continuations + 1);
    }

    // The byte (0x80 to 0xBF) that Windows-1252 (or Latin-1, the compiler's last fallback) reads as the character, or -1.
    private static int ContinuationByte(char c) =>
        c >= '\u0080' && c <= '\u00BF' ? c
        : Windows1252From80.IndexOf(c) is var high and >= 0 ? 0x80 + high
        : -1;

    private static byte[] Windows1252Bytes(string garbled)
    {
        var bytes = new byte[garbled.Length];
        bytes[0] = (byte)garbled[0];
        for (var index = 1; index < garbled.Length; index++)
        {
            bytes[index] = (byte)ContinuationByte(garbled[index]);
        }

        return bytes;
    }
}
