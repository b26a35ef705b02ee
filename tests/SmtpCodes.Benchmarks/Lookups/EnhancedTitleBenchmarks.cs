using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace SmtpCodes.Benchmarks.Lookups;

/// <summary>
/// The title of every registry code of every class (Success, Transient, Permanent: 261 codes): the generated
/// SmtpEnhancedStatusCode.GetTitle (the baseline) against a Dictionary and a FrozenDictionary of the same titles;
/// a ratio above 1 means the table is slower than GetTitle. The same shape as TitleBenchmarks, which cannot share
/// its base class: the generated types are internal, so a public benchmark cannot take one as a type argument.
/// </summary>
[MemoryDiagnoser]
public class EnhancedTitleBenchmarks
{
    private readonly SmtpEnhancedStatusCode[] codes = ReadRegistryCodes();
    private Dictionary<SmtpEnhancedStatusCode, string> dictionary = null!;
    private FrozenDictionary<SmtpEnhancedStatusCode, string> frozen = null!;

    [GlobalSetup]
    public void Setup()
    {
        dictionary = codes.ToDictionary(code => code, code => code.GetTitle());
        frozen = dictionary.ToFrozenDictionary();
    }

    [Benchmark(Baseline = true)]
    public int GetTitle()
    {
        var length = 0;
        foreach (var code in codes)
        {
            length += code.GetTitle().Length;
        }

        return length;
    }

    [Benchmark]
    public int Dictionary()
    {
        var length = 0;
        foreach (var code in codes)
        {
            length += dictionary[code].Length;
        }

        return length;
    }

    [Benchmark]
    public int FrozenDictionary()
    {
        var length = 0;
        foreach (var code in codes)
        {
            length += frozen[code].Length;
        }

        return length;
    }

    // The generated holders (SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress, ...) list the registry.
    private static SmtpEnhancedStatusCode[] ReadRegistryCodes() =>
        new[] { typeof(SmtpEnhancedStatusCode.Success), typeof(SmtpEnhancedStatusCode.Transient), typeof(SmtpEnhancedStatusCode.Permanent) }
            .SelectMany(holder => holder.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(field => (SmtpEnhancedStatusCode)field.GetValue(null)!)
            .ToArray();
}
