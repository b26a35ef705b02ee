using System;
using System.Linq;
using Xunit;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// A diagnosis allocates nothing, from a string or from a span: the result is a value and the scan's memory is
/// per thread, reused from call to call. Counted with the runtime's allocation counter for this thread
/// (<see cref="AllocationCount"/>), so the test is exact, not timed.
/// </summary>
public sealed class AllocationTests
{
    private static readonly string[] Replies = CorpusReply.Load().Select(reply => reply.Text).ToArray();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Diagnosing_the_corpus_allocates_nothing(bool fromSpans)
    {
        var reasons = 0;
        var allocated = AllocationCount.Least(() => reasons = DiagnoseAll(fromSpans));

        Assert.True(reasons > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_reply_longer_than_the_kept_buffer_is_still_diagnosed()
    {
        var text = "550 5.1.1 <a@b.example>: " + new string('x', 40_000) + " user unknown";

        Assert.Equal(SmtpBounceReason.UserUnknown, SmtpReply.Diagnose(text).Reason);
        Assert.Equal(SmtpBounceReason.UserUnknown, SmtpReply.Diagnose("550 5.1.1 user unknown").Reason);
    }

    private static int DiagnoseAll(bool fromSpans)
    {
        var reasons = 0;
        foreach (var reply in Replies)
        {
            reasons += (int)(fromSpans ? SmtpReply.Diagnose(reply.AsSpan()) : SmtpReply.Diagnose(reply)).Reason;
        }

        return reasons;
    }
}
