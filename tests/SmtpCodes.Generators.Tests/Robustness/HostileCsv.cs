using System.Collections.Generic;
using System.Linq;
using SmtpCodes.Generators.Tests.Infrastructure;

namespace SmtpCodes.Generators.Tests.Robustness;

/// <summary>
/// Writes catalog rows as RFC 4180 CSV, every field quoted, so a test can put any string into a catalog
/// and compare what the generated code returns with exactly that string.
/// </summary>
internal static class HostileCsv
{
    public static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    public static string Row(params string[] fields) => string.Join(",", fields.Select(Quote));

    /// <summary>A reply row with every failure column filled, so any code from 100 to 599 is accepted.</summary>
    public static string Reply(int code, string name, string title, string description, string resolution) =>
        Row("reply", code.ToString(System.Globalization.CultureInfo.InvariantCulture), "", "", "", name, "", title, "SystemError", "soft", "nobody", "retry-later", "", description, resolution, "RFC 5321", "hostile test");

    /// <summary>An enhanced detail row (X.subject.detail) of every class.</summary>
    public static string EnhancedDetail(int subject, int detail, string name, string title, string description, string resolution) =>
        Row("enhanced", "X." + subject + "." + detail, "", "", "", name, "", title, "SystemError", "soft", "nobody", "retry-later", "", description, resolution, "RFC 3463", "hostile test");

    public static string Vendor(string vendor, string match, string name, string title, string description, string resolution) =>
        Row("vendor", "550", "5.7.1", vendor, match, name, "", title, "Blocked", "hard", "sender-admin", "contact-postmaster", "", description, resolution, "", "hostile test");

    public static string Blocklist(string vendor, string zone, string name, string title, string description, string resolution) =>
        Row("blocklist", "554", "", vendor, zone, name, "", title, "Blocked", "soft", "sender-admin", "request-delisting", "combined", description, resolution, "", "hostile test");

    public static (string Path, string Text) Catalog(string path, IEnumerable<string> rows) =>
        (path, Fixtures.Header + "\r\n" + string.Join("\r\n", rows) + "\r\n");
}
