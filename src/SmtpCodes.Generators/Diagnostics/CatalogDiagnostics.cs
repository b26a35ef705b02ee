using Microsoft.CodeAnalysis;

namespace SmtpCodes.Generators.Diagnostics;

/// <summary>
/// Everything the generator can say about a catalog. Row problems are warnings: the row is skipped and the
/// rest of the catalog still generates. Each id has a page in docs/generator-diagnostics.md.
/// </summary>
internal static class CatalogDiagnostics
{
    private const string Category = "SmtpCodes.Catalog";
    private const string HelpLink = "https://github.com/smtpcodes/SmtpCodes.Generators/blob/main/docs/generator-diagnostics.md#";

    public static readonly DiagnosticDescriptor MalformedCsv = Warning(
        "SMTPGEN001", "Malformed CSV record", "Malformed CSV record: {0}; the row is skipped");

    public static readonly DiagnosticDescriptor MissingColumn = Error(
        "SMTPGEN002", "Required catalog column missing", "The catalog header has no '{0}' column; the file is ignored (required columns: {1})");

    public static readonly DiagnosticDescriptor UnknownColumn = Warning(
        "SMTPGEN003", "Unknown catalog column", "Unknown catalog column '{0}' is ignored (known columns: {1})");

    public static readonly DiagnosticDescriptor InvalidReplyCode = Warning(
        "SMTPGEN004", "Invalid basic reply code", "'{0}' is not a basic SMTP reply code (three digits, the first 1 to 5); the row is skipped");

    public static readonly DiagnosticDescriptor InvalidEnhancedCode = Warning(
        "SMTPGEN005", "Invalid enhanced status code", "'{0}' is not a valid enhanced status code or range: {1}; the row is skipped");

    public static readonly DiagnosticDescriptor DuplicateCode = Warning(
        "SMTPGEN006", "Duplicate catalog code", "The {0} code '{1}' is already defined at {2}; the row is skipped");

    public static readonly DiagnosticDescriptor DuplicateName = Warning(
        "SMTPGEN007", "Duplicate catalog name", "The {0} name '{1}' is already used at {2}; the row is skipped");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Warning(
        "SMTPGEN008", "Name is not a valid C# identifier", "The name '{0}' becomes '{1}', which cannot be a generated member name: {2}; the row is skipped");

    public static readonly DiagnosticDescriptor UnknownReason = Warning(
        "SMTPGEN009", "Unknown bounce reason", "Unknown reason '{0}'; use one of: {1}; the row is skipped");

    public static readonly DiagnosticDescriptor UnknownParty = Warning(
        "SMTPGEN010", "Unknown responsible party", "Unknown party '{0}'; use one of: {1}; the row is skipped");

    public static readonly DiagnosticDescriptor UnknownAction = Warning(
        "SMTPGEN011", "Unknown recommended action", "Unknown action '{0}'; use one of: {1}; the row is skipped");

    public static readonly DiagnosticDescriptor InvalidValue = Warning(
        "SMTPGEN012", "Invalid catalog value", "Invalid {0} '{1}'; use one of: {2}; the row is skipped");

    public static readonly DiagnosticDescriptor ClassContradictsCode = Warning(
        "SMTPGEN013", "Class contradicts the code", "The class '{0}' contradicts the code '{1}', whose first digit means '{2}'; the row is skipped");

    public static readonly DiagnosticDescriptor MissingValue = Warning(
        "SMTPGEN014", "Required catalog value missing", "A {0} row needs a value in '{1}'{2}; the row is skipped");

    public static readonly DiagnosticDescriptor WrongFieldCount = Warning(
        "SMTPGEN015", "Wrong number of fields", "The row has {0} fields but the header has {1}; the row is skipped");

    public static readonly DiagnosticDescriptor EmptyCatalog = Warning(
        "SMTPGEN016", "Empty catalog file", "The catalog file has no header row and adds nothing");

    public static readonly DiagnosticDescriptor InvalidOption = Warning(
        "SMTPGEN017", "Invalid generator option", "The MSBuild property {0} has the invalid value '{1}' ({2}); '{3}' is used instead");

    public static readonly DiagnosticDescriptor NotUtf8 = Warning(
        "SMTPGEN018", "Catalog file not read as UTF-8", "The catalog file's text is not the UTF-8 it should be: {0}; save the file as UTF-8, or the phrases that hold such characters will not match as written");

    public static readonly DiagnosticDescriptor MalformedAlternatives = Warning(
        "SMTPGEN019", "Malformed alternatives in a match phrase", "The match alternative '{0}' has {1}; the row is skipped");

    public static readonly DiagnosticDescriptor InvalidFormerName = Warning(
        "SMTPGEN020", "Invalid former name", "The former name '{0}' cannot be generated: {1}; the former name is dropped");

    public static readonly DiagnosticDescriptor DuplicateFormerName = Warning(
        "SMTPGEN021", "Former name already used", "The {0} name '{1}' is both a former name of {2} and the name or a former name of {3} at {4}; the former name is dropped");

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLink + id.ToLowerInvariant());
}
