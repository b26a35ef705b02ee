namespace SmtpCodes.Bounces.Tests;

/// <summary>A delivery status notification of our own text for one recipient, with the Status and Diagnostic-Code given.</summary>
internal static class OneRecipientReport
{
    internal static string With(string status, string diagnosticCode) => $"""
        From: Mail Delivery System <postmaster@mx.example.org>
        To: <sender@example.org>
        Subject: Mail delivery failed: returning message to sender
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        Delivery of your message to kijitora@example.jp failed permanently.

        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.org

        Final-Recipient: rfc822; kijitora@example.jp
        Action: failed
        Status: {status}
        Diagnostic-Code: {diagnosticCode}

        --b--
        """;
}
