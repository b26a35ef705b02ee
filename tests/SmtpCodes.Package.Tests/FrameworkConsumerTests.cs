using System.Collections.Generic;
using SmtpCodes.Package.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Package.Tests;

/// <summary>
/// net10.0, netstandard2.0 and net472 with C# 7.3: each uses the generated types, builds with warnings as errors
/// (except the SMTP rules, which must stay visible as warnings) and shows SMTP001 at the planted magic number.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class FrameworkConsumerTests
{
    /// <summary>The strict settings of the consumers: every warning is an error, except the SMTP rules under test.</summary>
    private const string StrictProperties = """
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <WarningsNotAsErrors>SMTP001;SMTP002;SMTP003;SMTP004</WarningsNotAsErrors>
        """;

    /// <summary>Library code a C# 7.3 compiler accepts: no nullable annotations, no patterns beyond 7.3.</summary>
    private const string LibrarySource = """
        using SmtpCodes;

        namespace Shop.Mail
        {
            public sealed class Bounce
            {
                [SmtpReplyCode] public int Code { get; set; }

                public string Status { get; set; } = "";
            }

            public static class BounceRules
            {
                public static bool ShouldRemoveAddress(Bounce bounce)
                {
                    SmtpReplyCode code;
                    if (!SmtpReplyCodeExtensions.TryFromInt(bounce.Code, out code))
                    {
                        return false;
                    }

                    return code.IsPermanent() && code.GetDefaultBounce() == SmtpBounceKind.Hard;
                }

                public static bool IsUnknownUser(Bounce bounce)
                {
                    return bounce.Code == 550;
                }

                public static string Explain(Bounce bounce)
                {
                    SmtpEnhancedStatusCode status;
                    if (!SmtpEnhancedStatusCode.TryParse(bounce.Status, out status))
                    {
                        return "no enhanced status code";
                    }

                    return status == SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress
                        ? "the address does not exist"
                        : status.GetTitle();
                }
            }
        }
        """;

    private readonly PackageFeed feed;

    public FrameworkConsumerTests(PackageFeed feed) => this.feed = feed;

    public static TheoryData<string, string, string> Libraries => new()
    {
        { "netstandard20-library", "<TargetFramework>netstandard2.0</TargetFramework><LangVersion>latest</LangVersion>", "" },
        {
            "net472-csharp73-library",
            "<TargetFramework>net472</TargetFramework><LangVersion>7.3</LangVersion>",
            """<PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" />"""
        },
    };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Library_builds_with_generated_types_and_reports_the_magic_number(string name, string targetProperties, string items)
    {
        // The C# 7.3 library has no nullable context: Nullable=enable would be an error there, not a warning.
        string properties = targetProperties + (name.Contains("csharp73", System.StringComparison.Ordinal)
            ? StrictProperties.Replace("<Nullable>enable</Nullable>", string.Empty, System.StringComparison.Ordinal)
            : StrictProperties);
        ConsumerProject project = ConsumerProject.Create(feed, name, properties, items);
        project.Write("BounceRules.cs", LibrarySource);

        CommandResult build = project.Build();

        Assert.True(build.Succeeded, build.Describe());
        AssertSingleReplyCodeLiteral(project, build, "BounceRules.cs", LibrarySource, "return bounce.Code == 550;", "SmtpReplyCode.MailboxUnavailable");
    }

    [Fact]
    public void Net10_console_app_builds_runs_and_reports_the_magic_number()
    {
        const string ProgramSource = """
            using System;
            using System.Globalization;
            using SmtpCodes;

            public sealed class Bounce
            {
                [SmtpReplyCode] public int Code { get; init; }
            }

            public static class Program
            {
                public static int Main()
                {
                    var bounce = new Bounce { Code = (int)SmtpReplyCode.MailboxUnavailable };
                    bool unknownUser = bounce.Code == 550;

                    SmtpReplyCode code = SmtpReplyCode.MailboxUnavailable;
                    bool parsed = SmtpEnhancedStatusCode.TryParse("5.1.1".AsSpan(), out SmtpEnhancedStatusCode status);
                    Console.WriteLine(string.Join("|",
                        code.ToStringFast(),
                        code.GetClass(),
                        code.IsPermanent(),
                        ((SmtpReplyCode)int.Parse("599", CultureInfo.InvariantCulture)).GetClass(),
                        parsed && status == SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress,
                        status,
                        unknownUser));
                    return 0;
                }
            }
            """;
        ConsumerProject project = ConsumerProject.Create(feed, "net10-console", "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>" + StrictProperties);
        project.Write("Program.cs", ProgramSource);

        CommandResult build = project.Build();

        Assert.True(build.Succeeded, build.Describe());
        AssertSingleReplyCodeLiteral(project, build, "Program.cs", ProgramSource, "bounce.Code == 550;", "SmtpReplyCode.MailboxUnavailable");
        CommandResult run = project.RunBuilt();
        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal("MailboxUnavailable|Permanent|True|Permanent|True|5.1.1|True", run.Output.Trim());
    }

    /// <summary>Exactly one SMTP rule diagnostic: SMTP001 on the literal 550 of <paramref name="context"/>, naming <paramref name="suggestion"/>.</summary>
    private static void AssertSingleReplyCodeLiteral(ConsumerProject project, CommandResult build, string file, string source, string context, string suggestion)
    {
        IReadOnlyList<BuildDiagnostic> rules = ConsumerProject.RuleDiagnostics(build);
        BuildDiagnostic diagnostic = Assert.Single(rules);
        SourcePosition expected = SourcePosition.Of(source, context, "550");
        Assert.Equal(("SMTP001", "warning", project.PathOf(file), expected.Line, expected.Column), (diagnostic.Id, diagnostic.Severity, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains(suggestion, diagnostic.Message, System.StringComparison.Ordinal);
    }
}
