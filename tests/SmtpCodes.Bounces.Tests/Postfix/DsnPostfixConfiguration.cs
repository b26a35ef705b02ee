using System.IO;

namespace SmtpCodes.Bounces.Tests.Postfix;

/// <summary>
/// A Postfix that accepts every message from 127.0.0.1 and then fails to deliver some of them, so that its bounce
/// daemon sends real delivery status notifications to the sender, which a virtual(8) maildir collects. Each failure
/// comes from a real Postfix code path, not from a configured reply text:
/// <list type="bullet">
/// <item>unknown user: local(8) finds no such user after smtpd accepted the address (<c>local_recipient_maps</c> empty);</item>
/// <item>full mailbox: virtual(8) appends to an mbox already larger than its <c>virtual_mailbox_limit</c> (File too large);</item>
/// <item>oversized message: the smtp(8) client relays to a second smtpd of the same instance whose <c>message_size_limit</c> is smaller;</item>
/// <item>relay denied: that second smtpd does not relay for the domain (554 5.7.1 Relay access denied);</item>
/// <item>unreachable host: the smtp(8) client connects to a closed port, and with <c>maximal_queue_lifetime = 0</c> gives up at once.</item>
/// </list>
/// </summary>
internal static class DsnPostfixConfiguration
{
    public const string Sender = "collector@dsn.test";
    public const string UnknownUser = "nosuchuser@example.test";
    public const string FullMailbox = "full@mailbox.test";
    public const string TooLarge = "big@toolarge.test";
    public const string RelayDenied = "someone@relaydenied.test";
    public const string Unreachable = "someone@unreachable.test";
    public const int RemoteMessageSizeLimit = 3000;

    public static string CollectorFolder(string directory) => Path.Combine(directory, "vmail", "collector", "new");

    /// <summary>The virtual(8) mail folder, writable by the unprivileged user virtual(8) runs as, and the full mailbox.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void Prepare(string directory)
    {
        string mail = Path.Combine(directory, "vmail");
        Directory.CreateDirectory(mail);
        File.SetUnixFileMode(mail, (UnixFileMode)0x1FF);
        string full = Path.Combine(mail, "full");
        File.WriteAllText(full, "From old@example.test Thu Jan  1 00:00:00 2026\n" + new string('x', 8000) + "\n");
        File.SetUnixFileMode(full, (UnixFileMode)0x1B6);

        // virtual(8) delivers only to a mailbox its recipient owns (the uid of virtual_uid_maps).
        using var chown = System.Diagnostics.Process.Start("chown", new[] { VirtualUid + ":" + VirtualUid, full });
        chown.WaitForExit();
    }

    private const string VirtualUid = "65534";

    public static string MainCf(string directory, int remotePort, int closedPort) => global::SmtpCodes.MailKitPostfix.PostfixConfiguration.InstanceSettings(directory) + $$"""
        mynetworks = 127.0.0.0/8
        smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
        relay_domains = toolarge.test, unreachable.test

        # Unknown user: accepted by smtpd, refused by local(8).
        mydestination = example.test
        local_recipient_maps =

        # The sender's maildir that collects the DSNs, and the full mailbox.
        virtual_mailbox_domains = dsn.test, mailbox.test
        virtual_mailbox_base = {{directory}}/vmail
        virtual_mailbox_maps = inline:{ {{Sender}}=collector/, {{FullMailbox}}=full }
        virtual_uid_maps = static:{{VirtualUid}}
        virtual_gid_maps = static:{{VirtualUid}}
        virtual_mailbox_limit = 0

        transport_maps = inline:{ {{FullMailbox}}=tinybox:, toolarge.test=smtp:[127.0.0.1]:{{remotePort}}, relaydenied.test=smtp:[127.0.0.1]:{{remotePort}}, unreachable.test=smtp:[127.0.0.1]:{{closedPort}} }

        # Give up after the first failed attempt, so that temporary failures bounce within the test.
        maximal_queue_lifetime = 0
        bounce_queue_lifetime = 0
        smtp_connect_timeout = 5s

        """;

    /// <summary>The sample's services, plus the second smtpd and the delivery agents that fail.</summary>
    public static string MasterCf(string host, int port, int remotePort) => global::SmtpCodes.MailKitPostfix.PostfixConfiguration.MasterCf(host, port) + $"""
        {host}:{remotePort} inet n - n - - smtpd -o message_size_limit={RemoteMessageSizeLimit} -o mynetworks=192.0.2.0/24 -o smtpd_relay_restrictions=reject_unauth_destination -o relay_domains=toolarge.test
        smtp      unix  - - n - - smtp
        local     unix  - n n - - local
        virtual   unix  - n n - - virtual
        tinybox   unix  - n n - - virtual -o virtual_mailbox_limit=6000 -o message_size_limit=6000

        """;
}
