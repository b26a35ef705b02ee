namespace SmtpCodes.Bounces.Tests.Exim;

/// <summary>
/// The two Exim configurations of <see cref="EximDsnTests"/>, written into the run's own folder: the reporting Exim
/// (mx.exim.test), which accepts each message from the command line, fails it by a real delivery path and delivers
/// its bounce into a maildir; and a second Exim listening on 127.0.0.1 that refuses to relay, as a remote server does.
/// Nothing leaves the loopback interface: there is no DNS lookup and every remote host is 127.0.0.1.
/// </summary>
internal static class EximConfiguration
{
    public const string Sender = "collector@dsn.test";
    public const string UnknownUser = "nosuchuser@exim.test";
    public const string FullMailbox = "full@exim.test";
    public const string TooLarge = "big@exim.test";
    public const string RelayDenied = "someone@relaydenied.test";
    public const string Unreachable = "someone@unreachable.test";
    public const string Delayed = "someone@delayed.test";

    /// <summary>
    /// Routers and transports per scenario: no router for the unknown user ("Unrouteable address"), an appendfile
    /// quota of 1 KiB, an appendfile message size limit of 1 KiB, an SMTP delivery to the relay-refusing Exim, and
    /// an SMTP delivery to a closed port. A retry rule without times fails every temporary error at once, except for
    /// the delayed domain: its host (the closed port again) is retried every second for a day, and <c>delay_warning</c>
    /// of one second makes the next failed attempt warn the sender (a DSN with <c>Action: delayed</c>).
    /// </summary>
    public static string Reporting(string exim, string folder, int relayPort, int closedPort) => $$"""
        primary_hostname = mx.exim.test
        exim_path = {{exim}}
        spool_directory = {{folder}}/spool
        log_file_path = {{folder}}/log/%slog
        pid_file_path = {{folder}}/exim.pid
        domainlist local_domains = exim.test : dsn.test
        qualify_domain = dsn.test
        never_users =
        bounce_return_body = true
        keep_environment =
        host_lookup =
        rfc1413_hosts =
        tls_advertise_hosts =
        delay_warning = 1s

        begin routers
        delayed:
          driver = manualroute
          domains = delayed.test
          route_list = * 127.0.0.1 byname
          self = send
          transport = closed_port
        unreachable:
          driver = manualroute
          domains = unreachable.test
          route_list = * 127.0.0.1 byname
          self = send
          transport = closed_port
        relay_denied:
          driver = manualroute
          domains = relaydenied.test
          route_list = * 127.0.0.1 byname
          self = send
          transport = relay_port
        full_mailbox:
          driver = accept
          domains = exim.test
          local_parts = full
          transport = quota_box
        too_large:
          driver = accept
          domains = exim.test
          local_parts = big
          transport = size_box
        collector:
          driver = accept
          domains = dsn.test
          local_parts = collector
          transport = collector_box

        begin transports
        closed_port:
          driver = smtp
          port = {{closedPort}}
          allow_localhost
        relay_port:
          driver = smtp
          port = {{relayPort}}
          allow_localhost
        quota_box:
          driver = appendfile
          directory = {{folder}}/full
          maildir_format
          quota = 1K
          user = Debian-exim
        size_box:
          driver = appendfile
          directory = {{folder}}/big
          maildir_format
          message_size_limit = 1K
          user = Debian-exim
        collector_box:
          driver = appendfile
          directory = {{folder}}/collector
          maildir_format
          user = Debian-exim

        begin retry
        delayed.test * F,1d,1s
        * *
        """;

    /// <summary>A remote server that accepts mail for its own domain only: "550 relay not permitted", Exim's default wording.</summary>
    public static string RelayRefusing(string exim, string folder, int port) => $$"""
        primary_hostname = relay.exim.test
        exim_path = {{exim}}
        spool_directory = {{folder}}/relay-spool
        log_file_path = {{folder}}/relay-log/%slog
        pid_file_path = {{folder}}/relay.pid
        daemon_smtp_ports = {{port}}
        local_interfaces = 127.0.0.1
        domainlist local_domains = relay.exim.test
        acl_smtp_rcpt = acl_check_rcpt
        keep_environment =
        host_lookup =
        rfc1413_hosts =
        tls_advertise_hosts =

        begin acl
        acl_check_rcpt:
          require message = relay not permitted
                  domains = +local_domains
          accept
        """;
}
