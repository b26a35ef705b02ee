using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SmtpCodes.Analyzers.Tests.Infrastructure;

/// <summary>What test compilations reference: the net10.0 reference pack (the only one that resolves here), MailKit and xunit's Assert.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies Net100 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    /// <summary>The real MailKit and MimeKit the test project restores, and xunit's Assert for <c>Assert.Equal(550, ...)</c> shapes.</summary>
    public static readonly ImmutableArray<MetadataReference> Libraries = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(MailKit.Net.Smtp.SmtpClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(MimeKit.MimeMessage).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Xunit.Assert).Assembly.Location));

    private static ImmutableArray<MetadataReference>? resolved;

    /// <summary>Framework and library references for compilations built outside the test harness (generator runs, samples).</summary>
    public static async Task<ImmutableArray<MetadataReference>> AllAsync()
    {
        if (resolved is { } cached)
        {
            return cached;
        }

        ImmutableArray<MetadataReference> framework = await Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        ImmutableArray<MetadataReference> all = framework.AddRange(Libraries);
        resolved = all;
        return all;
    }
}
