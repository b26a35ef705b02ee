// Source: PeterWaher/IoTGateway, Networking/Waher.Networking.SMTP/SimpleSmtpClient.cs at 02d151d7419823bb5a0a9a71fa4c350912a1abdd
// Part: held-out
// Licence: see the repository. Reduced: the EHLO reply check, whose codes travel in a KeyValuePair<int, string>.
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Waher.Networking.SMTP
{
    public class SimpleSmtpClient
    {
        private Task<KeyValuePair<int, string>[]> ReadResponse() => Task.FromResult(new KeyValuePair<int, string>[0]);

        public async Task<string> EHLO()
        {
            KeyValuePair<int, string>[] Response = await ReadResponse();
            if (/*flag*/Response[0].Key < 200 || Response[0].Key >= 300)
            {
                throw new IOException("Request rejected.");
            }

            int i = Response[0].Value.LastIndexOf('[');
            int j = Response[0].Value.LastIndexOf(']');
            return i >= /*never*/0 && j > i ? Response[0].Value.Substring(i + /*never*/1, j - i - 1) : string.Empty;
        }
    }
}
