using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks.Lookups;

/// <summary>The name of every catalog reply code: generated ToStringFast against Enum.ToString and name tables.</summary>
public class NameBenchmarks : TableLookupBenchmarks
{
    public NameBenchmarks()
        : base(ReplyCodeData.Names())
    {
    }

    [Benchmark(Baseline = true)]
    public int EnumToString()
    {
        var length = 0;
        foreach (var code in Codes)
        {
            length += code.ToString().Length;
        }

        return length;
    }

    [Benchmark]
    public int ToStringFast()
    {
        var length = 0;
        foreach (var code in Codes)
        {
            length += code.ToStringFast().Length;
        }

        return length;
    }
}
