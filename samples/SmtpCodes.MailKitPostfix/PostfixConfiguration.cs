using System.Linq;

namespace SmtpCodes.MailKitPostfix;

/// <summary>The main.cf and master.cf of a <see cref="PostfixInstance"/>: each rejection comes from a real Postfix feature.</summary>
internal static class PostfixConfiguration
{
    public static string MainCf(string directory)
    {
        string localUsers = string.Join(", ", PostfixInstance.KnownUsers.Select(address => address.Split('@')[0] + "=ok"));
        return InstanceSettings(directory) + $$"""

            # Unknown user: the domain is local and only these users exist (550 5.1.1 ... User unknown in local recipient table).
            mydestination = {{PostfixInstance.Domain}}
            local_recipient_maps = inline:{ {{localUsers}} }

            # Relay denied: 127.0.0.1 is not a trusted network, so mail for other domains is refused (554 5.7.1 Relay access denied).
            mynetworks = 192.0.2.0/24
            smtpd_relay_restrictions = reject_unauth_destination

            # Greylisting-style deferral of one recipient, as a policy service would answer (450 4.2.0 ... Greylisted).
            smtpd_recipient_restrictions = check_recipient_access inline:{ { {{PostfixInstance.GreylistedUser}} = 450 4.2.0 Greylisted, please try again later } }

            # Too many recipients: the recipient after the limit gets 452 4.5.3 Error: too many recipients.
            smtpd_recipient_limit = {{PostfixInstance.RecipientLimit}}

            # Message too large: SIZE is not announced, so the client sends the whole message and Postfix refuses it
            # after DATA (552 5.3.4 Error: message file too big) instead of MailKit refusing it before sending.
            message_size_limit = {{PostfixInstance.MessageSizeLimit}}
            smtpd_discard_ehlo_keywords = size

            # Accepted mail goes nowhere.
            default_transport = discard:
            local_transport = discard:
            relay_transport = discard:

            """;
    }

    /// <summary>
    /// What every Postfix of our own needs in main.cf: its folder for queue, data and log, 127.0.0.1 only, the test
    /// domain, no local aliases. The bounce tests start from it too.
    /// </summary>
    public static string InstanceSettings(string directory) => $$"""
        compatibility_level = 3.6
        queue_directory = {{directory}}/queue
        data_directory = {{directory}}/data
        mail_owner = postfix
        setgid_group = postdrop
        maillog_file = {{directory}}/maillog
        maillog_file_prefixes = {{directory}}
        inet_interfaces = 127.0.0.1
        inet_protocols = ipv4
        myhostname = mx.{{PostfixInstance.Domain}}
        mydomain = {{PostfixInstance.Domain}}
        myorigin = {{PostfixInstance.Domain}}
        biff = no
        alias_maps =
        alias_database =

        """;

    /// <summary>Only the services an SMTP server that discards its mail needs; nothing chrooted, nothing on port 25.</summary>
    public static string MasterCf(string host, int port) => $"""
        {host}:{port} inet n - n - - smtpd
        cleanup   unix  n - n - 0 cleanup
        qmgr      unix  n - n 300 1 qmgr
        rewrite   unix  - - n - - trivial-rewrite
        bounce    unix  - - n - 0 bounce
        defer     unix  - - n - 0 bounce
        trace     unix  - - n - 0 bounce
        verify    unix  - - n - 1 verify
        flush     unix  n - n 1000? 0 flush
        proxymap  unix  - - n - - proxymap
        showq     unix  n - n - - showq
        error     unix  - - n - - error
        retry     unix  - - n - - error
        discard   unix  - - n - - discard
        anvil     unix  - - n - 1 anvil
        scache    unix  - - n - 1 scache
        postlog   unix-dgram n - n - 1 postlogd

        """;
}
