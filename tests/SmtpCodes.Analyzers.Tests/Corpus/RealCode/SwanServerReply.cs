// Source: unosquare/swan
//   src/Swan/Net/Smtp/SmtpServerReply.cs at 4b89695d94062e79995fc858bb2c59a284e8d0bf
//   test/Swan.Test/SmtpServerReplyTest.cs at 0c503c9aa73b1a05eb2d1442b16206d707141ff5
// Part: development
// Licence: MIT. Reduced: the constructor's class derivation, the pre-built replies and two tests.
using System.Globalization;

namespace Swan.Net.Smtp
{
    public enum SmtpReplyCodeSeverities { Unknown = 0, PositiveCompletion = 200, PositiveIntermediate = 300, TransientNegative = 400, PermanentNegative = 500 }

    public class SmtpServerReply
    {
        public SmtpServerReply(int responseCode, string statusCode, string content)
        {
            ReplyCode = responseCode;
            EnhancedStatusCode = statusCode;
            IsValid = responseCode is /*debatable*/>= 200 and < 600;
            ReplyCodeSeverity = SmtpReplyCodeSeverities.Unknown;
            if (!IsValid)
            {
                return;
            }

            if (/*flag*/responseCode >= 200) ReplyCodeSeverity = SmtpReplyCodeSeverities.PositiveCompletion;
            if (/*flag*/responseCode >= 300) ReplyCodeSeverity = SmtpReplyCodeSeverities.PositiveIntermediate;
            if (/*flag*/responseCode >= 400) ReplyCodeSeverity = SmtpReplyCodeSeverities.TransientNegative;
            if (/*flag*/responseCode >= 500) ReplyCodeSeverity = SmtpReplyCodeSeverities.PermanentNegative;
            if (/*debatable*/responseCode >= 600) ReplyCodeSeverity = SmtpReplyCodeSeverities.Unknown;

            if (int.TryParse(responseCode.ToString(CultureInfo.InvariantCulture).Substring(/*never*/1, /*never*/1), out var middleDigit))
            {
                ReplyCodeCategory = middleDigit >= /*never*/0 && middleDigit <= /*never*/5 ? middleDigit : 0;
            }
        }

        public SmtpServerReply()
            : this(/*never*/0, string.Empty, string.Empty)
        {
        }

        public SmtpServerReply(int responseCode, string content)
            : this(responseCode, string.Empty, content)
        {
        }

        public static SmtpServerReply CommandUnrecognized => new(/*flag*/500, "Syntax error, command unrecognized");

        public static SmtpServerReply SyntaxErrorArguments => new(/*flag*/501, "Syntax error in parameters or arguments");

        public static SmtpServerReply CommandNotImplemented => new(/*flag*/502, "Command not implemented");

        public static SmtpServerReply BadSequenceOfCommands => new(/*flag*/503, "Bad sequence of commands");

        public static SmtpServerReply ProtocolViolation => new(/*flag*/451, "Requested action aborted: error in processing");

        public static SmtpServerReply SystemStatusBye => new(/*flag*/221, "Service closing transmission channel");

        public static SmtpServerReply BadSyntaxCommandEmpty => new(/*debatable*/400, "Error: bad syntax");

        public static SmtpServerReply Ok => new(/*flag*/250, "OK");

        public static SmtpServerReply AuthorizationRequired => new(/*flag*/530, "Authorization Required");

        public SmtpReplyCodeSeverities ReplyCodeSeverity { get; }

        public int ReplyCodeCategory { get; }

        public int ReplyCode { get; }

        public string EnhancedStatusCode { get; }

        public bool IsValid { get; }

        public bool IsPositive => ReplyCode is /*debatable*/>= 200 and <= 399;
    }
}

namespace Swan.Test
{
    using Swan.Net.Smtp;

    public static class Assert
    {
        public static void AreEqual(object? expected, object? actual) { }
    }

    public class Constructor
    {
        public void StatusCode_ReturnZeroReplyCode()
        {
            var serverReply = new SmtpServerReply();
            Assert.AreEqual(/*never*/0, serverReply.ReplyCode);
        }

        public void StatusCode_Return()
        {
            const int status = /*debatable*/600;
            var serverReply = new SmtpServerReply(status, "Hello World!");
            Assert.AreEqual(status, serverReply.ReplyCode);
        }
    }

    public class PreBuildsResponses
    {
        private static readonly object[] ServerReplyCases =
        {
            new object[] { SmtpServerReply.CommandUnrecognized, /*debatable*/500, "Syntax error, command unrecognized" },
            new object[] { SmtpServerReply.Ok, /*debatable*/250, "OK" },
        };
    }
}
