using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Emit;
using SmtpCodes.Generators.Emit.Engine;
using SmtpCodes.Generators.Infrastructure;
using SmtpCodes.Generators.Model;

namespace SmtpCodes.Generators;

/// <summary>
/// Generates typed SMTP codes, lookups and classification from the catalog. The pipeline flows one way:
/// project CSV files are read into <see cref="CatalogText"/>, parsed into equatable entries with located
/// diagnostics, merged with the built-in catalog into a <see cref="GenerationSpec"/>, and emitted. No step
/// output holds a compilation, symbol, syntax node, location or additional text, so an edit of unrelated
/// C# code leaves every catalog step cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SmtpCodesGenerator : IIncrementalGenerator
{
    /// <summary>The item metadata that marks an AdditionalFiles item as a catalog file.</summary>
    public const string CatalogMetadata = "build_metadata.AdditionalFiles.SmtpCodesCatalog";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var catalogTexts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsCatalogFile(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => ReadCatalogText(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.CatalogTexts);

        var parsedCatalogs = catalogTexts
            .Select(static (text, cancellationToken) => CatalogParser.Parse(text.Path, text.Content, text.LegacyEncoding, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedCatalogs);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var features = context.ParseOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => (HasSpan: HasSpan(compilation), ReferencedTypes: ReferencedTypes(compilation), HasCreateSpan: HasCreateSpan(compilation))))
            .Select(static (pair, _) => new TargetFeatures(
                SupportsNullable: pair.Left is CSharpParseOptions parse && parse.LanguageVersion >= LanguageVersion.CSharp8,
                HasSpan: pair.Right.HasSpan,
                ReferencedTypes: pair.Right.ReferencedTypes,
                HasCreateSpan: pair.Right.HasCreateSpan))
            .WithTrackingName(TrackingNames.TargetFeatures);

        var catalog = parsedCatalogs
            .Collect()
            .Combine(options.Select(static (read, _) => read.Options.IncludeBuiltInCatalog))
            .Select(static (input, _) => CatalogMerger.Merge(input.Right ? BuiltInCatalog.Files : [], input.Left))
            .WithTrackingName(TrackingNames.Catalog);

        var spec = catalog
            .Combine(options)
            .Combine(features)
            .Select(static (input, _) => CatalogSpecs.Build(input.Left.Left, input.Left.Right.Options, input.Right))
            .WithTrackingName(TrackingNames.Spec);

        // Diagnostics travel apart from the source: a diagnostic's position changes more often than the code.
        context.RegisterSourceOutput(parsedCatalogs, static (production, file) => Report(production, file.Diagnostics));
        context.RegisterSourceOutput(catalog, static (production, model) => Report(production, model.Diagnostics));
        context.RegisterSourceOutput(options, static (production, read) => Report(production, read.Diagnostics));
        context.RegisterSourceOutput(spec, static (production, value) => Add(production, SourceEmitter.Emit(value, production.CancellationToken)));

        // The engine depends on the options and the target alone: a catalog edit leaves it cached.
        var engine = options
            .Combine(features)
            .Select(static (input, cancellationToken) => EngineEmitter.Emit(input.Left.Options, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Engine);
        context.RegisterSourceOutput(engine, static (production, files) => Add(production, files));
    }

    private static void Add(SourceProductionContext production, System.Collections.Generic.IEnumerable<SourceFile> files)
    {
        foreach (var file in files)
        {
            production.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
        }
    }

    // The file's text, and the code page the compiler decoded it with where that was not a Unicode encoding: the
    // compiler falls back to the ANSI code page (on Windows) when a file is not valid UTF-8 (SMTPGEN018).
    private static CatalogText ReadCatalogText(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        var encoding = text?.Encoding;
        var legacy = encoding is null || encoding is UTF8Encoding || encoding is UnicodeEncoding || encoding is UTF32Encoding
            ? null
            : encoding.WebName;
        return new CatalogText(file.Path, text?.ToString() ?? string.Empty, legacy);
    }

    private static bool IsCatalogFile(AnalyzerConfigOptions options) =>
        options.TryGetValue(CatalogMetadata, out var flag) && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool HasSpan(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null
        && compilation.GetTypeByMetadataName("System.MemoryExtensions") is not null;

    private static bool HasCreateSpan(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.RuntimeHelpers")?.GetMembers("CreateSpan").Any() == true;

    // The types of EngineFiles.Conditions that the compilation has, in the table's order.
    private static EquatableArray<string> ReferencedTypes(Compilation compilation) =>
        EngineFiles.Conditions.Values
            .Distinct(StringComparer.Ordinal)
            .OrderBy(type => type, StringComparer.Ordinal)
            .Where(type => compilation.GetTypeByMetadataName(type) is not null)
            .ToEquatableArray();

    private static void Report(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            production.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
