using System.Collections.Generic;
using System.IO;
using System.Linq;
using SmtpCodes.Generators.Emit.Engine;
using SmtpCodes.Generators.Model;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>The engine files the generator embeds are the files of src/SmtpCodes.Runtime/Engine, emitted as written but for the rewrite.</summary>
public sealed class EngineFileTests
{
    private static string EngineFolder => Path.Combine(RepositoryPaths.Root, "src", "SmtpCodes.Runtime", "Engine");

    [Fact]
    public void Every_engine_source_file_is_embedded_as_written()
    {
        var onDisk = Directory.GetFiles(EngineFolder, "*.cs").OrderBy(path => path, System.StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk.Select(Path.GetFileName), EngineFiles.All.Select(file => file.Name));
        foreach (var (name, text) in EngineFiles.All)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(EngineFolder, name)).Replace("\r\n", "\n"), text);
        }
    }

    [Fact]
    public void Every_condition_names_an_engine_file()
    {
        var names = EngineFiles.All.Select(file => file.Name).ToHashSet();

        Assert.All(EngineFiles.Conditions.Keys, name => Assert.Contains(name, names));
    }

    [Fact]
    public void Only_the_namespace_the_public_modifiers_and_the_attribute_change()
    {
        var (_, text) = EngineFiles.All.Single(file => file.Name == "SmtpDiagnosis.cs");
        var marked = new HashSet<string>();

        var rewritten = EngineRewrite.Apply(text, ["SMTPCODES_SPAN"], "Contoso.Mail", "internal", marked, default);

        Assert.Equal(["SmtpDiagnosisBasis", "SmtpDiagnosis"], marked);
        var expected = text
            .Replace("namespace SmtpCodes\n", "namespace Contoso.Mail\n")
            .Replace("    public enum SmtpDiagnosisBasis", "    " + Emit.SourceEmitter.GeneratedCodeAttribute + "\n    internal enum SmtpDiagnosisBasis")
            .Replace("    public readonly struct SmtpDiagnosis", "    " + Emit.SourceEmitter.GeneratedCodeAttribute + "\n    internal readonly struct SmtpDiagnosis");
        Assert.Equal(expected, rewritten);
    }

    [Fact]
    public void No_engine_file_is_emitted_when_the_engine_is_switched_off()
    {
        var options = GeneratorOptions.Default with { EmitEngine = false };

        Assert.Empty(EngineEmitter.Emit(options, TargetFeatures.Modern, default));
        // A target without the libraries of the conditional files gets every other file.
        Assert.Equal(EngineFiles.All.Count - EngineFiles.Conditions.Count, EngineEmitter.Emit(GeneratorOptions.Default, TargetFeatures.Modern, default).Count);
    }
}
