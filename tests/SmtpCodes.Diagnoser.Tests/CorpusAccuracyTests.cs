using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace SmtpCodes.Diagnoser.Tests;

/// <summary>
/// The diagnoser against the labelled corpus of real replies (Corpus/replies.csv). The thresholds are the
/// figures the README publishes: the test fails when the diagnoser falls below them. Every miss is written to
/// the test output, so a change that moves a figure shows which replies it moved.
/// </summary>
public sealed class CorpusAccuracyTests
{
    // Published in README.md ("Accuracy on the corpus"). Raise them when the diagnoser improves; never lower them silently.
    private const double ClassAccuracy = 1.000;
    private const double ReasonAccuracy = 0.880;
    private const double HardBounceAccuracy = 0.975;
    private const double CodeAccuracy = 1.000;

    private readonly ITestOutputHelper output;

    public CorpusAccuracyTests(ITestOutputHelper output) => this.output = output;

    public static IReadOnlyList<CorpusReply> Corpus { get; } = CorpusReply.Load();

    [Fact]
    public void The_corpus_is_what_the_issue_asks_for()
    {
        Assert.True(Corpus.Count >= 250, "at least 250 replies");
        Assert.True(Corpus.Select(reply => reply.Provider).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 40, "at least 40 providers and MTAs");
        Assert.All(Corpus, reply => Assert.False(string.IsNullOrWhiteSpace(reply.Source), reply.Id + " has a source"));
    }

    [Fact]
    public void Codes_are_found_in_every_shape_of_the_corpus() =>
        AssertAccuracy("codes", CodeAccuracy, reply => Actual.Codes(reply.Diagnosis) == reply.BasicCode + " " + reply.EnhancedCode);

    [Fact]
    public void Class_accuracy_is_at_least_the_published_figure() =>
        AssertAccuracy("class", ClassAccuracy, reply => Actual.Class(reply.Diagnosis) == reply.Expected.Class);

    [Fact]
    public void Reason_accuracy_is_at_least_the_published_figure() =>
        AssertAccuracy("reason", ReasonAccuracy, reply => Actual.Reason(reply.Diagnosis) == reply.Expected.Reason);

    [Fact]
    public void Hard_bounce_accuracy_is_at_least_the_published_figure() =>
        AssertAccuracy("hard bounce", HardBounceAccuracy, reply => Actual.HardBounce(reply.Diagnosis) == reply.Expected.HardBounce);

    private void AssertAccuracy(string what, double threshold, Func<(CorpusReply Expected, SmtpDiagnosis Diagnosis, string BasicCode, string EnhancedCode), bool> isRight)
    {
        var results = Corpus.Select(reply => (Expected: reply, Diagnosis: SmtpReply.Diagnose(reply.Text), reply.BasicCode, reply.EnhancedCode)).ToList();
        var misses = results.Where(result => !isRight(result)).ToList();
        foreach (var miss in misses)
        {
            output.WriteLine($"{miss.Expected.Id} ({miss.Expected.Provider}): expected {miss.Expected.BasicCode} {miss.Expected.EnhancedCode} {miss.Expected.Class} {miss.Expected.Reason} {miss.Expected.HardBounce}; got {Actual.Codes(miss.Diagnosis)} {Actual.Class(miss.Diagnosis)} {Actual.Reason(miss.Diagnosis)} {Actual.HardBounce(miss.Diagnosis)} by {miss.Diagnosis.Basis} {miss.Diagnosis.CatalogEntry}");
        }

        var accuracy = (double)(results.Count - misses.Count) / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {results.Count - misses.Count}/{results.Count} = {accuracy:P1} (published: at least {threshold:P1})"));
        Assert.True(accuracy >= threshold, string.Create(CultureInfo.InvariantCulture, $"{what} accuracy {accuracy:P1} is below the published {threshold:P1}"));
    }

    /// <summary>The diagnosis in the corpus's vocabulary (the same words the triage tool's --json prints).</summary>
    private static class Actual
    {
        public static string Codes(SmtpDiagnosis diagnosis) =>
            (diagnosis.BasicCode is { } basic ? ((int)basic).ToString(CultureInfo.InvariantCulture) : string.Empty) + " " + (diagnosis.EnhancedCode?.ToString() ?? string.Empty);

        public static string Class(SmtpDiagnosis diagnosis) => diagnosis.Class switch
        {
            SmtpReplyClass.Success => "success",
            SmtpReplyClass.Transient => "transient",
            SmtpReplyClass.Permanent => "permanent",
            _ => string.Empty,
        };

        public static string Reason(SmtpDiagnosis diagnosis) => diagnosis.Reason.ToString().ToLowerInvariant();

        public static string HardBounce(SmtpDiagnosis diagnosis) => diagnosis.IsHardBounce switch
        {
            true => "true",
            false => "false",
            null => string.Empty,
        };
    }
}
