using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// Notices that the catalog names by their writer's source: Google Groups refusing a post (Sisimai's Google Groups
/// decoder reads it as a rejected sender) and Postfix giving up on a destination whose name server answered with
/// something it could not use (src/dns/dns_lookup.c, bounced under 5.4.4). The inputs are the texts of the development
/// messages sisimai-set-of-emails/lhost-googlegroups-02.eml and rhost-aol-06.eml.
/// </summary>
public sealed class ProviderNoticeWordingTests
{
    [Fact]
    public void Google_groups_refusing_a_post_is_a_rejected_sender()
    {
        var diagnosis = SmtpReply.Diagnose("We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group.");

        Assert.Equal(SmtpBounceReason.Rejected, diagnosis.Reason);
        Assert.Equal("GoogleGroupsPostRefused", diagnosis.CatalogEntry);
    }

    [Fact]
    public void Postfix_bouncing_a_malformed_name_server_reply_under_5_4_4_is_a_hard_unknown_host()
    {
        var diagnosis = SmtpReply.Diagnose("5.4.4 Name service error for name=libsisimai.org type=MX: Malformed or unexpected name server reply");

        Assert.Equal(SmtpBounceReason.HostUnknown, diagnosis.Reason);
        Assert.True(diagnosis.IsHardBounce == true);
    }

    [Fact]
    public void The_same_words_without_a_permanent_status_stay_a_network_error()
    {
        // A delay warning or a reply without 5.4.4: the name server may answer properly on a later try.
        var diagnosis = SmtpReply.Diagnose("4.4.3 Name service error for name=libsisimai.org type=MX: Malformed or unexpected name server reply");

        Assert.Equal(SmtpBounceReason.NetworkError, diagnosis.Reason);
        Assert.NotEqual(true, diagnosis.IsHardBounce);
    }
}
