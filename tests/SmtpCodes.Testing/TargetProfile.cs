using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Testing;

/// <summary>A consumer's target: its references and language version (the three the generated code must compile for).</summary>
public sealed record TargetProfile(string Name, IReadOnlyList<MetadataReference> References, LanguageVersion LanguageVersion)
{
    public static readonly TargetProfile Net100Latest = new("net10.0-latest", Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.Latest);

    public static readonly TargetProfile NetStandard20CSharp73 = new("netstandard2.0-csharp7.3", Basic.Reference.Assemblies.NetStandard20.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.CSharp7_3);

    public static readonly TargetProfile Net472CSharp73 = new("net472-csharp7.3", Basic.Reference.Assemblies.Net472.References.All.Cast<MetadataReference>().ToArray(), LanguageVersion.CSharp7_3);

    public static IReadOnlyList<TargetProfile> All { get; } = new[] { Net100Latest, NetStandard20CSharp73, Net472CSharp73 };

    /// <summary>A profile by its name, for theory data (which must be serializable to show each case).</summary>
    public static TargetProfile Named(string name) => All.Single(profile => profile.Name == name);

    /// <summary>The same target with more references (a library the generator extends where it is referenced).</summary>
    public TargetProfile With(string name, IEnumerable<MetadataReference> references) => this with { Name = name, References = References.Concat(references).ToArray() };

    public override string ToString() => Name;
}
