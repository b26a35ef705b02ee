using SmtpCodes.Package.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Package.Tests;

/// <summary>
/// A consumer with its own catalog file and the options set: its row appears in the generated API, in the chosen
/// namespace and accessibility, and its broken row gives an SMTPGEN diagnostic at the row's line of the CSV; a catalog
/// that is not UTF-8 is reported where the compiler's reading shows it.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class CatalogConsumerTests
{
    private const string CatalogPath = "mail/our-codes.csv";

    private const string Catalog = """
        kind,code,name,class,title,description
        reply,299,WidgetAccepted,success,Widget accepted,Our gateway accepted the widget.
        reply,650,BeyondTheRange,permanent,Beyond the range,No reply code starts with 6.

        """;

    private const string Program = """
        using System;
        using Acme.Mail;

        public static class Program
        {
            public static int Main()
            {
                SmtpReplyCode code = SmtpReplyCode.WidgetAccepted;
                Console.WriteLine(string.Join("|",
                    (int)code,
                    code.GetTitle(),
                    code.IsSuccess(),
                    SmtpReplyCode.MailboxUnavailable.ToStringFast(),
                    typeof(SmtpReplyCode).IsPublic));
                return 0;
            }
        }
        """;

    private readonly PackageFeed feed;

    public CatalogConsumerTests(PackageFeed feed) => this.feed = feed;

    [Fact]
    public void Own_catalog_row_is_generated_in_the_chosen_namespace_and_the_broken_row_is_reported_at_its_line()
    {
        // SMTPGEN004 stays a warning here so the build completes and the program can show the row that did generate.
        ConsumerProject project = ConsumerProject.Create(
            feed,
            "own-catalog-console",
            """
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>SMTPGEN004</WarningsNotAsErrors>
                <SmtpCodesNamespace>Acme.Mail</SmtpCodesNamespace>
                <SmtpCodesAccessibility>public</SmtpCodesAccessibility>
            """,
            $"""<AdditionalFiles Include="{CatalogPath}" SmtpCodesCatalog="true" />""");
        project.Write(CatalogPath, Catalog);
        project.Write("Program.cs", Program);

        CommandResult build = project.Build();

        AssertBuiltWithOneCatalogWarning(build, "SMTPGEN004", project, SourcePosition.Of(Catalog, "reply,650,", "650"));

        CommandResult run = project.RunBuilt();
        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal("299|Widget accepted|True|MailboxUnavailable|True", run.Output.Trim());
    }

    // The compiler reads a file that is not valid UTF-8 again with a fallback (UTF-8 with U+FFFD on Linux and macOS,
    // the ANSI code page on Windows). A catalog saved as Windows-1252, whose 'ä' is its first character beyond ASCII,
    // is reported at that character either way (SMTPGEN018), and still builds.
    [Fact]
    public void A_catalog_saved_as_Windows_1252_is_reported_at_its_first_character_beyond_ASCII()
    {
        const string Windows1252Catalog = """
            kind,code,name,class,title,description
            reply,299,WidgetAccepted,success,Widget accepted,Our gateway accepted the widget.
            reply,298,WidgetQueued,success,Widget queued,Das Widget kommt später.

            """;
        ConsumerProject project = ConsumerProject.Create(
            feed,
            "windows-1252-catalog",
            """
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>SMTPGEN018</WarningsNotAsErrors>
            """,
            $"""<AdditionalFiles Include="{CatalogPath}" SmtpCodesCatalog="true" />""");
        project.Write(CatalogPath, string.Empty);
        System.IO.File.WriteAllBytes(project.PathOf(CatalogPath), System.Text.Encoding.Latin1.GetBytes(Windows1252Catalog));

        CommandResult build = project.Build();

        AssertBuiltWithOneCatalogWarning(build, "SMTPGEN018", project, SourcePosition.Of(Windows1252Catalog, "später", "ä"));
    }

    private static void AssertBuiltWithOneCatalogWarning(CommandResult build, string id, ConsumerProject project, SourcePosition position)
    {
        Assert.True(build.Succeeded, build.Describe());
        BuildDiagnostic diagnostic = Assert.Single(ConsumerProject.GeneratorDiagnostics(build));
        Assert.Equal(
            (id, "warning", project.PathOf(CatalogPath), position.Line, position.Column),
            (diagnostic.Id, diagnostic.Severity, diagnostic.File, diagnostic.Line, diagnostic.Column));
    }
}
