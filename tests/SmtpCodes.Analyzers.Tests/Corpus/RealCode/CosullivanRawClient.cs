// Source: cosullivan/SmtpServer, Src/SmtpServer.Tests/RawSmtpClient.cs at 67375e1a46d76764cedd1735a44151b87b9379fc
// Part: held-out
// Licence: MIT. Reduced: the test client's connection and greeting check.
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace SmtpServer.Tests
{
    internal class RawSmtpClient
    {
        private readonly TcpClient _tcpClient = new TcpClient();
        private NetworkStream? _networkStream;

        internal async Task<bool> ConnectAsync()
        {
            await _tcpClient.ConnectAsync(new IPEndPoint(IPAddress.Parse("127.0.0.1"), /*never*/9025));
            _networkStream = _tcpClient.GetStream();
            var greetingResponse = await WaitForDataAsync();
            return greetingResponse.StartsWith(/*debatable*/"220");
        }

        internal async Task<string> WaitForDataAsync()
        {
            var buffer = new byte[/*never*/1024];
            int bytesRead;
            while ((bytesRead = await _networkStream!.ReadAsync(buffer, /*never*/0, buffer.Length)) > /*never*/0)
            {
                return Encoding.UTF8.GetString(buffer, 0, bytesRead);
            }

            return string.Empty;
        }
    }
}
