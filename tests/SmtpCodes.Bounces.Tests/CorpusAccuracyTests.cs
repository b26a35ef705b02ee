using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Bounces.Tests;

/// <summary>
/// The reader on the corpus, by part. The published figures (README of this project) are the constants below; each
/// test fails when a figure falls more than <see cref="Margin"/> points below it. The margin is about one held-out
/// recipient (30 labelled recipients: 3.3 points each). No non-bounce may ever be read with a failed recipient.
/// </summary>
public sealed class CorpusAccuracyTests
{
    private const double Margin = 3.5;

    private readonly ITestOutputHelper output;

    public CorpusAccuracyTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string, double, double, int, double, double> Published => new()
    {
        // split, kind %, recipients found %, spurious recipients, status %, action %
        { "development", 100, 97.4, 0, 100, 100 },
        { "heldout", 96.7, 86.7, 10, 100, 100 },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void The_reader_holds_its_published_figures(string split, double kind, double found, int spurious, double status, double action)
    {
        var measurement = CorpusMeasurement.Of(BounceCorpus.Part(split));
        output.WriteLine(measurement.Summary());
        foreach (string miss in measurement.Misses)
        {
            output.WriteLine(miss);
        }

        string context = measurement.Summary();
        AtLeast(kind, CorpusMeasurement.Percent(measurement.KindCorrect, measurement.Messages), "kind", context);
        AtLeast(found, CorpusMeasurement.Percent(measurement.Found, measurement.LabelledRecipients), "recipients found", context);
        AtLeast(status, CorpusMeasurement.Percent(measurement.StatusCorrect, measurement.StatusLabelled), "status", context);
        AtLeast(action, CorpusMeasurement.Percent(measurement.ActionCorrect, measurement.Found), "action", context);
        Assert.True(measurement.Spurious <= spurious + 1, $"spurious recipients {measurement.Spurious}, published {spurious}\n{context}");
        Assert.True(measurement.NonBouncesWithFailedRecipients == 0, context);
    }

    private static void AtLeast(double published, double measured, string figure, string context) =>
        Assert.True(measured >= published - Margin, $"{figure}: {measured} % < {published} % - {Margin}\n{context}");
}
