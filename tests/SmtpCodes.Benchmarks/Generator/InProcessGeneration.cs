using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SmtpCodes.Benchmarks.Generator;

/// <summary>
/// The shared harness (<see cref="GeneratorRun"/>) as the benchmarks need it: optimized consumer compilations of several
/// files, drivers without step tracking for the cold runs, and compiled, loaded output for benchmarks of generated code
/// from another catalog than this project's.
/// </summary>
internal static class InProcessGeneration
{
    public static readonly CSharpParseOptions ParseOptions = GeneratorRun.ParseOptions(TargetProfile.Net100Latest);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer" + Guid.NewGuid().ToString("N"),
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "User" + index + ".cs")),
            TargetProfile.Net100Latest.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IReadOnlyList<(string Path, string Text)> catalogs, bool trackSteps = false) =>
        GeneratorRun.CreateDriver(catalogs, properties: null, ParseOptions, trackSteps);

    /// <summary>Generates from the catalogs, compiles with <paramref name="userCode"/> and loads the assembly.</summary>
    public static Assembly CompileAndLoad(IReadOnlyList<(string Path, string Text)> catalogs, string userCode) =>
        Load(Compile(catalogs, userCode).Image);

    /// <summary>Generates from the catalogs and compiles with <paramref name="userCode"/>: the assembly's image and the generated sources by hint name.</summary>
    public static (byte[] Image, IReadOnlyDictionary<string, string> Sources) Compile(IReadOnlyList<(string Path, string Text)> catalogs, string userCode)
    {
        var run = GeneratorRun.Run(catalogs, userCode: userCode, optimization: OptimizationLevel.Release);
        var errors = run.Problems.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join(Environment.NewLine, errors));
        }

        return (run.Emit(), run.Sources);
    }

    /// <summary>Loads an image into a new collectible context, as a process loads it the first time.</summary>
    public static Assembly Load(byte[] image) => GeneratorRun.LoadCollectible(image);
}
