namespace SmtpCodes.Generators.Catalog;

/// <summary>The path and content of a project catalog file: the AdditionalText itself must not enter the pipeline.</summary>
internal sealed record CatalogText(string Path, string Content);
