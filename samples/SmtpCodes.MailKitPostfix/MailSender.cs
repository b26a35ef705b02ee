using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SmtpCodes.MailKitPostfix;

/// <summary>Sends one message with MailKit and turns a rejection into a diagnosis.</summary>
internal static class MailSender
{
    public static async Task<DeliveryOutcome> SendAsync(string scenario, string host, int port, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(host, port, SecureSocketOptions.None, cancellationToken).ConfigureAwait(false);
        try
        {
            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return new DeliveryOutcome(scenario, null, null);
        }
        catch (SmtpCommandException exception)
        {
            // MailKit splits the reply line into its enum and the text after the code: the diagnoser reads the whole line.
            string reply = ((int)exception.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + exception.Message;
            return new DeliveryOutcome(scenario, reply, SmtpReply.Diagnose(reply));
        }
        finally
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
