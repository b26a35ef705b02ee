// Source: aleripe/SmtpClient
//   SmtpClient/SmtpClient.cs and SmtpClient/CommandResponse.cs at 805c692b56d7da024b05a6950d0523fed0f3015c
// Part: development
// Licence: none stated in the repository. Reduced: every check of a command's reply; CommandResponse's name does not
// say SMTP, its namespace does.
using System;
using System.Text;
using System.Threading.Tasks;

namespace ReturnTrue.AspNetCore.Net.SmtpClient
{
    public class CommandResponse
    {
        public int Code { get; private set; }

        public string Message { get; private set; }

        public CommandResponse(int code, string message)
        {
            Code = code;
            Message = message;
        }
    }

    public class SmtpException : Exception
    {
        public SmtpException(string message) : base(message) { }
    }

    public class SmtpClient
    {
        public int Port { get; set; } = /*never*/25;

        private string received = "";

        private CommandResponse GetResult() => new CommandResponse(int.Parse(received.Substring(/*never*/0, /*never*/3)), received);

        private Task<CommandResponse> SendCommandWithResult(byte[] data) => Task.FromResult(GetResult());

        private void Connect()
        {
            CommandResponse response = GetResult();
            if (response.Code != /*flag*/220)
            {
                throw new SmtpException($"Could not establish connection to SMTP server. {response.Code}: {response.Message}");
            }
        }

        private async Task SendEhloCommand()
        {
            CommandResponse response = await SendCommandWithResult(Encoding.UTF8.GetBytes("EHLO host\r\n"));
            if (response.Code != /*flag*/250)
            {
                throw new SmtpException("EHLO command resulted in error condition.");
            }
        }

        private async Task SendAuthLoginCommand()
        {
            CommandResponse response = await SendCommandWithResult(Encoding.UTF8.GetBytes("AUTH LOGIN\r\n"));
            if (response.Code != /*flag*/235)
            {
                throw new SmtpException("AUTH LOGIN command resulted in error condition.");
            }
        }

        private async Task SendDataCommand()
        {
            CommandResponse response = await SendCommandWithResult(Encoding.UTF8.GetBytes("DATA\r\n"));
            if (response.Code != /*flag*/354)
            {
                throw new SmtpException("DATA command resulted in error condition.");
            }
        }

        private async Task SendQuitCommand()
        {
            CommandResponse response = await SendCommandWithResult(Encoding.UTF8.GetBytes("QUIT\r\n"));
            if (response.Code != /*flag*/221)
            {
                throw new SmtpException("QUIT command resulted in error condition.");
            }
        }

        private static bool Parsed(System.Text.RegularExpressions.Match match)
        {
            byte[] result = new byte[/*never*/1024];
            return match.Success && match.Groups.Count == /*never*/3 && result.Length > 0;
        }
    }
}
