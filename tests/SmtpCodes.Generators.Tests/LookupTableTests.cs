using System;
using System.Globalization;
using System.Linq;
using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Emit;
using SmtpCodes.Generators.Model;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// The per-code string lookups are tables for a compact catalog (the built-in one) and switches for a sparse one
/// (the small fixture): both give the catalog's text for its codes and the class fallback for every other number,
/// including the gaps inside a table and the numbers just outside it.
/// </summary>
public sealed class LookupTableTests
{
    private const string Extensions = "SmtpCodes.SmtpReplyCodeExtensions";

    public static TheoryData<string> Catalogs => new() { "built-in", "small" };

    /// <summary>The small fixture's enhanced codes are compact (a table); a detail of 999 spreads them over 8,000 slots (switches).</summary>
    public static TheoryData<string> EnhancedCatalogs => new() { "built-in", "small", "small with detail 999" };

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_number_gets_its_row_or_its_class_fallback(string catalog)
    {
        var (run, model) = Generate(catalog);
        var generated = new GeneratedAssembly(run);
        var rows = model.ReplyCodes;
        var enumType = generated.Type("SmtpCodes.SmtpReplyCode");
        var numbers = Enumerable.Range(-2, 1200).Concat([int.MinValue, int.MinValue + 1, int.MaxValue, 1124, 100_000]);
        foreach (var number in numbers)
        {
            var code = Enum.ToObject(enumType, number);
            var row = rows.SingleOrDefault(entry => entry.BasicCode == number);
            var inClass = number is >= 100 and <= 599;
            var fallbackTitle = inClass ? ClassFallbacks.ByClass[number / 100].Title : ClassFallbacks.UnknownTitle;
            var fallbackDescription = inClass ? ClassFallbacks.ByClass[number / 100].Description : ClassFallbacks.UnknownDescription;
            var context = catalog + ", " + number.ToString(CultureInfo.InvariantCulture);

            Assert.True(Equals(row?.Name ?? number.ToString(CultureInfo.InvariantCulture), generated.Call(Extensions, "ToStringFast", code)), context);
            Assert.True(Equals(Or(row?.Title, fallbackTitle), generated.Call(Extensions, "GetTitle", code)), context);
            Assert.True(Equals(Or(row?.Description, fallbackDescription), generated.Call(Extensions, "GetDescription", code)), context);
            Assert.True(Equals(row?.Resolution ?? string.Empty, generated.Call(Extensions, "GetResolution", code)), context);
            Assert.True(Equals(row is not null, generated.Call(Extensions, "IsDefined", number)), context);
            Assert.True(Equals(inClass ? number / 100 : 0, Convert.ToInt32(generated.Call(Extensions, "GetClass", code), CultureInfo.InvariantCulture)), context);
            var category = inClass && number / 10 % 10 <= 5 ? number / 10 % 10 : 9;
            Assert.True(Equals(category, Convert.ToInt32(generated.Call(Extensions, "GetCategory", code), CultureInfo.InvariantCulture)), context);
        }
    }

    [Theory]
    [MemberData(nameof(EnhancedCatalogs))]
    public void Every_enhanced_code_gets_its_detail_its_subject_or_its_class(string catalog)
    {
        var (run, model) = Generate(catalog);
        var generated = new GeneratedAssembly(run);
        var rows = model.EnhancedCodes;
        var type = generated.Type("SmtpCodes.SmtpEnhancedStatusCode");
        var details = Enumerable.Range(0, 40).Concat([998, 999]);
        foreach (var classDigit in new[] { 2, 4, 5 })
        {
            foreach (var subject in Enumerable.Range(0, 8))
            {
                foreach (var detail in details)
                {
                    var code = Activator.CreateInstance(type, classDigit, subject, detail)!;
                    var detailRow = rows.SingleOrDefault(entry => entry.EnhancedCode!.IsDetailRow && entry.EnhancedCode.Subject == subject && entry.EnhancedCode.DetailFrom == detail);
                    var subjectRow = rows.SingleOrDefault(entry => entry.EnhancedCode!.IsSubjectRow && entry.EnhancedCode.Subject == subject);
                    var classRow = ClassFallbacks.ByClass[classDigit];
                    var context = catalog + ", " + classDigit + "." + subject + "." + detail;

                    Assert.True(Equals(Or(detailRow?.Title, Or(subjectRow?.Title, classRow.Title)), Invoke(code, "GetTitle")), context);
                    Assert.True(Equals(Or(detailRow?.Description, Or(subjectRow?.Description, classRow.Description)), Invoke(code, "GetDescription")), context);
                    Assert.True(Equals(classDigit == 2 ? string.Empty : Or(detailRow?.Resolution, classRow.Description), Invoke(code, "GetResolution")), context);
                }
            }
        }
    }

    [Fact]
    public void The_built_in_catalog_gets_tables_and_the_small_one_keeps_switches()
    {
        Assert.Contains("private static class TitleTable", Generate("built-in").Run.Sources["SmtpReplyCode.g.cs"]);
        Assert.DoesNotContain("TitleTable", Generate("small").Run.Sources["SmtpReplyCode.g.cs"]);
        Assert.Contains("private static class TitleTable", Generate("small").Run.Sources["SmtpEnhancedStatusCode.g.cs"]);
        Assert.DoesNotContain("TitleTable", Generate("small with detail 999").Run.Sources["SmtpEnhancedStatusCode.g.cs"]);
    }

    [Theory]
    [InlineData(new[] { 100, 1123 }, false)] // 1,024 slots, but 2 keys: too sparse
    [InlineData(new[] { 100, 101 }, true)]
    [InlineData(new[] { 220, 250, 421, 452, 550 }, false)] // the small fixture: 331 slots for 5 keys
    [InlineData(new[] { 100, 120, 140, 159 }, true)] // 60 slots: 4 keys * 32 = 128
    [InlineData(new[] { 100, 228 }, false)] // 129 slots for 2 keys * 32 = 64
    [InlineData(new int[0], false)]
    public void A_table_needs_compact_keys(int[] keys, bool table) =>
        Assert.Equal(table, StringTable.For(keys) is not null);

    [Fact]
    public void A_few_keys_far_below_the_others_stay_out_of_the_table()
    {
        // The built-in catalog's shape: the pseudo-codes 101 and 111 below replies from 211 to 591.
        var keys = new[] { 101, 111 }.Concat(Enumerable.Range(0, 60).Select(index => 211 + (index * 6))).ToList();

        var table = StringTable.For(keys, keysBelow: true)!;

        Assert.Equal(211, table.First);
        Assert.Equal([101, 111], table.Below);
        Assert.Equal(101, StringTable.For(keys)!.First);
        Assert.Empty(StringTable.For(Enumerable.Range(200, 300), keysBelow: true)!.Below);
    }

    [Fact]
    public void A_table_is_at_most_1024_slots_however_many_keys()
    {
        Assert.Equal(1024, StringTable.For(Enumerable.Range(100, 1024))!.Length);
        Assert.Null(StringTable.For(Enumerable.Range(100, 1025)));
        Assert.Null(StringTable.For([int.MinValue, int.MaxValue]));
    }

    /// <summary>The generator's run on a catalog, and the catalog as parsed: what the generated code must return.</summary>
    private static (GeneratorRun Run, CatalogModel Catalog) Generate(string catalog)
    {
        if (catalog == "built-in")
        {
            return (GeneratorRun.Run(), CatalogMerger.Merge(BuiltInCatalog.Files, []));
        }

        var file = Fixtures.Catalog("small-catalog.csv");
        if (catalog == "small with detail 999")
        {
            file.Text += "enhanced,X.3.999,,,,WideVendorDetail,,Wide vendor detail,SystemError,soft,nobody,retry-later,,A detail far from the others.,Retry later.,,test\n";
        }

        var parsed = CatalogParser.Parse(file.Path, file.Text, default);
        Assert.Empty(parsed.Diagnostics);
        return (GeneratorRun.Run([file], Fixtures.ProjectCatalogOnly), CatalogMerger.Merge([], [parsed]));
    }

    private static object? Invoke(object value, string method) => value.GetType().GetMethod(method, Type.EmptyTypes)!.Invoke(value, null);

    private static string Or(string? value, string fallback) => string.IsNullOrEmpty(value) ? fallback : value!;
}
