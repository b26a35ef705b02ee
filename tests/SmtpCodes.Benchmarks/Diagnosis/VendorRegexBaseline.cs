using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using SmtpCodes.Generators.Catalog;

namespace SmtpCodes.Benchmarks.Diagnosis;

/// <summary>
/// What a user writes without the generator: one compiled Regex for the codes, and one compiled,
/// case-insensitive Regex per vendor and blocklist row of the catalog (its match texts as alternatives),
/// tried in a loop until one matches.
/// </summary>
internal sealed class VendorRegexBaseline
{
    private static readonly Regex Codes = new(@"\b([245][0-9][0-9])\b(?:[ -]+([245]\.[0-7]\.[0-9]{1,3}))?", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly Regex[] rows;

    private VendorRegexBaseline(Regex[] rows) => this.rows = rows;

    public int RowCount => rows.Length;

    /// <summary>Every row of the built-in catalog that has match text (vendor messages, blocklists, text evidence).</summary>
    public static VendorRegexBaseline Create()
    {
        var rows = Directory.GetFiles(RepositoryPaths.Catalog, "*.csv")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .SelectMany(path => CatalogParser.Parse(path, File.ReadAllText(path), CancellationToken.None).Entries)
            .Where(located => located.Entry.Match.Count > 0)
            .Select(located => new Regex(string.Join("|", located.Entry.Match.Items.Select(Regex.Escape)), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToArray();
        return new VendorRegexBaseline(rows);
    }

    /// <summary>The basic code plus the index of the first matching row (or -1), so nothing is optimised away.</summary>
    public int Classify(string line)
    {
        var codes = Codes.Match(line);
        var basic = codes.Success ? int.Parse(codes.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : 0;
        for (var index = 0; index < rows.Length; index++)
        {
            if (rows[index].IsMatch(line))
            {
                return basic + index;
            }
        }

        return basic - 1;
    }
}
