using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// One test naming convention for the whole repository (CONTRIBUTING.md): a test's name is a sentence in snake case
/// that says what holds (<c>A_bare_550_is_a_soft_bounce</c>), so a failing test reads as the claim it broke.
/// The style rules of the build cannot say this (IDE1006 knows no "tests only" scope), so this test does.
/// </summary>
public sealed class TestNamingConventionTests
{
    private static readonly string[] TestAttributes = { "Fact", "Theory", "Property", "SkippableFact", "SkippableTheory" };

    [Fact]
    public void Every_test_in_the_repository_is_named_by_a_sentence_in_snake_case()
    {
        var testsFolder = Path.Combine(RepositoryPaths.Root, "tests");
        var offenders = Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutputOrData(path))
            .SelectMany(path => TestMethods(path).Where(name => !IsSnakeCaseSentence(name)).Select(name => Path.GetRelativePath(RepositoryPaths.Root, path) + ": " + name))
            .ToList();

        Assert.True(offenders.Count == 0, "Tests not named by a snake-case sentence:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("A_bare_550_is_a_soft_bounce", true)]
    [InlineData("SMTP001_reports_a_literal", true)]
    [InlineData("ABareCodeIsSoft", false)]
    [InlineData("a_bare_code_is_soft", false)]
    [InlineData("Works", false)]
    public void The_convention_accepts_sentences_and_rejects_pascal_case(string name, bool accepted)
    {
        Assert.Equal(accepted, IsSnakeCaseSentence(name));
    }

    // A capital first letter, then at least one underscore between words; acronyms and proper names keep their case.
    private static bool IsSnakeCaseSentence(string name) =>
        name.Length > 0 && char.IsUpper(name[0]) && name.Contains('_') && !name.Contains("__") && !name.EndsWith('_');

    private static bool IsBuildOutputOrData(string path)
    {
        var relative = Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');
        // Build output, and corpus files that are other projects' code kept as test data, not our tests.
        return relative.Contains("/bin/") || relative.Contains("/obj/") || relative.Contains("/Corpus/");
    }

    private static string[] TestMethods(string path)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
        return root.DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Where(method => method.AttributeLists.SelectMany(list => list.Attributes).Any(IsTestAttribute))
            .Select(method => method.Identifier.ValueText)
            .ToArray();
    }

    private static bool IsTestAttribute(AttributeSyntax attribute)
    {
        var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : attribute.Name.ToString();
        return TestAttributes.Contains(name, StringComparer.Ordinal);
    }
}
