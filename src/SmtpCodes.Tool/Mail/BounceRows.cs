using System.Collections.Generic;

namespace SmtpCodes.Tool.Mail;

/// <summary>
/// What a message contributes to the output: one row per failed or delayed recipient, or, for a message without one
/// (ordinary mail, an auto-reply, a bounce whose recipients the reader could not find), one row without a recipient
/// that still says what the message is. Every message is accounted for.
/// </summary>
internal static class BounceRows
{
    public static IEnumerable<SmtpBounceRecipient?> Of(SmtpBounce bounce)
    {
        var any = false;
        foreach (var recipient in bounce.Recipients)
        {
            if (recipient.Action is SmtpDeliveryAction.Failed or SmtpDeliveryAction.Delayed)
            {
                any = true;
                yield return recipient;
            }
        }

        if (!any)
        {
            yield return null;
        }
    }
}
