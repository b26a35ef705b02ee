using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Analyzers.Tests.Infrastructure;

/// <summary>A labelled site of the real-code corpus: where it is, and what a reviewer wants there.</summary>
internal sealed record CorpusSite(int Position, string Label);

/// <summary>One file of the real-code corpus (<c>Corpus/RealCode</c>): its text, its part and its labelled sites.</summary>
internal sealed record CorpusFile(string Name, string Text, string Part, ImmutableArray<CorpusSite> Sites)
{
    public const string Flag = "flag";
    public const string Never = "never";
    public const string Debatable = "debatable";

    private static readonly Regex Marker = new(@"/\*(flag|never|debatable)\*/", RegexOptions.CultureInvariant);
    private static readonly Regex PartLine = new(@"^// Part: (development|held-out)\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static string Folder => RepositoryPaths.Combine("tests", "SmtpCodes.Analyzers.Tests", "Corpus", "RealCode");

    public static IReadOnlyList<CorpusFile> All()
        => Directory.GetFiles(Folder, "*.cs").OrderBy(path => path, System.StringComparer.Ordinal).Select(Read).ToList();

    private static CorpusFile Read(string path)
    {
        string text = File.ReadAllText(path);
        ImmutableArray<CorpusSite> sites = Marker.Matches(text).Select(match => new CorpusSite(match.Index + match.Length, match.Groups[1].Value)).ToImmutableArray();
        Match part = PartLine.Match(text);
        return new CorpusFile(Path.GetFileName(path), text, part.Success ? part.Groups[1].Value : "unlabelled", sites);
    }

    /// <summary>What the rules' diagnostics on this file amount to: flag sites found, and false alarms.</summary>
    public CorpusScore Score(IEnumerable<Diagnostic> diagnostics)
    {
        var found = new HashSet<int>();
        var falseAlarms = new List<string>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            Microsoft.CodeAnalysis.Text.TextSpan span = diagnostic.Location.SourceSpan;
            CorpusSite[] covered = Sites.Where(site => site.Position >= span.Start && site.Position < span.End).ToArray();
            foreach (CorpusSite site in covered.Where(site => site.Label == Flag))
            {
                found.Add(site.Position);
            }

            if (covered.Length == 0 || covered.Any(site => site.Label == Never))
            {
                falseAlarms.Add($"{Name} {diagnostic.Id} '{Text.Substring(span.Start, span.Length)}'");
            }
        }

        var missed = Sites.Where(site => site.Label == Flag && !found.Contains(site.Position))
            .Select(site => $"{Name} at {site.Position}: '{Text.Substring(site.Position, System.Math.Min(40, Text.Length - site.Position)).Split('\n')[0]}'")
            .ToList();
        return new CorpusScore(Sites.Count(site => site.Label == Flag), found.Count, falseAlarms, missed);
    }
}

/// <summary>Flag sites, those found, the false alarms and the misses of one file or of several.</summary>
internal sealed record CorpusScore(int FlagSites, int Found, IReadOnlyList<string> FalseAlarms, IReadOnlyList<string> Missed)
{
    public static CorpusScore Empty { get; } = new(0, 0, new List<string>(), new List<string>());

    public double Recall => FlagSites == 0 ? 1 : (double)Found / FlagSites;

    public CorpusScore Add(CorpusScore other)
        => new(FlagSites + other.FlagSites, Found + other.Found, FalseAlarms.Concat(other.FalseAlarms).ToList(), Missed.Concat(other.Missed).ToList());
}
