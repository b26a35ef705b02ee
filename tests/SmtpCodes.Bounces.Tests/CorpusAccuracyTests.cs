using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests;

public sealed class CorpusAccuracyTests
{
    private readonly ITestOutputHelper output;

    public CorpusAccuracyTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData("development")]
    [InlineData("heldout")]
    public void Report(string split)
    {
        var measurement = CorpusMeasurement.Of(BounceCorpus.Part(split));
        output.WriteLine(measurement.Summary());
        foreach (var miss in measurement.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(measurement.Messages > 0);
    }
}
