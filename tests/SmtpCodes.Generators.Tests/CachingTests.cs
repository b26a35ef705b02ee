using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// Proves the pipeline is incremental: the driver's step tracking shows which steps reran. Typing in C#
/// code must not re-parse or re-emit the catalog; editing one catalog file touches that file's steps only.
/// </summary>
public sealed class CachingTests
{
    private static readonly (string Path, string Text) First = Fixtures.Inline("/project/a.csv", "vendor,550,,Contoso,contoso says no,ContosoSaysNo,,Contoso says no,Blocked,soft,sender-admin,request-delisting,,Contoso blocks the sender.,Ask Contoso.,,test");
    private static readonly (string Path, string Text) Second = Fixtures.Inline("/project/b.csv", "vendor,550,,Fabrikam,fabrikam says no,FabrikamSaysNo,,Fabrikam says no,Blocked,soft,sender-admin,request-delisting,,Fabrikam blocks the sender.,Ask Fabrikam.,,test");

    [Fact]
    public void Running_twice_on_a_clone_caches_every_step()
    {
        var (driver, compilation) = RunOnce();
        driver = driver.RunGenerators(compilation.Clone());

        AssertSteps(driver, TrackingNames.All, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputsCached(driver);
    }

    [Fact]
    public void Editing_unrelated_code_leaves_the_catalog_steps_cached()
    {
        var (driver, compilation) = RunOnce();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Unrelated { internal const int Retries = 3; } }", GeneratorRun.ParseOptions(TargetProfile.Net100Latest)));
        driver = driver.RunGenerators(edited);

        AssertSteps(driver, TrackingNames.All, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputsCached(driver);
    }

    [Fact]
    public void Editing_one_catalog_file_reparses_that_file_only()
    {
        var (driver, compilation) = RunOnce();
        var edited = new InMemoryAdditionalText(Second.Path, Second.Text.Replace("Fabrikam says no", "Fabrikam refuses"));
        driver = driver.ReplaceAdditionalText(FindText(driver, Second.Path), edited).RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var parsed = steps[TrackingNames.ParsedCatalogs].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(2, parsed.Count);
        Assert.Single(parsed, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(parsed, output => output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.All(steps[TrackingNames.Options].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(steps[TrackingNames.Spec].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
    }

    [Fact]
    public void Referencing_MailKit_adds_its_extensions_then_an_edit_leaves_everything_cached()
    {
        var (driver, compilation) = RunOnce();
        var withMailKit = compilation.AddReferences(MetadataReference.CreateFromFile(typeof(MailKit.Net.Smtp.SmtpCommandException).Assembly.Location));
        driver = driver.RunGenerators(withMailKit);

        // The referenced libraries travel as names (an equatable array), so only the target's features changed.
        Assert.Contains(driver.GetRunResult().Results.Single().GeneratedSources, source => source.HintName == "MailKitSmtpExtensions.g.cs");
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.Contains(steps[TrackingNames.TargetFeatures].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        AssertSteps(driver, [TrackingNames.CatalogTexts, TrackingNames.ParsedCatalogs, TrackingNames.Catalog, TrackingNames.Options], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);

        driver = driver.RunGenerators(withMailKit.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Unrelated { } }", GeneratorRun.ParseOptions(TargetProfile.Net100Latest))));

        AssertSteps(driver, TrackingNames.All, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputsCached(driver);
    }

    [Fact]
    public void Referencing_MimeKit_adds_its_bounce_extension_and_nothing_else_changes()
    {
        var (driver, compilation) = RunOnce();
        driver = driver.RunGenerators(compilation.AddReferences(MetadataReference.CreateFromFile(typeof(MimeKit.MimeMessage).Assembly.Location)));

        var sources = driver.GetRunResult().Results.Single().GeneratedSources;
        Assert.Contains(sources, source => source.HintName == "MimeKitBounceExtensions.g.cs");
        Assert.DoesNotContain(sources, source => source.HintName == "MailKitSmtpExtensions.g.cs");
        AssertSteps(driver, [TrackingNames.CatalogTexts, TrackingNames.ParsedCatalogs, TrackingNames.Catalog, TrackingNames.Options], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void No_step_output_holds_compiler_objects()
    {
        var (driver, _) = RunOnce();
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(TrackingNames.All, name => Assert.True(steps.ContainsKey(name), name + " was not tracked"));
        foreach (var name in TrackingNames.All)
        {
            foreach (var output in steps[name].SelectMany(step => step.Outputs))
            {
                AssertNoCompilerObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce()
    {
        var target = TargetProfile.Net100Latest;
        var compilation = GeneratorRun.CreateCompilation(target, GeneratorRun.DefaultUserCode);
        var driver = GeneratorRun.CreateDriver(target, [First, Second], null).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static AdditionalText FindText(GeneratorDriver driver, string path)
    {
        // The driver holds the texts it was created with; the test needs the same instance to replace it.
        var field = driver.GetType().GetField("_state", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(driver)!;
        var texts = (IEnumerable<AdditionalText>)field.GetType().GetField("AdditionalTexts", BindingFlags.Public | BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(field)!;
        return texts.Single(text => text.Path == path);
    }

    private static void AssertSteps(GeneratorDriver driver, IEnumerable<string> names, params IncrementalStepRunReason[] allowed)
    {
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in names)
        {
            foreach (var output in steps[name].SelectMany(step => step.Outputs))
            {
                Assert.True(allowed.Contains(output.Reason), $"Step {name} was {output.Reason}");
            }
        }
    }

    private static void AssertOutputsCached(GeneratorDriver driver)
    {
        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static void AssertNoCompilerObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        var forbidden = new[] { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(AdditionalText), typeof(SemanticModel), typeof(SyntaxTree) };
        Assert.False(forbidden.Any(type => type.IsInstanceOfType(value)), $"Step {step} holds a {value.GetType()}");

        if (value is IEnumerable enumerable)
        {
            foreach (var item in enumerable)
            {
                AssertNoCompilerObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType == typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor))
            {
                continue;
            }

            AssertNoCompilerObjects(field.GetValue(value), step, seen);
        }
    }
}
