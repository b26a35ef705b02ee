using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks.Lookups;

/// <summary>Whether each number from 100 to 599 is a catalog reply code: generated IsDefined against Enum.IsDefined and sets.</summary>
[MemoryDiagnoser]
public class DefinedBenchmarks
{
    private readonly int[] numbers = ReplyCodeData.Numbers;
    private readonly HashSet<int> set = ReplyCodeData.Defined();
    private FrozenSet<int> frozen = null!;

    [GlobalSetup]
    public void Setup() => frozen = set.ToFrozenSet();

    [Benchmark(Baseline = true)]
    public int EnumIsDefined()
    {
        var count = 0;
        foreach (var number in numbers)
        {
            count += Enum.IsDefined((SmtpReplyCode)number) ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int IsDefined()
    {
        var count = 0;
        foreach (var number in numbers)
        {
            count += ((SmtpReplyCode)number).IsDefined() ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int HashSet()
    {
        var count = 0;
        foreach (var number in numbers)
        {
            count += set.Contains(number) ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int FrozenSet()
    {
        var count = 0;
        foreach (var number in numbers)
        {
            count += frozen.Contains(number) ? 1 : 0;
        }

        return count;
    }
}
