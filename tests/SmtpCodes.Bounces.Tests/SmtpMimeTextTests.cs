using System;
using System.Text;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// <see cref="SmtpMimeText"/> over a buffer answers as the same text held as a string: every member the reader uses, on
/// texts and words drawn at random from ASCII, Latin-1 and characters whose case folding is not ASCII's.
/// </summary>
public sealed class SmtpMimeTextTests
{
    // Letters of both cases, the characters bounces set addresses off with, Latin-1 letters, and characters that fold
    // to ASCII or from it only under some rules (Kelvin sign, long s, dotless and dotted i, Greek sigma).
    private const string Alphabet = "aAbBsSkKiI@.<> \t\r\n:;-é\u00C9ß\u00FF\u0178\u212A\u017F\u0131\u0130\u03C3\u03A3\u03C2";

    [Fact]
    public void A_buffer_answers_every_search_as_the_same_string_does()
    {
        var random = new Random(2047);
        for (int round = 0; round < 4000; round++)
        {
            string value = Draw(random, random.Next(0, 40));
            SmtpMimeText buffered = Buffered(value, random.Next(0, 5));
            string word = Draw(random, random.Next(1, 4));
            int start = random.Next(0, value.Length + 1);
            int count = random.Next(0, value.Length - start + 1);
            foreach (StringComparison comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
            {
                Assert.Equal(value.IndexOf(word, start, count, comparison), buffered.IndexOf(word, start, count, comparison));
                int length = random.Next(0, 5);
                int other = random.Next(0, word.Length + 1);
                Assert.Equal(Math.Sign(string.Compare(value, start, word, other, length, comparison)), Math.Sign(SmtpMimeText.Compare(buffered, start, word, other, length, comparison)));
            }

            // A word that a read decoded too (a multipart's boundary), in the text held either way.
            SmtpMimeText bufferedWord = Buffered(word, 2);
            Assert.Equal(value.IndexOf(word, start, count, StringComparison.Ordinal), buffered.IndexOf(bufferedWord, start, count, StringComparison.Ordinal));
            Assert.Equal(value.IndexOf(word, start, count, StringComparison.Ordinal), ((SmtpMimeText)value).IndexOf(bufferedWord, start, count, StringComparison.Ordinal));
            int compared = random.Next(0, 5);
            Assert.Equal(Math.Sign(string.CompareOrdinal(value, start, word, 0, compared)), Math.Sign(SmtpMimeText.CompareOrdinal(buffered, start, bufferedWord, 0, compared)));
            Assert.Equal(value.IndexOf(word[0], start, count), buffered.IndexOf(word[0], start, count));
            Assert.Equal(value.IndexOfAny(word.ToCharArray(), start, count), buffered.IndexOfAny(word.ToCharArray(), start, count));
            if (value.Length > 0)
            {
                int last = random.Next(0, value.Length);
                int back = random.Next(0, last + 2);
                Assert.Equal(value.LastIndexOfAny(word.ToCharArray(), last, back), buffered.LastIndexOfAny(word.ToCharArray(), last, back));
            }

            Assert.Equal(value.Substring(start, count), buffered.Substring(start, count));
            Assert.Equal(value, buffered.ToString());
        }
    }

    [Fact]
    public void A_buffer_ends_at_its_length_not_at_the_end_of_its_array()
    {
        char[] buffer = "550 user unknown<a@b.example> and stale text".ToCharArray();
        var text = new SmtpMimeText(buffer, 16);
        Assert.Equal(16, text.Length);
        Assert.Equal("550 user unknown", text.ToString());
        Assert.Equal(-1, text.IndexOf("<a@b", 0, 16, StringComparison.Ordinal));
        Assert.Equal(-1, text.IndexOf('@', 0, 16));
        Assert.Throws<IndexOutOfRangeException>(() => text[16]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.IndexOf('@', 0, 17));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Substring(10, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmtpMimeText(buffer, buffer.Length + 1));
    }

    [Fact]
    public void A_string_is_the_text_itself_and_comes_back_without_a_copy()
    {
        string value = "Delivery to the following recipient failed";
        SmtpMimeText text = value;
        Assert.Same(value, text.ToString());
        Assert.Same(value, text.Substring(0, value.Length));
        Assert.Equal(0, SmtpMimeText.Empty.Length);
    }

    [Fact]
    public void Appending_a_range_appends_the_same_characters_from_a_buffer_or_a_string()
    {
        string value = "<a@b.example>: host said: 550 no";
        var fromString = new StringBuilder();
        var fromBuffer = new StringBuilder();
        ((SmtpMimeText)value).AppendTo(fromString, 1, 11);
        Buffered(value, 3).AppendTo(fromBuffer, 1, 11);
        Assert.Equal("a@b.example", fromString.ToString());
        Assert.Equal(fromString.ToString(), fromBuffer.ToString());
    }

    [Fact]
    public void Only_ordinal_comparisons_are_made()
    {
        SmtpMimeText text = Buffered("abc", 0);
        Assert.Throws<ArgumentException>(() => text.IndexOf("b", 0, 3, StringComparison.InvariantCultureIgnoreCase));
    }

    private static string Draw(Random random, int length)
    {
        var value = new char[length];
        for (int i = 0; i < length; i++)
        {
            value[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(value);
    }

    // The text in a buffer longer than it, the rest filled with characters that would match if read.
    private static SmtpMimeText Buffered(string value, int spare)
    {
        char[] buffer = (value + new string('a', spare)).ToCharArray();
        return new SmtpMimeText(buffer, value.Length);
    }
}
