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

    /// <summary>
    /// The assertion APIs of NUnit, FluentAssertions and Shouldly, reduced to the calls the rules read (the packages are
    /// not served here): <c>Assert.That(actual, Is.EqualTo(expected))</c>, <c>actual.Should().Be(expected)</c>,
    /// <c>actual.ShouldBe(expected)</c>.
    /// </summary>
    public const string TestFrameworks = """

        namespace NUnit.Framework
        {
            public static class Assert { public static void That(object? actual, object constraint) { } public static void AreEqual(object? expected, object? actual) { } }
            public static class Is { public static object EqualTo(object? expected) => expected!; }
        }

        namespace FluentAssertions
        {
            public static class AssertionExtensions { public static NumericAssertions Should(this int actual) => new NumericAssertions(); public static StringAssertions Should(this string? actual) => new StringAssertions(); }
            public sealed class NumericAssertions { public void Be(int expected) { } public void NotBe(int unexpected) { } }
            public sealed class StringAssertions { public void Be(string expected) { } }
        }

        namespace Shouldly
        {
            public static class ShouldBeTestExtensions { public static void ShouldBe<T>(this T actual, T expected) { } }
        }
        """;
}
