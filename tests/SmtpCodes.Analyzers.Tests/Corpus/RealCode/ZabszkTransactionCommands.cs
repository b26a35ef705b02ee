// Source: zabszk/CSharp-SMTP-Server, CSharp-SMTP-Server/Protocol/Commands/TransactionCommands.cs at 544066bd9ea8f47ae0fd8cd691bdc82d4e25ae9f
// Part: held-out
// Licence: MIT (Copyright (c) 2019-2022 Łukasz Jurczyk). Reduced: the transaction commands; the client processor and the transaction stubbed with the signatures of ClientProcessor.cs at the same commit.
using System;
using System.Collections.Generic;
using System.Text;

// The stubs live in a namespace of their own, so this file compiles beside ZabszkClientProcessor.cs (the benchmark
// compiles the corpus as one project).
namespace CSharp_SMTP_Server.Networking.Reduced
{
    internal class MailTransaction
    {
        public string From = string.Empty;
        public List<string> To = new List<string>();
        public string Body = string.Empty;
    }

    internal class ClientProcessor
    {
        internal MailTransaction? Transaction;
        internal StringBuilder DataBuilder = new StringBuilder();
        internal ushort CaptureData;

        internal void WriteCode(ushort code) { }
        internal void WriteCode(ushort code, string enhanced) { }
        internal void WriteCode(ushort code, string enhanced, string text) { }
    }
}

namespace CSharp_SMTP_Server.Protocol
{
    using CSharp_SMTP_Server.Networking.Reduced;

    internal class TransactionCommands
    {
        internal static void ProcessCommand(ClientProcessor processor, string command, string data)
        {
            switch (command)
            {
                case "RSET":
                    processor.Transaction = null;
                    processor.WriteCode(/*flag*/250, /*debatable*/"2.1.5", "Flushed");
                    break;

                case "MAIL FROM":
                    {
                        var address = ProcessAddress(data);
                        if (address == null) processor.WriteCode(/*flag*/501, /*debatable*/"5.5.2");
                        else
                        {
                            processor.Transaction = new MailTransaction() { From = address };
                            processor.WriteCode(/*flag*/250, /*debatable*/"2.0.0");
                        }
                    }
                    break;

                case "RCPT TO":
                    {
                        if (processor.Transaction == null)
                        {
                            processor.WriteCode(/*flag*/503, /*debatable*/"5.5.1", "MAIL FROM first.");
                            return;
                        }

                        var address = ProcessAddress(data);
                        if (address == null) processor.WriteCode(/*flag*/501);
                        else
                        {
                            processor.Transaction.To.Add(address);
                            processor.WriteCode(/*flag*/250, /*debatable*/"2.2.0");
                        }
                    }
                    break;

                case "DATA":
                    if (processor.Transaction == null || processor.Transaction.To.Count == /*never*/0)
                    {
                        processor.WriteCode(/*flag*/503, /*debatable*/"5.5.1", "RCPT TO first.");
                        return;
                    }
                    processor.DataBuilder = new StringBuilder();
                    processor.CaptureData = /*never*/1;
                    processor.WriteCode(/*flag*/354);
                    break;
            }
        }

        internal static void ProcessData(ClientProcessor processor, string data)
        {
            foreach (var dt in data.Replace("\r", "").Split('\n'))
            {
                if (dt == ".")
                {
                    processor.CaptureData = /*never*/0;
                    processor.Transaction = null;
                    processor.WriteCode(/*flag*/250, /*debatable*/"2.3.0");
                    return;
                }

                processor.DataBuilder.AppendLine(dt);
            }
        }

        private static string? ProcessAddress(string data)
        {
            if (!data.Contains("<") || !data.Contains(">")) return null;

            var address = data.Substring(data.IndexOf("<", StringComparison.Ordinal) + /*never*/1);
            address = address.Substring(/*never*/0, address.IndexOf(">", StringComparison.Ordinal));
            return string.IsNullOrWhiteSpace(address) ? null : address;
        }
    }
}
