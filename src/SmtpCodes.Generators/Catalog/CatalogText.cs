namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// The path and content of a project catalog file: the AdditionalText itself must not enter the pipeline. Where the
/// compiler decoded the file with a single-byte code page, because its bytes were not valid UTF-8, LegacyEncoding
/// names it (SMTPGEN018).
/// </summary>
internal sealed record CatalogText(string Path, string Content, string? LegacyEncoding = null);
