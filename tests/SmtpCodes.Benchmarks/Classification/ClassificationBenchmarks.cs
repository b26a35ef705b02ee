using BenchmarkDotNet.Attributes;
using SmtpCodes.Benchmarks.Lookups;

namespace SmtpCodes.Benchmarks.Classification;

/// <summary>
/// Classification of 4,000 numbers from 100 to 599: the generated IsPermanent and GetClass against the arithmetic a
/// user writes by hand. Each pair has its own baseline, so each ratio reads directly. Both sides of a pair consume
/// the result in the same statement: with <c>count += condition ? 1 : 0</c> the JIT turned the inlined bool of
/// IsPermanent into a flag (setbe) but the hand-written comparison into a branch, so the ratio measured that choice
/// of the JIT, not the generated code.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClassificationBenchmarks
{
    private readonly int[] numbers = ReplyCodeData.ManyNumbers;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("IsPermanent")]
    public int HandWrittenIsPermanent()
    {
        var count = 0;
        foreach (var number in numbers)
        {
            if (number >= 500 && number <= 599)
            {
                count++;
            }
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
            if (((SmtpReplyCode)number).IsPermanent())
            {
                count++;
            }
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
