using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using SmtpCodes.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Analyzers.Tests;

/// <summary>
/// No AD0001 on code being typed: seeded random deletions from a source that exercises every rule, run through the
/// analyzers and every offered fix. A failure names the mutant and prints its text, so it can be replayed.
/// </summary>
public class RandomDeletionTests
{
    private const int Mutants = 120;

    /// <summary>Also the corpus of <see cref="TriggerEquivalenceTests"/>.</summary>
    internal const string Source = """
        using MailKit.Net.Smtp;
        using SmtpCodes;

        class Mailer
        {
            bool IsGone(SmtpCommandException ex) => (int)ex.StatusCode == 550 || ex.StatusCode == (SmtpStatusCode)535;

            string Explain(SmtpCommandException ex)
            {
                var code = (int)ex.StatusCode;
                switch (code)
                {
                    case 421: return "busy";
                    case 550: return "gone";
                    case 505: return "typo";
                }

                return code >= 500 && code < 600 ? "permanent" : code / 100 == 4 ? "transient" : "other";
            }

            bool Busy(SmtpResponse response) => response is { StatusCode: (SmtpStatusCode)450 } || (int)response.StatusCode is 451 or 452;

            bool Unknown(Demo.Bounce bounce) => bounce.Enhanced == "5.1.1" || SmtpEnhancedStatusCode.Parse("5.7.1").Class == SmtpReplyClass.Permanent;

            void Record(Demo.Bounce bounce) { bounce.Code = 552; Demo.Ledger.Record(554); }
        }
        """ + Snippets.UserTypes;

    [Fact]
    public async Task Seeded_random_deletions_never_throw_in_rules_or_fixes()
    {
        var mutant = 0;
        foreach (var text in Mutated(Source, Mutants))
        {
            try
            {
                await SmtpVerifier.SurviveAsync(new[] { text.ToString() });
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"Mutant {mutant} failed: {exception.Message}\n{text}");
            }

            mutant++;
        }
    }

    /// <summary>The same seeded mutants every run: one to three deletions of 1 to 15 characters each.</summary>
    internal static IEnumerable<string> Mutated(string source, int count)
    {
        var random = new Random(20261123);
        for (var mutant = 0; mutant < count; mutant++)
        {
            var text = new StringBuilder(source);
            for (var cut = random.Next(1, 4); cut > 0 && text.Length > 0; cut--)
            {
                var at = random.Next(text.Length);
                text.Remove(at, Math.Min(random.Next(1, 16), text.Length - at));
            }

            yield return text.ToString();
        }
    }
}
