using System.Globalization;
using System.Text;

namespace SmtpCodes.Benchmarks.Generator;

/// <summary>
/// A large catalog of synthetic vendor rows: distinct names and match texts built from words real replies use,
/// so that the matcher's tables grow as a big real catalog would make them grow.
/// </summary>
internal static class SyntheticCatalog
{
    public const string Path = "/project/synthetic-vendors.csv";

    private const string Header = ProjectCatalog.Header;

    private static readonly string[] Words = { "policy", "rejected", "mailbox", "blocked", "sender", "quota", "relay", "spam", "domain", "reputation" };

    public static string Create(int rows)
    {
        var builder = new StringBuilder(Header).Append('\n');
        for (var index = 0; index < rows; index++)
        {
            var number = index.ToString(CultureInfo.InvariantCulture);
            var word = Words[index % Words.Length];
            var other = Words[(index / Words.Length) % Words.Length];
            builder.Append("vendor,550,5.7.1,Synthetic Vendor ").Append(index % 100)
                .Append(",synthetic ").Append(word).Append(" rule ").Append(number).Append('|').Append(other).Append(" check sv").Append(number)
                .Append(",SyntheticRule").Append(number)
                .Append(",,Synthetic rule ").Append(number)
                .Append(",Blocked,hard,sender-admin,contact-postmaster,,Synthetic vendor rule ").Append(number)
                .Append(".,Ask the synthetic vendor.,,synthetic benchmark data\n");
        }

        return builder.ToString();
    }
}
