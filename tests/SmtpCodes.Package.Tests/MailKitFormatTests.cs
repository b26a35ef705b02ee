using System.Collections.Generic;
using System.Linq;
using SmtpCodes.Package.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Package.Tests;

/// <summary>
/// A MailKit consumer with warnings as errors: magic codes compared with MailKit's SmtpStatusCode (and with a member
/// marked [SmtpReplyCode]) fail its build with SMTP001 at each literal; `dotnet format analyzers` applies the code
/// fixes, using MailKit's member names where MailKit has them, and replaces a hand-written class check (SMTP002, an
/// info, so not in the build's output) with the generated one; then the project builds with no SMTP diagnostics.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class MailKitFormatTests
{
    private const string SourceFile = "BounceRules.cs";

    private const string Source = """
        using MailKit.Net.Smtp;
        using SmtpCodes;

        namespace Shop.Mail
        {
            public sealed class Bounce
            {
                [SmtpReplyCode] public int Code { get; set; }
            }

            public static class BounceRules
            {
                public static bool IsUnknownUser(SmtpCommandException ex) => (int)ex.StatusCode == 550;

                public static bool IsMailboxFull(SmtpCommandException ex) => ex.StatusCode == (SmtpStatusCode)552;

                public static bool IsGone(Bounce bounce) => bounce.Code == 550;

                public static bool IsPermanentFailure(SmtpCommandException ex) => (int)ex.StatusCode >= 500;
            }
        }
        """;

    /// <summary>Each planted literal: its unique context in <see cref="Source"/>, the literal, and the name the rule suggests.</summary>
    private static readonly (string Context, string Literal, string Name)[] Planted =
    {
        ("(int)ex.StatusCode == 550", "550", "SmtpStatusCode.MailboxUnavailable"),
        ("(SmtpStatusCode)552", "552", "SmtpStatusCode.ExceededStorageAllocation"),
        ("bounce.Code == 550", "550", "SmtpReplyCode.MailboxUnavailable"),
    };

    private readonly PackageFeed feed;

    public MailKitFormatTests(PackageFeed feed) => this.feed = feed;

    [Fact]
    public void Magic_codes_fail_the_strict_build_and_dotnet_format_fixes_them_with_MailKit_names()
    {
        // No WarningsNotAsErrors for the SMTP rules here: dotnet format (SDK 10) skips rules listed there.
        // NU1603: a registry mirror may resolve a MimeKit dependency one patch higher; that is not what this test is about.
        ConsumerProject project = ConsumerProject.Create(
            feed,
            "mailkit-library",
            """
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);NU1603</NoWarn>
            """,
            """<PackageReference Include="MailKit" Version="4.18.2" />""");
        project.Write(SourceFile, Source);

        CommandResult strictBuild = project.Build();

        Assert.False(strictBuild.Succeeded, strictBuild.Describe());
        IReadOnlyList<BuildDiagnostic> errors = BuildDiagnostic.Parse(strictBuild.Output).Where(diagnostic => diagnostic.Severity == "error").ToList();
        Assert.All(errors, error => Assert.Equal("SMTP001", error.Id));
        Assert.Equal(
            Planted.Select(planted => Expected(project, planted)).OrderBy(line => line).ToArray(),
            errors.Select(error => $"{error.File}({error.Line},{error.Column}) {SuggestedName(error.Message)}").OrderBy(line => line).ToArray());

        CommandResult format = DotnetCli.Run(
            project.Directory,
            "format", "analyzers", project.Name + ".csproj", "--diagnostics", "SMTP001", "SMTP002", "--severity", "info", "--no-restore");

        Assert.True(format.Succeeded, format.Describe());
        string fixedSource = project.Read(SourceFile);
        Assert.DoesNotContain("550", fixedSource, System.StringComparison.Ordinal);
        Assert.DoesNotContain("552", fixedSource, System.StringComparison.Ordinal);
        Assert.All(Planted, planted => Assert.Contains(planted.Name, fixedSource, System.StringComparison.Ordinal));
        Assert.DoesNotContain(">= 500", fixedSource, System.StringComparison.Ordinal);
        Assert.Contains(".IsPermanent()", fixedSource, System.StringComparison.Ordinal);

        CommandResult fixedBuild = project.Build();

        Assert.True(fixedBuild.Succeeded, fixedBuild.Describe() + System.Environment.NewLine + fixedSource);
        Assert.Empty(ConsumerProject.RuleDiagnostics(fixedBuild));
    }

    private static string Expected(ConsumerProject project, (string Context, string Literal, string Name) planted)
    {
        SourcePosition position = SourcePosition.Of(Source, planted.Context, planted.Literal);
        return $"{project.PathOf(SourceFile)}({position.Line},{position.Column}) {planted.Name}";
    }

    /// <summary>"SMTP reply code 550 is written as a number: use X.Y" gives "X.Y".</summary>
    private static string SuggestedName(string message)
    {
        const string Marker = ": use ";
        int index = message.LastIndexOf(Marker, System.StringComparison.Ordinal);
        return index < 0 ? message : message.Substring(index + Marker.Length);
    }
}
