using System.Linq;
using Xunit;

namespace SmtpCodes.Tool.Tests;

/// <summary><c>smtpcodes explain</c>: known codes, well-formed codes the catalog does not know, and values that are no code.</summary>
public sealed class ExplainTests
{
    [Fact]
    public void A_basic_reply_code_is_explained_with_its_name_class_reason_and_action()
    {
        ToolRun run = ToolRun.Of("explain", "550");

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Equal("Code:          550 (MailboxUnavailable)", run.OutputLines[0]);
        Assert.Contains("Class:         permanent / mail-system", run.OutputLines);
        Assert.Contains(run.OutputLines, line => line.StartsWith("Action:", System.StringComparison.Ordinal));
        Assert.DoesNotContain("", run.OutputLines);
    }

    [Fact]
    public void An_enhanced_status_code_is_explained_from_the_registry()
    {
        ToolRun run = ToolRun.Of("explain", "5.7.1");

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Equal("Code:          5.7.1 (IANA registry)", run.OutputLines[0]);
        Assert.Contains("Title:         Delivery not authorized, message refused", run.OutputLines);
        Assert.Contains("Class:         permanent / security", run.OutputLines);
    }

    [Theory]
    [InlineData("599", "permanent")]
    [InlineData("499", "transient")]
    [InlineData("299", "success")]
    [InlineData("5.1.99", "permanent")]
    [InlineData("4.1.99", "transient")]
    [InlineData("2.1.99", "success")]
    public void A_well_formed_unknown_code_is_explained_by_its_class_without_empty_lines_or_contrary_advice(string code, string replyClass)
    {
        ToolRun run = ToolRun.Of("explain", code);

        Assert.True(run.ExitCode == 0 && run.Error.Length == 0, run.ToString());
        Assert.Contains("not in the", run.OutputLines[0]);
        Assert.Contains(run.OutputLines, line => line.StartsWith("Class:         " + replyClass, System.StringComparison.Ordinal));
        Assert.All(run.OutputLines, line => Assert.False(line.Trim().Length == 0 || line.TrimEnd().EndsWith(':'), run.Output));
        string action = run.OutputLines.Single(line => line.StartsWith("Action:", System.StringComparison.Ordinal));
        switch (replyClass)
        {
            case "permanent":
                Assert.DoesNotContain("retry-later", action);
                Assert.DoesNotContain("may succeed later", run.Output);
                break;
            case "transient":
                Assert.DoesNotContain("do-not-retry", action);
                Assert.DoesNotContain("will not help", run.Output);
                break;
            default:
                Assert.EndsWith(" none", action);
                Assert.DoesNotContain("bounce", run.Output);
                Assert.DoesNotContain("retry", run.Output);
                break;
        }
    }

    [Theory]
    [InlineData("999")]
    [InlineData("55")]
    [InlineData("6.1.1")]
    [InlineData("5.9.99")]
    [InlineData("5.1.1000")]
    [InlineData("hello")]
    public void A_value_that_is_not_an_SMTP_code_is_a_one_line_usage_error_naming_it(string value)
    {
        ToolRun run = ToolRun.Of("explain", "550", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        string line = Assert.Single(run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"smtpcodes explain: '{value}' is not an SMTP code:", line);
    }

    [Fact]
    public void Json_writes_one_object_per_code_with_null_for_what_an_unknown_code_lacks()
    {
        ToolRun run = ToolRun.Of("explain", "--json", "550", "5.1.99");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, run.OutputLines.Length);
        using var basic = System.Text.Json.JsonDocument.Parse(run.OutputLines[0]);
        using var enhanced = System.Text.Json.JsonDocument.Parse(run.OutputLines[1]);
        Assert.Equal("MailboxUnavailable", basic.RootElement.GetProperty("name").GetString());
        Assert.Equal("hard", basic.RootElement.GetProperty("bounce").GetString());
        Assert.False(enhanced.RootElement.GetProperty("known").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, enhanced.RootElement.GetProperty("description").ValueKind);
        Assert.Equal("addressing", enhanced.RootElement.GetProperty("subject").GetString());
    }
}
