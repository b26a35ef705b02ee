using System.Collections.Generic;
using SmtpCodes.Generators.Emit.Engine;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// The generated sources, file by file, against reviewed snapshots: a small catalog for each language
/// profile (the C# 7.3 output differs: no nullable annotations), and the built-in catalog. The engine files are not
/// snapshots: they are the sources of src/SmtpCodes.Runtime/Engine, and EngineFileTests checks what the generator changes.
/// </summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> SmallCatalogFiles => new()
    {
        "SmtpEnums.g.cs", "SmtpReplyCode.g.cs", "SmtpEnhancedStatusCode.g.cs", "SmtpCodeAttributes.g.cs", "SmtpReply.CatalogMessages.g.cs",
    };

    [Theory]
    [MemberData(nameof(SmallCatalogFiles))]
    public void Small_catalog_latest_csharp(string hintName)
    {
        // Every file generated from the catalog has a snapshot here: a new file must be added to the list. The engine
        // files are the sources of src/SmtpCodes.Runtime/Engine, reviewed there; EngineFileTests checks their rewrite.
        // net10.0 has System.Net.Mail but not MailKit: every engine file but MailKit's extensions.
        Assert.Equal(SmallCatalogFiles.Count + EngineFiles.All.Count - 1, GeneratorRun.Run([Fixtures.Catalog("small-catalog.csv")], Fixtures.ProjectCatalogOnly).Sources.Count);
        var run = GeneratorRun.Run([Fixtures.Catalog("small-catalog.csv")], Fixtures.ProjectCatalogOnly);
        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Match("Small.Latest." + hintName.Replace(".g.cs", string.Empty), run.Sources[hintName]);
    }

    [Theory]
    [InlineData("SmtpReplyCode.g.cs")]
    [InlineData("SmtpEnhancedStatusCode.g.cs")]
    public void Small_catalog_csharp73_netstandard20(string hintName)
    {
        var run = GeneratorRun.Run([Fixtures.Catalog("small-catalog.csv")], Fixtures.ProjectCatalogOnly, TargetProfile.NetStandard20CSharp73);
        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Match("Small.CSharp73." + hintName.Replace(".g.cs", string.Empty), run.Sources[hintName]);
    }

    [Fact]
    public void Options_change_namespace_and_accessibility()
    {
        var properties = new Dictionary<string, string>(Fixtures.ProjectCatalogOnly)
        {
            ["build_property.SmtpCodesNamespace"] = "Contoso.Mail.Codes",
            ["build_property.SmtpCodesAccessibility"] = "public",
        };
        var run = GeneratorRun.Run([Fixtures.Catalog("small-catalog.csv")], properties);
        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Match("Small.PublicNamespace.SmtpCodeAttributes", run.Sources["SmtpCodeAttributes.g.cs"]);
    }

    [Theory]
    [InlineData("SmtpReplyCode.g.cs")]
    [InlineData("SmtpEnhancedStatusCode.g.cs")]
    public void Built_in_catalog(string hintName)
    {
        var run = GeneratorRun.Run();
        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Match("BuiltIn." + hintName.Replace(".g.cs", string.Empty), run.Sources[hintName]);
    }
}
