using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks.Lookups;

/// <summary>
/// The title of every catalog reply code: generated GetTitle (the baseline) against a FrozenDictionary and a
/// Dictionary of the same titles; a ratio above 1 means the table is slower than GetTitle.
/// </summary>
public class TitleBenchmarks : TableLookupBenchmarks
{
    public TitleBenchmarks()
        : base(ReplyCodeData.Titles())
    {
    }

    [Benchmark(Baseline = true)]
    public int GetTitle()
    {
        var length = 0;
        foreach (var code in Codes)
        {
            length += code.GetTitle().Length;
        }

        return length;
    }
}
