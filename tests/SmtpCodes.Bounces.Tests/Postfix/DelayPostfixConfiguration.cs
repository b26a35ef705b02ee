namespace SmtpCodes.Bounces.Tests.Postfix;

/// <summary>
/// A Postfix that cannot reach the recipient's host (a closed port on 127.0.0.1), keeps retrying, and warns the
/// sender that the message is delayed: a real delay DSN (<c>Action: delayed</c>), which a sender must not treat as a
/// failure. The queue is scanned every second and the warning is due after one second, so the warning comes within the
/// test; the message stays queued for a day, so no failure DSN follows it.
/// </summary>
internal static class DelayPostfixConfiguration
{
    public const string Delayed = "someone@delayed.test";

    public static string MainCf(string directory, int closedPort) => global::SmtpCodes.MailKitPostfix.PostfixConfiguration.InstanceSettings(directory) + $$"""
        mynetworks = 127.0.0.0/8
        smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
        relay_domains = delayed.test
        transport_maps = inline:{ delayed.test=smtp:[127.0.0.1]:{{closedPort}} }

        # The sender's maildir that collects the warning.
        virtual_mailbox_domains = dsn.test
        virtual_mailbox_base = {{directory}}/vmail
        virtual_mailbox_maps = inline:{ {{DsnPostfixConfiguration.Sender}}=collector/ }
        virtual_uid_maps = static:65534
        virtual_gid_maps = static:65534

        # Retry every second and warn after one second; give up only after a day.
        delay_warning_time = 1s
        queue_run_delay = 1s
        minimal_backoff_time = 1s
        maximal_backoff_time = 1s
        maximal_queue_lifetime = 1d
        smtp_connect_timeout = 5s

        """;
}
