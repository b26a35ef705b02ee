using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// The one pass of the engine without spans (<c>SmtpFirstOccurrences</c>, run in the C# 7.3 engine as the generator emits
/// it, <see cref="EngineWithoutSpans"/>) answers, for every string it looked for, what IndexOf with
/// <see cref="StringComparison.OrdinalIgnoreCase"/> answers over the same range; and a report's recipients are read
/// from their paragraphs alike whether their addresses were searched one by one (the first
/// <c>SmtpBounceReader.AddressSearchesAlone</c> there, every one in the net10.0 engine) or in the one pass. Texts and
/// strings are drawn from small alphabets so that strings overlap, repeat, differ only by case, and meet the characters
/// whose case folding is special (long s, dotless and dotted i, Kelvin sign, sharp s, final sigma, surrogates; an
/// address with a surrogate pair is left to a search of its own).
/// </summary>
public sealed class FirstOccurrencesPropertyTests
{
    private static readonly char[] Alphabet =
    {
        'a', 'A', 'b', 'B', 's', 'S', '\u017F', 'i', 'I', '\u0131', '\u0130', 'k', '\u212A', '\u00DF', '\u1E9E',
        '\u03C3', '\u03A3', '\u03C2', '\u00E9', '\u00C9', '\uD83D', '\uDE00', '@', '.',
    };

    // A text over the alphabet (mostly its first letters, so that strings recur), with the range to search.
    private static readonly Gen<(string Text, int Start, int End)> Texts =
        from length in Gen.Choose(0, 40)
        from chars in Gen.ArrayOf(Gen.Frequency((3, Gen.Elements('a', 'A', 'b')), (1, Gen.Elements(Alphabet))), length)
        let text = new string(chars)
        from start in Gen.Choose(0, text.Length)
        from end in Gen.Choose(start, text.Length)
        select (text, start, end);

    // A string to look for: a piece of the text (as it is, or with its case changed), or any short string.
    private static Gen<string> Needle(string text) =>
        Gen.Frequency(
            (3, from at in Gen.Choose(0, text.Length) from length in Gen.Choose(0, Math.Min(6, text.Length - at)) select text.Substring(at, length)),
            (2, from at in Gen.Choose(0, text.Length) from length in Gen.Choose(0, Math.Min(6, text.Length - at)) select FlipCase(text.Substring(at, length))),
            (3, from length in Gen.Choose(0, 4) from chars in Gen.ArrayOf(Gen.Elements(Alphabet), length) select new string(chars)));

    private static readonly Gen<(string Text, int Start, int End, string[] Needles)> Searches =
        from range in Texts
        from count in Gen.Choose(0, 10)
        from needles in Gen.ArrayOf(Needle(range.Text), count)
        from repeated in Gen.Choose(0, 2)
        select (range.Text, range.Start, range.End, needles.Concat(needles.Take(repeated)).ToArray());

    [Property(MaxTest = 2000, Replay = "(1234567,7654321)")]
    public Property Every_string_is_found_where_IndexOf_finds_it() =>
        Prop.ForAll(Searches.ToArbitrary(), search =>
        {
            (string text, int start, int end, string[] needles) = search;
            Check(text, start, end, needles, buffer: false);
            // The reader also searches texts it decoded into a buffer (no string).
            Check(text, start, end, needles, buffer: true);
        });

    private static void Check(string text, int start, int end, string[] needles, bool buffer)
    {
        (int[] indexes, int charactersRead) = EngineWithoutSpans.FirstOccurrences(text, start, end, needles, buffer);
        Assert.True(charactersRead <= end - start);
        for (int i = 0; i < needles.Length; i++)
        {
            string needle = needles[i];
            int expected = text.IndexOf(needle, start, end - start, StringComparison.OrdinalIgnoreCase);
            if (indexes[i] != -2)
            {
                Assert.True(expected == indexes[i], $"'{Escape(needle)}' in '{Escape(text)}'[{start}, {end}): {indexes[i]}, IndexOf {expected}");
            }
            else
            {
                // Only the strings it says it does not look for are left to the caller's own search.
                Assert.True(needle.Length == 0 || needle.Any(char.IsSurrogate), $"'{Escape(needle)}' not looked for");
            }
        }
    }

    [Theory]
    [InlineData("ab", 0, 2, new[] { "ab", "b", "AB", "aB" })]
    [InlineData("aab", 0, 3, new[] { "aab", "ab", "b", "aa" })]
    [InlineData("xabcabd", 1, 6, new[] { "abd", "bca", "cab", "ab" })]
    [InlineData("\u017Fs", 0, 2, new[] { "S", "\u017F", "s\u017F" })]
    [InlineData("k\u212AK", 0, 3, new[] { "K", "\u212A", "k\u212A" })]
    public void Overlapping_strings_are_each_found_first_where_IndexOf_finds_them(string text, int start, int end, string[] needles)
    {
        Check(text, start, end, needles, buffer: false);
        Check(text, start, end, needles, buffer: true);
    }

    // A notice of N recipients, each with its own Postfix paragraph naming the command its reply answered, its
    // report's groups in another order; addresses over a small alphabet, so that one may lie inside another's paragraph
    // ("b@x.example" inside "<ab@x.example>: ..."). Each recipient is read from the paragraph where IndexOf first finds
    // its address in the notice: a refusal at MAIL FROM is the sender's (Rejected), at RCPT TO the recipient's. Most
    // reports have just more recipients than the C# 7.3 engine searches for alone, so that both ways of finding them meet.
    private static readonly Gen<(string[] Addresses, bool[] MailFrom, int[] NoticeOrder, bool[] NoticeCase)> Notices =
        from count in Gen.Frequency(
            (4, Gen.Choose(EngineWithoutSpans.AddressSearchesAlone - 1, EngineWithoutSpans.AddressSearchesAlone + 4)),
            (1, Gen.Choose(1, EngineWithoutSpans.AddressSearchesAlone - 2)),
            (1, Gen.Choose(EngineWithoutSpans.AddressSearchesAlone + 5, EngineWithoutSpans.AddressSearchesAlone + 32)))
        from locals in Gen.ArrayOf(Gen.Choose(1, 4).SelectMany(length => Gen.ArrayOf(Gen.Elements("a", "b", "A", "s", "\u017F", "\u212A", "k", "\uD83D\uDE00"), length)).Select(string.Concat), count)
        from mailFrom in Gen.ArrayOf(Gen.Elements(true, false), count)
        from order in Gen.Shuffle(Enumerable.Range(0, count).ToArray())
        from noticeCase in Gen.ArrayOf(Gen.Elements(true, false), count)
        select (locals.Select(local => local + "@x.example").ToArray(), mailFrom, order, noticeCase);

    [Property(MaxTest = 150, Replay = "(7654321,1234567)")]
    public Property Every_recipient_is_read_from_the_paragraph_where_its_address_first_is() =>
        Prop.ForAll(Notices.ToArbitrary(), notice =>
        {
            (string[] addresses, bool[] mailFrom, int[] order, bool[] noticeCase) = notice;
            var text = new StringBuilder("This is the mail system at host mx.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n");
            var paragraphs = new List<(int Start, bool MailFrom)>();
            foreach (int i in order)
            {
                paragraphs.Add((text.Length, mailFrom[i]));
                string command = mailFrom[i] ? "MAIL FROM" : "RCPT TO";
                string address = noticeCase[i] ? FlipAsciiCase(addresses[i]) : addresses[i];
                text.Append($"<{address}>: host mx.x.example[192.0.2.1] said: 550 5.1.1 User unknown (in\n    reply to {command} command)\n\n");
            }

            string explanation = text.ToString();
            var message = new StringBuilder("From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n")
                .Append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
                .Append(explanation)
                .Append("--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n");
            foreach (string address in addresses)
            {
                message.Append($"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n");
            }

            string read = message.Append("--b--\n").ToString();

            // One recipient per address ignoring case (a report's groups for one address are one recipient), whose
            // refusal at MAIL FROM is the sender's (Rejected), at RCPT TO the recipient's (UserUnknown).
            string[] expected = addresses.Distinct(StringComparer.OrdinalIgnoreCase).Select(address =>
            {
                int at = explanation.IndexOf(address, StringComparison.OrdinalIgnoreCase);
                bool answeredMailFrom = paragraphs.Last(paragraph => paragraph.Start <= at).MailFrom;
                return $"{address} {(answeredMailFrom ? SmtpBounceReason.Rejected : SmtpBounceReason.UserUnknown)}";
            }).ToArray();

            // The net10.0 engine (each address searched alone), and the C# 7.3 engine (one pass past its first searches)
            // from a string and from bytes (a decoded buffer, searched with its own loop).
            string[] byAddress = SmtpBounce.Read(read).Recipients.Select(recipient => $"{recipient.FinalRecipient} {recipient.Diagnosis.Reason}").ToArray();
            Assert.True(expected.SequenceEqual(byAddress), $"net10.0: {string.Join(", ", byAddress)}; expected {string.Join(", ", expected)}");
            foreach (bool fromBytes in new[] { false, true })
            {
                string[] onePass = EngineWithoutSpans.Read(read, fromBytes);
                Assert.True(expected.SequenceEqual(onePass), $"C# 7.3 (from bytes: {fromBytes}): {string.Join(", ", onePass)}; expected {string.Join(", ", expected)}");
            }
        });

    private static string FlipCase(string value)
    {
        return new string(value.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());
    }

    // Case changed where OrdinalIgnoreCase still matches (long s upper-cases to S, which it keeps apart).
    private static string FlipAsciiCase(string value)
    {
        return new string(value.Select(c => c >= 0x80 ? c : char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());
    }

    private static string Escape(string value)
    {
        return string.Concat(value.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}"));
    }
}
