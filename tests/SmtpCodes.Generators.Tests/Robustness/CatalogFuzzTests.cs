using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Infrastructure;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests.Robustness;

/// <summary>
/// Seeded random damage to the real built-in catalog files. The parser never throws and points every
/// diagnostic at a real place in the file; a typo costs about one row and never the rest of the file; and the
/// whole generator, fed damaged files, reports SMTPGEN diagnostics instead of failing (no CS8785), and what it
/// still generates compiles. Each mutant comes from <c>new Random(Seed + index)</c>: a failure names its
/// index, its mutations and its text, and replays the same.
/// </summary>
public sealed class CatalogFuzzTests
{
    private const int Seed = 5_321;
    private const int ParserMutants = 10_000;
    private const int TypoMutants = 1_000;
    private const int GeneratorMutants = 150;
    private const int CompiledEvery = 50;

    private static readonly IReadOnlyList<(string Name, byte[] Bytes)> CatalogFiles =
        Directory.GetFiles(RepositoryPaths.Catalog, "*.csv")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();

    [Fact]
    public void The_parser_never_throws_and_every_diagnostic_points_into_the_file()
    {
        Assert.NotEmpty(CatalogFiles);
        var diagnosticsSeen = 0;
        for (var index = 0; index < ParserMutants; index++)
        {
            var random = new Random(Seed + index);
            var (name, bytes) = CatalogFiles[random.Next(CatalogFiles.Count)];
            var mutant = CatalogMutator.Mutate(bytes, random);
            var path = "/project/" + name;
            ParsedCatalogFile parsed;
            try
            {
                parsed = CatalogParser.Parse(path, mutant.Text, CancellationToken.None);
            }
            catch (Exception exception)
            {
                throw Failure(index, name, mutant, "the parser threw " + exception);
            }

            var lines = new TextLines(mutant.Text);
            foreach (var diagnostic in parsed.Diagnostics)
            {
                var problem = LocationProblem(diagnostic, path, lines);
                if (problem is not null)
                {
                    throw Failure(index, name, mutant, problem + ": " + diagnostic);
                }
            }

            diagnosticsSeen += parsed.Diagnostics.Count;
        }

        // The mutations must reach the parser's error paths, or this test proves nothing.
        Assert.True(diagnosticsSeen > ParserMutants, $"only {diagnosticsSeen} diagnostics for {ParserMutants} mutants");
    }

    /// <summary>
    /// A typo costs its own row: a broken quote costs its own line too, since a quoted field may not run over a
    /// line break (it pairs with no later quote); never more than a few lines, never the rest of the file, and on
    /// average about one row.
    /// </summary>
    [Fact]
    public void A_typo_costs_its_row_and_never_the_rest_of_the_file()
    {
        const int Reach = 10;
        var originals = CatalogFiles.ToDictionary(
            file => file.Name,
            file => CatalogParser.Parse("/project/" + file.Name, CatalogMutator.Decode(file.Bytes), CancellationToken.None).Entries.Items);
        var totalLost = 0;
        for (var index = 0; index < TypoMutants; index++)
        {
            var random = new Random(Seed + 1_000_000 + index);
            var (name, bytes) = CatalogFiles[random.Next(CatalogFiles.Count)];
            var (mutant, line) = CatalogMutator.MutateOneDataLine(bytes, random);
            var kept = Entries(name, mutant.Text);
            var lost = originals[name].Where(located => !kept.Contains(located.Entry)).ToList();
            var farAway = lost.FirstOrDefault(located => located.CodeLocation.Line < line || located.CodeLocation.Line > line + Reach);
            if (farAway is not null)
            {
                throw Failure(index, name, mutant, $"a change on line {line + 1} lost the row on line {farAway.CodeLocation.Line + 1} ({lost.Count} rows lost)");
            }

            totalLost += lost.Count;
        }

        var average = (double)totalLost / TypoMutants;
        Assert.True(average <= 1.5, $"a typo costs {average:F2} rows on average");
    }

    [Fact]
    public void The_generator_survives_damaged_catalogs_and_what_it_generates_compiles()
    {
        for (var index = 0; index < GeneratorMutants; index++)
        {
            var random = new Random(Seed + 2_000_000 + index);
            var damaged = random.Next(CatalogFiles.Count);
            var mutant = CatalogMutator.Mutate(CatalogFiles[damaged].Bytes, random);
            var catalogs = CatalogFiles
                .Select((file, position) => ("/project/" + file.Name, position == damaged ? mutant.Text : CatalogMutator.Decode(file.Bytes)))
                .ToList();
            var run = GeneratorRun.Run(catalogs, Fixtures.ProjectCatalogOnly);

            foreach (var diagnostic in run.GeneratorDiagnostics)
            {
                var path = diagnostic.Location.GetLineSpan().Path;
                if (!diagnostic.Id.StartsWith("SMTPGEN", StringComparison.Ordinal) || !catalogs.Any(catalog => catalog.Item1 == path))
                {
                    throw Failure(index, CatalogFiles[damaged].Name, mutant, "the generator reported " + diagnostic);
                }
            }

            if (index % CompiledEvery == 0)
            {
                var problems = run.CompilationProblems.Select(problem => problem.ToString()).ToList();
                if (problems.Count > 0)
                {
                    throw Failure(index, CatalogFiles[damaged].Name, mutant, "the generated code does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
                }
            }
        }
    }

    private static HashSet<CatalogEntry> Entries(string name, string text) =>
        CatalogParser.Parse("/project/" + name, text, CancellationToken.None).Entries.Select(located => located.Entry).ToHashSet();

    /// <summary>
    /// Why a diagnostic's place is wrong, or null: it must lie in the file, and its line and column must be
    /// those of its offset (lines end at '\n'; a lone '\r' is a line end too for the reader, so only the
    /// bounds are checked in a text that has one).
    /// </summary>
    private static string? LocationProblem(DiagnosticInfo diagnostic, string path, TextLines lines)
    {
        var text = lines.Text;
        var location = diagnostic.Location;
        if (location is null)
        {
            return "no location";
        }

        if (location.Path != path)
        {
            return "the location names another file";
        }

        // An empty field is marked by a one-character span, which at the very end of the file reaches one past it.
        if (location.Start < 0 || location.Start > text.Length || location.Length < 0 || location.Start + location.Length > text.Length + 1 || location.Line < 0 || location.Column < 0)
        {
            return $"the span {location.Start}+{location.Length} (line {location.Line}, column {location.Column}) is outside the text of {text.Length} characters";
        }

        if (lines.HasLoneCarriageReturn)
        {
            return location.Line <= lines.LineEnds ? null : $"line {location.Line + 1} is past the end";
        }

        var (line, column) = lines.PositionOf(location.Start);
        return line == location.Line && column == location.Column
            ? null
            : $"offset {location.Start} is line {line + 1}, column {column + 1}, but the diagnostic says {location}";
    }

    /// <summary>A failure that shows the input: where it came from, what was done to it, and its text (also written to a file).</summary>
    private static Exception Failure(int index, string file, CatalogMutator.Mutant mutant, string problem)
    {
        var dump = Path.Combine(Path.GetTempPath(), $"catalog-fuzz-{index}-{file}");
        File.WriteAllText(dump, mutant.Text, new UTF8Encoding(false));
        var message = new StringBuilder()
            .AppendLine($"Mutant {index} of {file} ({mutant}): {problem}")
            .AppendLine($"Input written to {dump}; it begins:")
            .AppendLine(mutant.Text.Length > 4_000 ? mutant.Text.Substring(0, 4_000) + "..." : mutant.Text)
            .ToString();
        return new Xunit.Sdk.XunitException(message);
    }

    /// <summary>The lines of a text as the catalog reader counts them (ending at '\n'), found once per mutant.</summary>
    private sealed class TextLines
    {
        private readonly List<int> starts = [0];
        private readonly int loneCarriageReturns;

        public TextLines(string text)
        {
            Text = text;
            for (var position = 0; position < text.Length; position++)
            {
                if (text[position] == '\n')
                {
                    starts.Add(position + 1);
                }
                else if (text[position] == '\r' && (position + 1 >= text.Length || text[position + 1] != '\n'))
                {
                    HasLoneCarriageReturn = true;
                    loneCarriageReturns++;
                }
            }
        }

        public string Text { get; }

        public bool HasLoneCarriageReturn { get; }

        /// <summary>Line ends of any kind: the last line a diagnostic can be on.</summary>
        public int LineEnds => starts.Count - 1 + loneCarriageReturns;

        public (int Line, int Column) PositionOf(int offset)
        {
            var line = starts.BinarySearch(offset);
            line = line >= 0 ? line : ~line - 1;
            return (line, offset - starts[line]);
        }
    }
}
