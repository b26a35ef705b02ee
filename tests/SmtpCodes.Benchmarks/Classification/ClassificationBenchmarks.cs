using BenchmarkDotNet.Attributes;
using SmtpCodes.Benchmarks.Lookups;

namespace SmtpCodes.Benchmarks.Classification;

/// <summary>
/// Classification of every number from 100 to 599: the generated IsPermanent and GetClass against the arithmetic
/// a user writes by hand. Each pair has its own baseline, so each ratio reads directly.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClassificationBenchmarks
{
    private readonly int[] numbers = ReplyCodeData.Numbers;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("IsPermanent")]
    public int HandWrittenIsPermanent()
    {
        var count = 0;
        foreach (var number in numbers)
        {
            count += number >= 500 && number <= 599 ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    [BenchmarkCategory("IsPermanent")]
    public int IsPermanent()
    {
        var count = 0;
        foreach (var number in numbers)
        {
            count += ((SmtpReplyCode)number).IsPermanent() ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("GetClass")]
    public int HandWrittenClass()
    {
        var sum = 0;
        foreach (var number in numbers)
        {
            sum += number >= 100 && number <= 599 ? number / 100 : 0;
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("GetClass")]
    public int GetClass()
    {
        var sum = 0;
        foreach (var number in numbers)
        {
            sum += (int)((SmtpReplyCode)number).GetClass();
        }

        return sum;
    }
}
