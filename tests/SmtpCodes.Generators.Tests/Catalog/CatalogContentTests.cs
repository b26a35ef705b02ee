using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using SmtpCodes.Generators.Catalog;
using Xunit;

namespace SmtpCodes.Generators.Tests.Catalog;

/// <summary>
/// The built-in catalog is what users rely on, so its content is checked against the reference tables
/// (catalog/sources/reference/*.tsv) and the seed articles (catalog/sources/seeds/*.txt) it was built from: nothing those name
/// is missing, and every row follows the schema's rules (class, completeness of failure rows, bounce rule).
/// Each check collects every offending row, so one failing run lists all of them.
/// </summary>
public sealed class CatalogContentTests
{
    private const string ReplyFile = "reply-codes.csv";
    private const string EnhancedFile = "enhanced-status-codes.csv";
    private const string VendorFile = "vendor-messages.csv";
    private const string BlocklistFile = "blocklists.csv";
    private const string TextEvidenceFile = "text-evidence.csv";

    private static readonly string[] ClassByFirstDigit = { "Unknown", "Preliminary", "Success", "Intermediate", "Transient", "Permanent" };

    private static readonly Lazy<IReadOnlyDictionary<string, ParsedCatalogFile>> Parsed = new(() =>
        new[] { ReplyFile, EnhancedFile, VendorFile, BlocklistFile, TextEvidenceFile }.ToDictionary(
            file => file,
            file => CatalogParser.Parse(file, File.ReadAllText(Path.Combine(RepositoryPaths.Catalog, file)), CancellationToken.None)));

    private static IEnumerable<CatalogEntry> Replies => Entries(ReplyFile);

    private static IEnumerable<CatalogEntry> Enhanced => Entries(EnhancedFile);

    private static IEnumerable<CatalogEntry> Vendors => Entries(VendorFile);

    private static IEnumerable<CatalogEntry> Blocklists => Entries(BlocklistFile);

    private static IEnumerable<CatalogEntry> All => Parsed.Value.Keys.SelectMany(Entries);

    [Theory]
    [InlineData(ReplyFile)]
    [InlineData(EnhancedFile)]
    [InlineData(VendorFile)]
    [InlineData(BlocklistFile)]
    [InlineData(TextEvidenceFile)]
    public void Built_in_file_parses_without_diagnostics(string file)
    {
        var parsed = Parsed.Value[file];

        Assert.Empty(parsed.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.NotEmpty(parsed.Entries);
    }

    [Fact]
    public void Embedded_catalog_is_the_catalog_folder()
    {
        var embedded = BuiltInCatalog.Files.SelectMany(file => file.Entries.Select(located => located.Entry));

        Assert.Equal(All.OrderBy(Describe, StringComparer.Ordinal), embedded.OrderBy(Describe, StringComparer.Ordinal));
    }

    [Fact]
    public void Row_counts_meet_the_issue()
    {
        Assert.True(Replies.Count() >= 50, "reply codes: " + Replies.Count());
        Assert.True(Enhanced.Count(IsDetailRow) >= 81, "enhanced detail codes: " + Enhanced.Count(IsDetailRow));
        Assert.True(Vendors.Count() >= 120, "vendor messages: " + Vendors.Count());
    }

    [Fact]
    public void Names_and_codes_are_unique_per_kind()
    {
        var duplicateNames = All.GroupBy(entry => (entry.Kind, entry.Name)).Where(group => group.Count() > 1).Select(group => group.Key.ToString());
        var duplicateCodes = Replies.Concat(Enhanced).GroupBy(entry => (entry.Kind, entry.Code)).Where(group => group.Count() > 1).Select(group => group.Key.ToString());

        Assert.Empty(duplicateNames.Concat(duplicateCodes));
    }

    [Fact]
    public void Every_reference_reply_code_is_in_the_catalog()
    {
        var codes = ReferenceTable("reply-codes.tsv").Select(columns => columns[0]).ToList();

        Assert.True(codes.Count >= 50, "reply-codes.tsv rows read: " + codes.Count);
        Assert.Empty(codes.Except(Replies.Select(entry => entry.Code)));
    }

    [Theory]
    [InlineData("000_e57ad09242622663.txt", @"\b([245]\d\d) [245]\.\d\.\d+", 3)]
    [InlineData("001_8f2a5bc969d0fe58.txt", @"^- (\d{3}) –", 19)]
    [InlineData("002_3554457bc70aa171.txt", @"^(\d{3})\t", 30)]
    [InlineData("003_f7133049f1a2b1ef.txt", @"^(\d{3})(?:/(\d{3}))?(?=[A-Z“""])", 40)]
    public void Every_code_the_seed_article_names_is_in_the_catalog(string seed, string codePattern, int expectedAtLeast)
    {
        var named = Regex.Matches(SeedText(seed), codePattern, RegexOptions.Multiline).Cast<Match>()
            .SelectMany(match => match.Groups.Cast<Group>().Skip(1).Where(group => group.Success).Select(group => group.Value))
            .ToList();

        Assert.True(named.Count >= expectedAtLeast, $"{seed}: {named.Count} codes read");
        Assert.Empty(named.Distinct().Except(Replies.Select(entry => entry.Code)));
    }

    [Fact]
    public void Every_registry_enhanced_code_is_in_the_catalog()
    {
        var codes = ReferenceTable("enhanced-status-codes.tsv").Select(columns => columns[0]).ToList();
        var catalog = Enhanced.Select(entry => entry.Code).ToList();

        Assert.Equal(3, codes.Count(code => code.EndsWith(".X.X", StringComparison.Ordinal)));
        Assert.Equal(8, codes.Count(code => Regex.IsMatch(code, @"^X\.\d\.X$")));
        Assert.Equal(81, codes.Count(code => Regex.IsMatch(code, @"^X\.\d\.\d+$")));
        Assert.Empty(codes.Except(catalog));
    }

    [Fact]
    public void Every_reference_vendor_code_is_in_the_catalog()
    {
        var missing = new List<string>();
        foreach (var code in ReferenceTable("vendor-status-codes.tsv").Select(columns => columns[0]))
        {
            missing.AddRange(code.StartsWith("token:", StringComparison.Ordinal)
                ? MissingTokens(code)
                : Regex.Split(code, @"\s*[/;]\s*").SelectMany(part => MissingVendorCode(code, part)));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Seed_Mimecast_table_rows_are_vendor_messages()
    {
        var text = SeedText("002_3554457bc70aa171.txt");
        var rows = Regex.Matches(text, @"^(\d{3})\t([^\t]+)\t", RegexOptions.Multiline).Cast<Match>()
            .Select(match => (Code: int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Reason: match.Groups[2].Value))
            .ToList();

        // The seed merged the "Maximum email size exceeded" row into the text of the row before it.
        Assert.Contains("Maximum email size exceeded The email size", text, StringComparison.Ordinal);
        rows.Add((554, "Maximum email size exceeded"));

        Assert.True(rows.Count >= 31, "seed table rows read: " + rows.Count);
        Assert.Empty(rows.Where(row => !Vendors.Any(entry => entry.BasicCode == row.Code && MatchesText(entry, row.Reason)))
            .Select(row => row.Code + " " + row.Reason));
    }

    [Theory]
    [InlineData("000_e57ad09242622663.txt")]
    [InlineData("003_f7133049f1a2b1ef.txt")]
    public void Seed_replies_with_enhanced_codes_are_vendor_messages(string seed)
    {
        var replies = Regex.Matches(SeedText(seed), @"\b([245]\d\d) ([245]\.\d\.\d+) ([^'\r\n]+)").Cast<Match>().ToList();

        Assert.NotEmpty(replies);
        Assert.Empty(replies.Where(reply => !Vendors.Any(entry =>
                entry.BasicCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == reply.Groups[1].Value
                && entry.EnhancedCodes.Any(pattern => pattern.ToString() == reply.Groups[2].Value)
                && MatchesText(entry, reply.Groups[3].Value)))
            .Select(reply => reply.Value));
    }

    [Theory]
    [InlineData("420", "GroupWise")]
    [InlineData("432", "Exchange")]
    [InlineData("449", "Exchange")]
    public void Seed_vendor_specific_codes_are_vendor_messages(string code, string vendor)
    {
        var seedLine = SeedText("003_f7133049f1a2b1ef.txt").Split('\n').Single(line => line.StartsWith(code, StringComparison.Ordinal));

        Assert.Contains(vendor, seedLine, StringComparison.Ordinal);
        Assert.Contains(Vendors, entry => entry.Code == code && entry.Vendor.Contains(vendor, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_blocklist_zone_of_the_seed_is_recognised()
    {
        var text = SeedText("003_f7133049f1a2b1ef.txt");
        var zones = Regex.Matches(text, @"reject_(?:rbl_client|rhsbl_\w+) ([a-z0-9.-]+)|2\.0\.0\.127\.([a-z0-9.-]+)").Cast<Match>()
            .Select(match => match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)
            .Distinct()
            // RFC-Ignorant is no longer operated; catalog/README.md says why it has no row.
            .Where(zone => zone != "dsn.rfc-ignorant.org")
            .ToList();

        Assert.True(zones.Count >= 10, "zones read: " + zones.Count);
        var unrecognised = zones.Where(zone => !Blocklists.Any(entry => MatchesText(entry, "Client host [192.0.2.1] blocked using " + zone)));

        Assert.Empty(unrecognised);
    }

    [Theory]
    [InlineData("nixspam")]
    [InlineData("spamhaus")]
    [InlineData("CBL")]
    [InlineData("Spamcop")]
    [InlineData("SwiNOG")]
    [InlineData("SURBL")]
    [InlineData("SORBS")]
    [InlineData("URIBL")]
    [InlineData("Mailspike")]
    [InlineData("Blocklist.de")]
    [InlineData("Barracuda")]
    [InlineData("UCEPROTECT")]
    [InlineData("JunkEmailFilter")]
    [InlineData("0spam")]
    [InlineData("NordSpam")]
    [InlineData("GBUdb")]
    public void Every_list_of_the_seed_table_has_a_blocklist_row(string list)
    {
        Assert.Contains(list, SeedText("003_f7133049f1a2b1ef.txt"), StringComparison.Ordinal);
        Assert.Contains(Blocklists, entry => (entry.Title + " " + entry.Vendor).Contains(list, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Blocklist_rows_say_how_to_get_delisted()
    {
        Assert.Empty(Blocklists.Where(entry => entry.ListType.Length == 0 || entry.Match.Count == 0 || entry.Vendor.Length == 0
                || entry.Bounce != "Soft" || entry.Party != "SenderAdministrator" || entry.Action != "RequestDelisting"
                || entry.Reason is not ("Blocked" or "BadReputation"))
            .Select(Describe));
    }

    [Fact]
    public void Class_never_contradicts_the_first_digit()
    {
        var contradictions = Replies.Where(entry => entry.Class != ClassByFirstDigit[entry.BasicCode / 100])
            .Concat(Enhanced.Where(entry => entry.Class != (entry.EnhancedCode!.IsClassRow ? ClassByFirstDigit[entry.EnhancedCode.Class] : string.Empty)));

        Assert.Empty(contradictions.Select(Describe));
    }

    [Fact]
    public void Every_failure_row_is_complete()
    {
        var incomplete = All.Where(IsFailureRow).Where(entry =>
            new[] { entry.Reason, entry.Bounce, entry.Party, entry.Action, entry.Description, entry.Resolution, entry.Source }.Any(value => value.Length == 0));

        Assert.Empty(incomplete.Select(Describe));
        Assert.Empty(All.Where(entry => entry.Source.Length == 0).Select(Describe));
    }

    [Fact]
    public void Bounce_follows_the_reason_and_the_permanent_class()
    {
        Assert.Empty(All.Where(entry => entry.Bounce != ExpectedBounce(entry)).Select(entry => Describe(entry) + " expected " + ExpectedBounce(entry)));
    }

    private static IEnumerable<string> MissingVendorCode(string row, string part)
    {
        part = Regex.Replace(part, @"\s*\(.*\)$", string.Empty);
        var exact = Regex.Match(part, @"^([245])\.(\d)\.(\d+)(?:-(?:\d\.\d\.)?(\d+))?$");
        var hundreds = Regex.Match(part, @"^([245])\.(\d)\.(\d)xx$");
        if (exact.Success || hundreds.Success)
        {
            var match = exact.Success ? exact : hundreds;
            var from = exact.Success ? Number(exact.Groups[3].Value) : Number(hundreds.Groups[3].Value) * 100;
            var to = exact.Success ? (exact.Groups[4].Success ? Number(exact.Groups[4].Value) : from) : from + 99;
            return Enumerable.Range(from, to - from + 1)
                .Where(detail => !IsVendorCode(Number(match.Groups[1].Value), Number(match.Groups[2].Value), detail))
                .Select(detail => $"{row}: {match.Groups[1].Value}.{match.Groups[2].Value}.{detail}");
        }

        // Sisimai 5.6's 5.9.xxx pseudo codes have subject 9, which is no status code and which the schema rejects.
        if (Regex.IsMatch(part, @"^[245]\.[89]\.x+$"))
        {
            return Array.Empty<string>();
        }

        // Not a valid status code (7.7.1, #4.16.1, 554.30): known by the text of the reply.
        return Vendors.Any(entry => entry.Match.Any(alternative => alternative.Contains(part, StringComparison.OrdinalIgnoreCase)))
            ? Array.Empty<string>()
            : new[] { row + ": " + part };
    }

    private static IEnumerable<string> MissingTokens(string row)
    {
        foreach (var token in row.Substring("token:".Length).Split(new[] { " / " }, StringSplitOptions.None))
        {
            // "TSSxx", "OFRxxx_yyy", "(ASxxxxxxxx)": the literal part before the placeholder must be matched.
            var literal = Regex.Match(token.Trim().Trim('(', ')'), @"^(.*?)(?:x+(?:_y+)?)?$").Groups[1].Value;
            if (!Vendors.Any(entry => entry.Match.Any(alternative => alternative.Contains(literal, StringComparison.Ordinal))))
            {
                yield return row + ": " + literal;
            }
        }
    }

    private static bool IsVendorCode(int @class, int subject, int detail) =>
        Vendors.Any(entry => entry.EnhancedCodes.Any(pattern =>
            (pattern.Class == @class || pattern.Class == 0) && pattern.Subject == subject && pattern.DetailFrom <= detail && detail <= pattern.DetailTo));

    private static bool MatchesText(CatalogEntry entry, string text) =>
        entry.Match.Any(alternative => text.Contains(alternative, StringComparison.OrdinalIgnoreCase));

    private static bool IsDetailRow(CatalogEntry entry) => entry.EnhancedCode?.IsDetailRow == true;

    private static bool IsFailureRow(CatalogEntry entry) => entry.Kind switch
    {
        CatalogKind.Reply => entry.BasicCode >= 400,
        CatalogKind.Enhanced => !entry.EnhancedCode!.IsClassRow || entry.EnhancedCode.Class >= 4,
        _ => true,
    };

    /// <summary>
    /// The built-in catalog's `bounce` column follows the classification policy: the bounce a permanent reply gets from
    /// the row (hard only for the address reasons), soft when the row's own codes are transient, none for success rows.
    /// </summary>
    private static string ExpectedBounce(CatalogEntry entry)
    {
        if (!IsFailureRow(entry))
        {
            return entry.Bounce.Length == 0 ? string.Empty : "None";
        }

        if (entry.Reason == "Delivered")
        {
            return "None";
        }

        var permanent = entry.Kind switch
        {
            CatalogKind.Reply => entry.BasicCode / 100 == 5,
            // Class-independent rows give the bounce of their permanent form.
            CatalogKind.Enhanced => !entry.EnhancedCode!.IsClassRow || entry.EnhancedCode.Class == 5,
            // A vendor message with codes has their class; one known only by its text gives the bounce of a permanent reply.
            CatalogKind.Vendor => entry.BasicCode != 0 ? entry.BasicCode / 100 == 5 : entry.EnhancedCodes.Count == 0 || entry.EnhancedCodes.All(pattern => pattern.Class is 5 or 0),
            _ => false,
        };
        return ClassificationPolicy.BounceKind(permanent ? 5 : 4, entry.Reason);
    }

    private static IEnumerable<CatalogEntry> Entries(string file) => Parsed.Value[file].Entries.Select(located => located.Entry);

    private static IEnumerable<string[]> ReferenceTable(string file) =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.CatalogSources, "reference", file))
            .Where(line => line.Length > 0 && !line.StartsWith("#", StringComparison.Ordinal) && !line.StartsWith("code\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t'));

    private static string SeedText(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.CatalogSources, "seeds", file)).Replace("\r\n", "\n");

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(CatalogEntry entry) => $"{entry.Kind} {entry.Code} {entry.Name} (class {entry.Class}, reason {entry.Reason}, bounce {entry.Bounce})";
}
