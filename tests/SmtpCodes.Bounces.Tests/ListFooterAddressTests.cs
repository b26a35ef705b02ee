using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// A bounce that reached a mailing list carries the list's command addresses twice: in its RFC 2369 header fields
/// (List-Help, List-Unsubscribe) and in the footer the list appends ("To unsubscribe, e-mail: ..."). Neither is a
/// failed recipient. Input from the development message sisimai-set-of-emails/rfc3464-31.eml (XMail's virus gateway
/// notice as the tomcat-user list archived it), cut to its shape.
/// </summary>
public sealed class ListFooterAddressTests
{
    [Fact]
    public void The_list_command_addresses_of_the_footer_are_no_failed_recipients()
    {
        const string Message = """
            Mailing-List: contact tomcat-user-help@jakarta.apache.org; run by ezmlm
            List-Unsubscribe: <mailto:tomcat-user-unsubscribe@jakarta.apache.org>
            List-Help: <mailto:tomcat-user-help@jakarta.apache.org>
            List-Post: <mailto:tomcat-user@jakarta.apache.org>
            From: Mail Delivery Subsystem <MAILER-DAEMON@vscan.pagitz.local>
            To: <office@pagitz-baustoffe.at>
            Subject: Message Bounced - Virus Infection

            Hello, this is a message from Mail Delivery Subsystem of vscan.pagitz.local.

            There were problems delivering your message to the following recipient:

            <office@pagitz-baustoffe.at>

            Your message was infected with a virus.

            ---------------------------------------------------------------------
            To unsubscribe, e-mail: tomcat-user-unsubscribe@jakarta.apache.org
            For additional commands, e-mail: tomcat-user-help@jakarta.apache.org
            """;

        SmtpBounce bounce = SmtpBounce.Read(Message);

        Assert.Equal(SmtpBounceMessageKind.PlainTextBounce, bounce.Kind);
        Assert.DoesNotContain(bounce.Recipients, recipient => (recipient.FinalRecipient ?? string.Empty).Contains("tomcat-user-", System.StringComparison.Ordinal));
    }
}
