// Source: rnwood/smtp4dev
//   Rnwood.SmtpServer/SmtpResponse.cs at 025abca9fb8842e44f7a77403fe3cdf04d68e6a8
//   Rnwood.SmtpServer.Tests/ConnectionTests.cs at c30de49bfda572d62454a45f73d4079bd26a9b7b
// Part: development
// Licence: BSD-3-Clause. Reduced: the response type and one test's construction of a server error.
namespace Rnwood.SmtpServer
{
    public class SmtpResponse
    {
        public SmtpResponse(int code, string message)
        {
            Code = code;
            Message = message;
        }

        public int Code { get; private set; }

        public string Message { get; private set; }

        public bool IsError => /*flag*/Code >= 500 && Code <= 599;

        public bool IsSuccess => /*flag*/Code >= 200 && Code <= 299;

        public override int GetHashCode() => (Code * /*never*/397) ^ Message.GetHashCode();
    }

    public class SmtpServerException : System.Exception
    {
        public SmtpServerException(SmtpResponse response) { }
    }
}

namespace Rnwood.SmtpServer.Tests
{
    public class ConnectionTests
    {
        public System.Exception Process_SmtpServerExceptionThrow_ResponseWritten()
            => new SmtpServerException(new SmtpResponse(/*flag*/500, "error"));
    }
}
