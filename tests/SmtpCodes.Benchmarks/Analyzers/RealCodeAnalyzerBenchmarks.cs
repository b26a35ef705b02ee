using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks.Analyzers;

/// <summary>
/// What the SMTP analyzers cost on real code: the files of the analyzers' real-code corpus (server, client and test
/// shapes from ten public SMTP code bases, tests/SmtpCodes.Analyzers.Tests/Corpus/RealCode), compiled together with the
/// generated SmtpCodes types, against the compiler alone and against an analyzer that does nothing on the same syntax.
/// </summary>
public class RealCodeAnalyzerBenchmarks : AnalyzedCompilation
{
    [GlobalSetup]
    public void Setup()
    {
        string folder = RepositoryPaths.Combine("tests", "SmtpCodes.Analyzers.Tests", "Corpus", "RealCode");
        Prepare([.. Directory.GetFiles(folder, "*.cs").OrderBy(path => path, StringComparer.Ordinal).Select(File.ReadAllText)], "real-code corpus");
    }
}
