// Source: mono/mono, mcs/class/System.Web/System.Web.Mail/SmtpStream.cs at 08ce0295db3ac7edec6f351083804a1ec4d396b1 and SmtpResponse.cs at ef9c9e51ce0bfcd3f9f9add914eab72d4363b00d
// Part: held-out
// Licence: MIT (Mono class libraries, the notice in the file's header). Reduced: the client's command steps, its reply check, its reply reader and the reply parser.
using System;
using System.IO;
using System.Text;

namespace System.Web.Mail
{
    internal class SmtpException : Exception
    {
        public SmtpException(string message) : base(message) { }
    }

    internal class SmtpResponse
    {
        private string rawResponse = string.Empty;
        private int statusCode;

        public int StatusCode
        {
            get { return statusCode; }
            set { statusCode = value; }
        }

        public string RawResponse
        {
            get { return rawResponse; }
            set { rawResponse = value; }
        }

        public static SmtpResponse Parse(string line)
        {
            SmtpResponse smtpResponse = new SmtpResponse();
            if (line.Length < /*never*/4)
            {
                throw new SmtpException("Response is to short " + line.Length + ".");
            }
            if (line[/*never*/3] != ' ' && line[/*never*/3] != '-')
            {
                throw new SmtpException("Response format is wrong.(" + line + ")");
            }
            smtpResponse.StatusCode = int.Parse(line.Substring(/*never*/0, /*never*/3));
            smtpResponse.RawResponse = line;
            return smtpResponse;
        }
    }

    internal class SmtpStream
    {
        protected Stream stream;
        protected Encoding encoding;
        protected SmtpResponse lastResponse = new SmtpResponse();
        protected string command = "";

        public SmtpStream(Stream stream)
        {
            this.stream = stream;
            encoding = new ASCIIEncoding();
        }

        public SmtpResponse LastResponse
        {
            get { return lastResponse; }
        }

        public void WriteRset()
        {
            command = "RSET";
            WriteLine(command);
            ReadResponse();
            CheckForStatusCode(/*flag*/250);
        }

        public bool WriteStartTLS()
        {
            command = "STARTTLS";
            WriteLine(command);
            ReadResponse();
            return LastResponse.StatusCode == /*flag*/220;
        }

        public void WriteEhlo(string hostName)
        {
            command = "EHLO " + hostName;
            WriteLine(command);
            ReadResponse();
            CheckForStatusCode(/*flag*/250);
        }

        public void WriteHelo(string hostName)
        {
            command = "HELO " + hostName;
            WriteLine(command);
            ReadResponse();
            CheckForStatusCode(/*flag*/250);
        }

        public void WriteMailFrom(string from)
        {
            command = "MAIL FROM: <" + from + ">";
            WriteLine(command);
            ReadResponse();
            CheckForStatusCode(/*flag*/250);
        }

        public void WriteRcptTo(string to)
        {
            command = "RCPT TO: <" + to + ">";
            WriteLine(command);
            ReadResponse();
            CheckForStatusCode(/*flag*/250);
        }

        public void WriteData()
        {
            command = "DATA";
            WriteLine(command);
            ReadResponse();
            CheckForStatusCode(/*flag*/354);
        }

        public void WriteQuit()
        {
            command = "QUIT";
            WriteLine(command);
            ReadResponse();
            CheckForStatusCode(/*flag*/221);
        }

        public void WriteDataEndTag()
        {
            command = "\r\n.";
            WriteLine(command);
            ReadResponse();
            CheckForStatusCode(/*flag*/250);
        }

        public void CheckForStatusCode(int statusCode)
        {
            if (LastResponse.StatusCode != statusCode)
            {
                string msg = "Server reponse: '" + lastResponse.RawResponse + "';" + "Expected status code: '" + statusCode + "';" + "Last command: '" + command + "'";
                throw new SmtpException(msg);
            }
        }

        public void WriteLine(string line)
        {
            byte[] buffer = encoding.GetBytes(line + "\r\n");
            stream.Write(buffer, /*never*/0, buffer.Length);
        }

        public void ReadResponse()
        {
            byte[] buffer = new byte[/*never*/512];
            int position = /*never*/0;
            bool lastLine = false;

            do
            {
                int readLength = stream.Read(buffer, position, buffer.Length - position);
                if (readLength > /*never*/0)
                {
                    int available = position + readLength - /*never*/1;
                    if (available > /*never*/4 && (buffer[available] == '\n' || buffer[available] == '\r'))
                    {
                        for (int index = available - /*never*/3; ; index--)
                        {
                            if (index < /*never*/0 || buffer[index] == '\n' || buffer[index] == '\r')
                            {
                                lastLine = buffer[index + /*never*/4] == ' ';
                                break;
                            }
                        }
                    }

                    position += readLength;
                    if (position == buffer.Length)
                    {
                        byte[] newBuffer = new byte[buffer.Length * /*never*/2];
                        Array.Copy(buffer, /*never*/0, newBuffer, /*never*/0, buffer.Length);
                        buffer = newBuffer;
                    }
                }
            }
            while (!lastLine);

            string line = encoding.GetString(buffer, /*never*/0, position - /*never*/1);
            lastResponse = SmtpResponse.Parse(line);
        }
    }
}
