using System;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks.Diagnosis;

/// <summary>
/// Diagnosis of every real reply line of the corpus (one operation = the whole corpus): the generated
/// SmtpReply.Diagnose, string and span overloads, against a compiled Regex per catalog vendor row.
/// </summary>
[MemoryDiagnoser]
public class DiagnosisBenchmarks
{
    private string[] lines = [];
    private VendorRegexBaseline baseline = null!;

    [GlobalSetup]
    public void Setup()
    {
        lines = ReplyCorpus.Lines();
        baseline = VendorRegexBaseline.Create();
        if (lines.Length < 200)
        {
            throw new InvalidOperationException($"The corpus has {lines.Length} lines; the benchmark needs at least 200.");
        }

        Console.WriteLine($"// {lines.Length} corpus lines, {baseline.RowCount} vendor and blocklist rows in the Regex baseline");
    }

    [Benchmark(Baseline = true)]
    public int RegexPerVendorRow()
    {
        var sum = 0;
        foreach (var line in lines)
        {
            sum += baseline.Classify(line);
        }

        return sum;
    }

    [Benchmark]
    public int DiagnoseString()
    {
        var sum = 0;
        foreach (var line in lines)
        {
            sum += (int)SmtpReply.Diagnose(line).Reason;
        }

        return sum;
    }

    [Benchmark]
    public int DiagnoseSpan()
    {
        var sum = 0;
        foreach (var line in lines)
        {
            sum += (int)SmtpReply.Diagnose(line.AsSpan()).Reason;
        }

        return sum;
    }
}
