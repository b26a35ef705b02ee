// Source: zabszk/CSharp-SMTP-Server, CSharp-SMTP-Server/Networking/ClientProcessor.cs at 544066bd9ea8f47ae0fd8cd691bdc82d4e25ae9f
// Part: held-out
// Licence: MIT (Copyright (c) 2019-2022 Łukasz Jurczyk). Reduced: the server's receive loop, its writers and its command dispatch; SMTPCodes and the server stubbed.
using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace CSharp_SMTP_Server.Protocol
{
    internal static class SMTPCodes
    {
        internal static void SendCode(Networking.ClientProcessor proc, ushort code, string? enhanced = null, string? text = null) => proc.WriteText(code + " " + enhanced + " " + text);
    }
}

namespace CSharp_SMTP_Server.Networking
{
    using CSharp_SMTP_Server.Protocol;

    internal class ClientProcessor : IDisposable
    {
        public const ushort BufferSize = /*debatable*/1024;

        private readonly TcpClient _client = new TcpClient();
        private NetworkStream? _innerStream;
        private Stream _stream = Stream.Null;
        private readonly byte[] _buffer = new byte[BufferSize];
        private readonly UTF8Encoding _encoder = new UTF8Encoding();
        private bool _secure;
        private int _fails;
        private bool _dispose;
        private ushort _protocolVersion;

        internal ushort CaptureData;

        private void Receive()
        {
            while (!_dispose)
            {
                if (_client.Available == /*never*/0)
                {
                    Thread.Sleep(/*never*/5);
                    continue;
                }

                try
                {
                    using (var memoryStream = new MemoryStream())
                    {
                        while (_client.Available > /*never*/0)
                        {
                            var bytesRead = _stream.Read(_buffer, /*never*/0, BufferSize);
                            memoryStream.Write(_buffer, /*never*/0, bytesRead);
                        }

                        ProcessResponse(_encoder.GetString(memoryStream.ToArray()));
                    }
                }
                catch (Exception)
                {
                    _fails++;
                    if (_fails > /*never*/3) Dispose();
                }
            }
        }

        internal void WriteText(string text)
        {
            var encoded = _encoder.GetBytes(text + "\r\n");
            _stream.Write(encoded, /*never*/0, encoded.Length);
        }

        internal void WriteCode(ushort code) => SMTPCodes.SendCode(this, code);
        internal void WriteCode(ushort code, string enhanced) => SMTPCodes.SendCode(this, code, enhanced);
        internal void WriteCode(ushort code, string enhanced, string text) => SMTPCodes.SendCode(this, code, enhanced, text);

        private void ProcessResponse(string response)
        {
            switch (CaptureData)
            {
                case /*never*/1:
                    return;

                case /*never*/2:
                case /*never*/3:
                case /*never*/4:
                    return;
            }

            var command = response.Trim().ToUpper();
            switch (command)
            {
                case "EHLO":
                    _protocolVersion = /*never*/2;
                    WriteText(/*debatable*/"250 8BITMIME");
                    break;

                case "HELO":
                    _protocolVersion = /*never*/1;
                    break;

                case "STARTTLS":
                    if (_secure)
                    {
                        WriteCode(/*flag*/503, /*debatable*/"5.5.1");
                        return;
                    }

                    WriteCode(/*flag*/220, /*debatable*/"2.0.0", "Ready for TLS");
                    _secure = true;
                    break;

                case "HELP":
                    WriteCode(/*flag*/214, /*debatable*/"2.0.0");
                    break;

                case "AUTH":
                    if (_protocolVersion == /*never*/0)
                    {
                        WriteCode(/*flag*/503, /*debatable*/"5.5.1", "EHLO/HELO first.");
                        return;
                    }
                    break;

                case "NOOP":
                    WriteCode(/*flag*/250, /*debatable*/"2.0.0");
                    break;

                case "QUIT":
                    WriteCode(/*flag*/221, /*debatable*/"2.0.0");
                    Dispose();
                    break;

                case "VRFY":
                    WriteCode(/*flag*/252, /*debatable*/"5.5.1");
                    break;

                default:
                    if (_protocolVersion == /*never*/0)
                    {
                        WriteCode(/*flag*/503, /*debatable*/"5.5.1", "EHLO/HELO first.");
                        return;
                    }
                    WriteCode(/*flag*/502, /*debatable*/"5.5.1");
                    break;
            }
        }

        public void Dispose()
        {
            _dispose = true;
            _innerStream?.Close(/*never*/200);
            _stream.Dispose();
            _client.Close();
        }
    }
}
