using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Generators.Tests.Infrastructure;

/// <summary>A consumer's target: its references and language version.</summary>
internal sealed record TargetProfile(string Name, IReadOnlyList<MetadataReference> References, LanguageVersion LanguageVersion)
{
    public static readonly TargetProfile Net100Latest = new("net10.0-latest", Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.Latest);

    public static readonly TargetProfile NetStandard20CSharp73 = new("netstandard2.0-csharp7.3", Basic.Reference.Assemblies.NetStandard20.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.CSharp7_3);

    public static readonly TargetProfile Net472CSharp73 = new("net472-csharp7.3", Basic.Reference.Assemblies.Net472.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.CSharp7_3);

    public override string ToString() => Name;
}
