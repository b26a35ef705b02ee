using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A relay's Diagnostic-Code may name the SMTP command a reply answered before the reply it quotes (RFC 3464 section
/// 2.3.6: the smtp diagnostic is the reply; RFC 5321 section 4.1.1 names the commands, 4.2 puts the code first in the
/// reply). The code after a command in capitals and a few words is the reply's code, with or without an enhanced code
/// after it. Our own texts, in the shape of the reply after DATA that a content filter refuses.
/// </summary>
public sealed class CommandBeforeCodeTests
{
    [Theory]
    [InlineData("DATA closing 554 spam detected", 554)]
    [InlineData("smtp; DATA closing 554 spam detected", 554)]
    [InlineData("MAIL+RCPT 550 no such user here", 550)]
    [InlineData("end of DATA 552 message too large", 552)]
    [InlineData("RCPT 451 try again later", 451)]
    // As the bounce reader joins a report's Status before words that have no enhanced code.
    [InlineData("5.0.0 DATA closing 554 spam detected", 554)]
    public void A_code_after_the_command_it_answered_is_the_reply_code(string reply, int basic)
    {
        Assert.True(SmtpReply.TryParse(reply, out var parsed));

        Assert.Equal((SmtpReplyCode)basic, parsed.BasicCode);
    }

    [Theory]
    // A sentence's number, with no command before it.
    [InlineData("You sent more than 500 recipients")]
    [InlineData("Quota exceeded by 550 messages")]
    // A command's name in lower case is a word of a sentence, and a long run of words is a sentence.
    [InlineData("the data was 500 bytes long")]
    [InlineData("DATA transfer stopped after the first 450 lines")]
    // A command glued into a longer word.
    [InlineData("DATABASE 550 rows")]
    // An enhanced code inside a sentence does not open its line.
    [InlineData("see 5.0.0 DATA 554 notes")]
    public void A_number_after_words_that_name_no_command_is_no_code(string text)
    {
        SmtpReply.TryParse(text, out var parsed);

        Assert.Null(parsed.BasicCode);
    }
}
