using System.Collections.Frozen;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks.Lookups;

/// <summary>
/// The tables a user would build instead of a generated lookup: a Dictionary and a FrozenDictionary holding
/// the same text for every catalog reply code. Each derived class adds the generated lookup and its baseline.
/// </summary>
[MemoryDiagnoser]
public abstract class TableLookupBenchmarks
{
    private readonly Dictionary<SmtpReplyCode, string> dictionary;
    private FrozenDictionary<SmtpReplyCode, string> frozen = null!;

    private protected TableLookupBenchmarks(Dictionary<SmtpReplyCode, string> table) => dictionary = table;

    private protected SmtpReplyCode[] Codes { get; } = ReplyCodeData.Codes;

    [GlobalSetup]
    public void Setup() => frozen = dictionary.ToFrozenDictionary();

    [Benchmark]
    public int Dictionary()
    {
        var length = 0;
        foreach (var code in Codes)
        {
            length += dictionary[code].Length;
        }

        return length;
    }

    [Benchmark]
    public int FrozenDictionary()
    {
        var length = 0;
        foreach (var code in Codes)
        {
            length += frozen[code].Length;
        }

        return length;
    }
}
