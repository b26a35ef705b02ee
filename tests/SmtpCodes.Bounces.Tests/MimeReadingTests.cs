using System.Linq;
using System.Text;
using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>The MIME layer on small hand-made messages: each test is one rule of RFC 2045-2047, 2046 or 5322 as bounces bend it.</summary>
public sealed class MimeReadingTests
{
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Folded_header_fields_are_unfolded_whatever_the_line_ends(string lineEnd)
    {
        string message = string.Join(lineEnd, "Subject: Delivery", "\tStatus Notification", "From: MAILER-DAEMON@mx.example", "", "body");
        var root = SmtpMimeParser.ParseMessage(message);
        Assert.Equal("Delivery Status Notification", root.Headers.Get("subject"));
        Assert.Equal("body", root.DecodedText.ToString());
    }

    [Fact]
    public void A_message_without_header_is_all_body()
    {
        var root = SmtpMimeParser.ParseMessage("This is the mail system at host mx.example.\n\n<a@b.example>: host said: 550 no\n");
        Assert.Equal(0, root.Headers.Count);
        Assert.StartsWith("This is the mail system", root.DecodedText.ToString());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Blank_lines_before_the_header_are_skipped_when_a_field_follows(string lineEnd)
    {
        // RFC 5322 2.1: header fields, an empty line, the body. A copy saved with empty lines in front of its header
        // would otherwise end its header at once and read its fields as body text.
        string message = string.Join(lineEnd, "", "  ", "From: MAILER-DAEMON@mx.example", "Subject: Undelivered Mail Returned to Sender", "", "body");
        var root = SmtpMimeParser.ParseMessage(message);
        Assert.Equal("Undelivered Mail Returned to Sender", root.Headers.Get("Subject"));
        Assert.Equal("body", root.DecodedText.ToString());
    }

    [Fact]
    public void Blank_lines_before_text_that_is_no_field_keep_the_empty_header()
    {
        var root = SmtpMimeParser.ParseMessage("\n\nThis is the mail system at host mx.example.\n\n<a@b.example>: host said: 550 no\n");
        Assert.Equal(0, root.Headers.Count);
        Assert.Contains("This is the mail system", root.DecodedText.ToString());
    }

    [Fact]
    public void An_mbox_From_line_before_the_header_is_skipped()
    {
        var root = SmtpMimeParser.ParseMessage("From VM Wed Oct  4 02:03:34 2000\nSubject: x\n\nbody");
        Assert.Equal("x", root.Headers.Get("Subject"));
    }

    [Fact]
    public void An_mbox_From_line_and_a_quoted_copy_of_one_before_the_header_are_skipped()
    {
        // A message saved from one mailbox file into another keeps the first file's separator as a body line, which
        // the second quotes (mboxrd, RFC 4155's "From " line with ">" before it), then writes its own separator first.
        var root = SmtpMimeParser.ParseMessage("From MAILER-DAEMON Wed Jun 18 07:58:17 2025\n>From MAILER-DAEMON Wed Jun 18 07:58:17 2025\nSubject: x\nMessage-ID: <a@mx.example>\n\nbody");
        Assert.Equal("x", root.Headers.Get("Subject"));
        Assert.Equal("<a@mx.example>", root.Headers.Get("Message-ID"));
        Assert.Equal("body", root.DecodedText.ToString());
    }

    [Fact]
    public void Nested_multiparts_are_split_at_their_own_boundaries()
    {
        string message = "Content-Type: multipart/mixed; boundary=\"outer\"\n\npreamble\n--outer\nContent-Type: multipart/alternative; boundary=outer-2\n\n"
            + "--outer-2\nContent-Type: text/plain\n\nplain\n--outer-2\nContent-Type: text/html\n\n<p>html</p>\n--outer-2--\n--outer\nContent-Type: text/plain\n\nsecond\n--outer--\nepilogue";
        var root = SmtpMimeParser.ParseMessage(message);
        Assert.Equal(2, root.Children.Count);
        Assert.Equal(new[] { "text/plain", "text/html" }, root.Children[0].Children.Select(part => part.MediaType));
        Assert.Equal("plain", root.Children[0].Children[0].DecodedText.ToString());
        Assert.Equal("second", root.Children[1].DecodedText.ToString());
    }

    [Fact]
    public void A_media_type_whose_parameters_lack_their_semicolon_is_still_read()
    {
        // RFC 2045 5.1: the subtype is a token, which holds no space; the unnamed MTA Sisimai reads as Lhost::X1 folds
        // "Content-Type: text/plain" onto "   charset=..." without the semicolon (rb-sisimai's eg/maildir-as-a-sample/new/x1-02.eml).
        string message = "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n   charset=\"iso-2022-jp\"\n\nthe notice\n"
            + "--b\nContent-Type: text/html\n   charset=\"us-ascii\"\n\n<p>html</p>\n--b--\n";
        var root = SmtpMimeParser.ParseMessage(message);
        Assert.Equal(new[] { "text/plain", "text/html" }, root.Children.Select(part => part.MediaType));
        Assert.Equal("the notice", root.Children[0].DecodedText.ToString().TrimEnd());
    }

    [Fact]
    public void A_multipart_without_its_closing_boundary_keeps_its_last_part()
    {
        var root = SmtpMimeParser.ParseMessage("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\nContent-Type: text/plain\n\nlast, never closed");
        Assert.Equal(2, root.Children.Count);
        Assert.Equal("last, never closed", root.Children[1].DecodedText.ToString());
    }

    [Fact]
    public void Base64_and_quoted_printable_bodies_are_decoded_by_their_charset()
    {
        string base64 = System.Convert.ToBase64String(Encoding.UTF8.GetBytes("Zustellung fehlgeschlagen: Empfänger unbekannt"));
        var utf8 = SmtpMimeParser.ParseMessage("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + base64.Insert(20, "\r\n"));
        Assert.Equal("Zustellung fehlgeschlagen: Empfänger unbekannt", utf8.DecodedText.ToString());

        var latin1 = SmtpMimeParser.ParseMessage("Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nBo=EEte pleine, soft=\n break");
        Assert.Equal("Boîte pleine, soft break", latin1.DecodedText.ToString());

        var windows1252 = SmtpMimeParser.ParseMessage("Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n=93quoted=94");
        Assert.Equal("\u201Cquoted\u201D", windows1252.DecodedText.ToString());
    }

    [Fact]
    public void An_unknown_charset_is_read_as_latin1_and_never_thrown_on()
    {
        var root = SmtpMimeParser.ParseMessage("Content-Type: text/plain; charset=x-no-such-charset\nContent-Transfer-Encoding: quoted-printable\n\n550 user unknown =E9");
        Assert.Equal("550 user unknown é", root.DecodedText.ToString());
    }

    [Fact]
    public void Broken_base64_decodes_what_it_can()
    {
        var root = SmtpMimeParser.ParseMessage("Content-Transfer-Encoding: base64\n\nNTUw!!IHVzZXIg=dW5rbm93bg");
        Assert.Contains("550", root.DecodedText.ToString());
    }

    [Theory]
    [InlineData("=?utf-8?B?VW56dXN0ZWxsYmFy?=", "Unzustellbar")]
    [InlineData("=?iso-8859-1?Q?Non_remis_=E0?= x", "Non remis à x")]
    [InlineData("=?UTF-8?Q?a?= =?UTF-8?Q?b?=", "ab")]
    [InlineData("Undeliverable: =?utf-8?B?broken", "Undeliverable: =?utf-8?B?broken")]
    [InlineData("=?koi8-r?B?UF9AX/NfQ1/5X+xfS1/p?=", "P_@_\u00F3_C_\u00F9_\u00EC_K_\u00E9")]
    public void Encoded_words_are_decoded_and_broken_ones_kept(string value, string expected)
    {
        // koi8-r is not among the encodings .NET knows without a code-pages provider: read as ISO-8859-1, not thrown on.
        Assert.Equal(expected, SmtpMimeEncodedWords.Decode(value));
    }

    [Fact]
    public void A_returned_message_and_a_returned_header_are_parsed_as_entities()
    {
        string message = "Content-Type: multipart/report; report-type=delivery-status; boundary=r\n\n--r\n\nhuman\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n"
            + "Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n\n--r\nContent-Type: text/rfc822-headers\n\nMessage-ID: <1@x>\nSubject: hello\n--r--\n";
        var root = SmtpMimeParser.ParseMessage(message);
        var returned = root.Children[2].Children.Single();
        Assert.Equal("<1@x>", returned.Headers.Get("Message-ID"));
    }
}
