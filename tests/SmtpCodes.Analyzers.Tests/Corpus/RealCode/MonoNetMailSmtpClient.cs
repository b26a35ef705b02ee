// Source: mono/mono, mcs/class/System/System.Net.Mail/SmtpClient.cs at 032f313d5f3b99954cabb3e152b3c8d4424d5a2b and mcs/class/System/System.Net/FtpWebRequest.cs at 66c67f63ed9ed07677f6238e468919acede3ea19
// Part: held-out
// Licence: MIT (Mono class libraries). Reduced: System.Net.Mail's error test on a reply, and its FTP twin in FtpWebRequest (FTP reply codes must stay silent).
using System.Net;
using System.Net.Mail;

namespace Mono.Net.Mail
{
    internal class SmtpResponse
    {
        public SmtpStatusCode StatusCode;
        public string Description = string.Empty;
    }

    internal class SmtpClientSteps
    {
        private bool IsError(SmtpResponse status)
        {
            return /*flag*/((int) status.StatusCode) >= 400;
        }

        public void MailFrom(SmtpResponse status)
        {
            if (IsError(status))
            {
                throw new SmtpException(status.StatusCode, status.Description);
            }
        }
    }
}

namespace Mono.Net.Ftp
{
    internal class FtpStatus
    {
        public FtpStatusCode StatusCode;
    }

    internal class FtpWebRequestSteps
    {
        private bool binary = true;

        private FtpStatus SendCommand(string command, string argument) => new FtpStatus();

        private void SetType()
        {
            if (binary)
            {
                FtpStatus status = SendCommand("TYPE", "I");
                if ((int) status.StatusCode < /*never*/200 || (int) status.StatusCode >= /*never*/300)
                {
                    throw new WebException("TYPE failed");
                }
            }
        }
    }
}
