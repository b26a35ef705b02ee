namespace SmtpCodes.Analyzers.Tests.Infrastructure;

internal static class Snippets
{
    /// <summary>Types the snippets share: user types that carry codes by attribute, by name, or by .editorconfig.</summary>
    public const string UserTypes = """

        namespace Demo
        {
            public sealed class Bounce
            {
                [SmtpCodes.SmtpReplyCode] public int Code { get; set; }
                [SmtpCodes.SmtpEnhancedStatusCode] public string? Enhanced { get; set; }
            }

            public sealed class SmtpReply
            {
                public int Code { get; set; }
                public int? StatusCode { get; set; }
                public string? EnhancedCode { get; set; }
            }

            public sealed class SMTP_ReplyLine
            {
                public int ReplyCode;
            }

            public sealed class Line
            {
                public int Status { get; set; }
                public string? Dsn { get; set; }
            }

            public static class Ledger
            {
                public static void Record([SmtpCodes.SmtpReplyCode] int code) { }
                public static void RecordEnhanced([SmtpCodes.SmtpEnhancedStatusCode] string code) { }
            }
        }
        """;
}
