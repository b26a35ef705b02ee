// Source: NikitaSTets/Email-client, Email_client/SMTP/SmtpConnection.cs at 2cb8cd9e881e726e78eb9c6b93465f549ae95d86
// Part: held-out
// Licence: none stated in the repository. Reduced: the connection's time-outs, and its named reply checks.
using System.Net.Sockets;

namespace Email_client.SMTP
{
    public enum SmtpReplyCode { ServiceReady = 220, Ok = 250 }

    public class SmtpServerReply
    {
        public SmtpReplyCode Code;
    }

    public class SmtpConnection
    {
        private TcpClient? _tcpClient;

        public int ConnectTimeout { get; set; } = -/*never*/1;

        public int ReadTimeout { get; set; } = -/*never*/1;

        public int CommandTimeout { get; set; } = -/*never*/1;

        public void Connect(string host, int port, SmtpServerReply greetingReply)
        {
            _tcpClient = new TcpClient(AddressFamily.InterNetwork);
            if (ReadTimeout >= /*never*/0)
            {
                _tcpClient.ReceiveTimeout = ReadTimeout;
            }

            if (greetingReply.Code != SmtpReplyCode.ServiceReady)
            {
                throw new System.Exception();
            }
        }

        private bool HasCommandTimeout() => CommandTimeout > /*never*/0;
    }
}
