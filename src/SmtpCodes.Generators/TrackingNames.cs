namespace SmtpCodes.Generators;

/// <summary>Names of the pipeline steps, so tests can check what the driver cached.</summary>
internal static class TrackingNames
{
    public const string CatalogTexts = nameof(CatalogTexts);
    public const string ParsedCatalogs = nameof(ParsedCatalogs);
    public const string Options = nameof(Options);
    public const string TargetFeatures = nameof(TargetFeatures);
    public const string Catalog = nameof(Catalog);
    public const string Spec = nameof(Spec);
    public const string Engine = nameof(Engine);

    /// <summary>The steps whose outputs must never hold compiler objects.</summary>
    public static readonly string[] All = { CatalogTexts, ParsedCatalogs, Options, TargetFeatures, Catalog, Spec, Engine };
}
