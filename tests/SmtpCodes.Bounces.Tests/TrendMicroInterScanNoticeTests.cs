using Xunit;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// Trend Micro InterScan Messaging Security Suite's notice names the address it could not deliver to and asks the
/// sender to check it, with no reply code; Sisimai's InterScan decoder (go-sisimai lhost/via-trendmicro.go) reads its
/// "Unable to deliver message to" lines as an unknown user. The notice is the development message
/// sisimai-set-of-emails/lhost-trendmicro-02.eml, cut down.
/// </summary>
public sealed class TrendMicroInterScanNoticeTests
{
    private const string Notice = """
        From: postmaster@nnn.example.jp ("InterScan Notification")
        To: <nyaan@neko.example.jp>
        Subject: Mail could not be delivered
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="------------InterScan_NT_MIME_Boundary"

        --------------InterScan_NT_MIME_Boundary
        Content-type: text/plain

        *************************************************************
        Message from InterScan Messaging Security Suite

        Unable to deliver message to <kijitora@neko.example.jp> (and other recipients in the same domain). Please check if address is correct.
        *************************************************************

        --------------InterScan_NT_MIME_Boundary
        Content-type: message/rfc822

        From: <nyaan@neko.example.jp>
        To: <kijitora@neko.example.jp>
        Subject: Nyaan

        Nyaan
        --------------InterScan_NT_MIME_Boundary--
        """;

    [Fact]
    public void Interscans_notice_to_check_the_address_is_an_unknown_user()
    {
        SmtpBounceRecipient recipient = Assert.Single(SmtpBounce.Read(Notice).Recipients);

        Assert.Equal("kijitora@neko.example.jp", recipient.FinalRecipient);
        Assert.Equal(SmtpBounceReason.UserUnknown, recipient.Diagnosis.Reason);
        Assert.Equal(true, recipient.Diagnosis.IsHardBounce);
    }
}
