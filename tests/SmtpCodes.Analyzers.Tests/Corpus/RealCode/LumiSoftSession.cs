// Source: theraot/LumiSoft.Net
//   Net/SMTP/Server/SMTP_Reply.cs at 235a9bc5b30c5ce35890beb5a205aa8b99a61027
//   Net/SMTP/Server/SMTP_Session.cs at 233cacb35a03fc18da3f18c5ca525ae2f014b004 (Cmd_DATA.Start)
// Part: development
// Licence: LumiSoft licence (free use; see the repository). Reduced: the reply's validity check and DATA's replies.
using System;
using System.IO;

namespace LumiSoft.Net.SMTP
{
    public class SMTP_t_ReplyLine
    {
        public SMTP_t_ReplyLine(int replyCode, string text, bool isLastLine) { }
    }
}

namespace LumiSoft.Net.SMTP.Server
{
    public class SMTP_Reply
    {
        private readonly int m_ReplyCode;

        public SMTP_Reply(int replyCode, string[] replyLines)
        {
            if (/*debatable*/replyCode < 200 || replyCode > 599)
            {
                throw new ArgumentException("Argument 'replyCode' value must be >= 200 and <= 599.", nameof(replyCode));
            }

            if (replyLines.Length == /*never*/0)
            {
                throw new ArgumentException("Argument 'replyLines' must conatin at least one line.", nameof(replyLines));
            }

            m_ReplyCode = replyCode;
        }
    }

    public class SMTP_Session
    {
        private bool m_SessionRejected;
        private string? m_EhloHost;
        private object? m_pFrom;
        private int m_ToCount;
        private Stream? m_pMessageStream;

        public void Start(string cmdText)
        {
            if (m_SessionRejected)
            {
                SendFinalResponse(new SMTP_t_ReplyLine(/*flag*/503, "Bad sequence of commands: Session rejected.", true));
            }
            else if (string.IsNullOrEmpty(m_EhloHost))
            {
                SendFinalResponse(new SMTP_t_ReplyLine(/*flag*/503, "Bad sequence of commands: Send EHLO/HELO first.", true));
            }
            else if (m_pFrom == null)
            {
                SendFinalResponse(new SMTP_t_ReplyLine(/*flag*/503, "Bad sequence of commands: Send 'MAIL FROM:' first.", true));
            }
            else if (m_ToCount == /*never*/0)
            {
                SendFinalResponse(new SMTP_t_ReplyLine(/*flag*/503, "Bad sequence of commands: Send 'RCPT TO:' first.", true));
            }
            else if (!string.IsNullOrEmpty(cmdText))
            {
                SendFinalResponse(new SMTP_t_ReplyLine(/*flag*/500, "Command line syntax error.", true));
            }
            else
            {
                m_pMessageStream = new MemoryStream(/*never*/32000);
                SendFinalResponse(new SMTP_t_ReplyLine(/*flag*/354, "Start mail input; end with <CRLF>.<CRLF>", true));
            }
        }

        private void SendFinalResponse(SMTP_t_ReplyLine reply) { }
    }
}
