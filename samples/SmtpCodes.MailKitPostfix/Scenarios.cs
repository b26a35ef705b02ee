using System;
using System.Collections.Generic;
using System.Linq;
using MimeKit;

namespace SmtpCodes.MailKitPostfix;

/// <summary>
/// The messages the sample sends, each meant to meet one of the rejections <see cref="PostfixInstance"/> configures:
/// an unknown user, more recipients than the limit, relaying to a foreign domain, a message over the size limit, and
/// a greylisted recipient.
/// </summary>
internal static class Scenarios
{
    public const string UnknownUser = "unknown user";
    public const string TooManyRecipients = "too many recipients";
    public const string RelayDenied = "relay denied";
    public const string MessageTooLarge = "message too large";
    public const string Greylisted = "greylisted";
    public const string Accepted = "accepted";

    private const string Sender = "shop@sender.example";

    /// <summary>Every scenario and the message it sends.</summary>
    public static IReadOnlyList<(string Name, Func<MimeMessage> CreateMessage)> All { get; } = new (string, Func<MimeMessage>)[]
    {
        (Accepted, () => Message("Your order", PostfixInstance.KnownUsers[0])),
        (UnknownUser, () => Message("Your order", "nobody@" + PostfixInstance.Domain)),
        (TooManyRecipients, () => Message("Newsletter", PostfixInstance.KnownUsers.Take(PostfixInstance.RecipientLimit + 1).ToArray())),
        (RelayDenied, () => Message("Your order", "customer@elsewhere.example")),
        (MessageTooLarge, () => Message("Your invoice", PostfixInstance.KnownUsers[0], bodyLength: PostfixInstance.MessageSizeLimit * 2)),
        (Greylisted, () => Message("Your order", PostfixInstance.GreylistedUser)),
    };

    private static MimeMessage Message(string subject, string recipient, int bodyLength = 0)
        => Message(subject, new[] { recipient }, bodyLength);

    private static MimeMessage Message(string subject, IReadOnlyList<string> recipients, int bodyLength = 0)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(Sender));
        foreach (string recipient in recipients)
        {
            message.To.Add(MailboxAddress.Parse(recipient));
        }

        message.Subject = subject;
        string text = "Thank you for your order." + Environment.NewLine;
        if (bodyLength > 0)
        {
            // Lines of 76 characters, as a mail body would have, until the body is as long as asked.
            string line = new string('x', 76) + Environment.NewLine;
            text += string.Concat(Enumerable.Repeat(line, (bodyLength / line.Length) + 1));
        }

        message.Body = new TextPart("plain") { Text = text };
        return message;
    }
}
