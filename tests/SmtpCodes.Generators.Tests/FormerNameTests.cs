using System;
using System.Linq;
using System.Reflection;
using SmtpCodes.Generators.Tests.Infrastructure;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>
/// A row's <c>former_names</c> (catalog/README.md, "Renaming a member"): each former name is an obsolete, hidden alias of the
/// member, declared right after it, so code written with the old name still compiles (with CS0618 naming the new one) while
/// the lookups, the switches and the analyzers' fixes use the new name; a catalog without the column generates as before.
/// The diagnostics of bad former names are in DiagnosticTests (SMTPGEN020, SMTPGEN021).
/// </summary>
public sealed class FormerNameTests
{
    private const string Path = "/project/our-codes.csv";
    private const string Header = "kind,code,enhanced,vendor,match,name,former_names,class,classes,title,reason,bounce,party,action,list_type,description,resolution,rfc,source";
    private const string Renamed = "reply,571,,,,DeliveryNotAuthorized,ReverseDnsRequired; PtrRequired,permanent,,Delivery not authorized,PolicyViolation,soft,sender-admin,contact-postmaster,,d,r,,";
    private const string RenamedDetail = "enhanced,X.7.1,,,,DeliveryNotAuthorized,NotAuthorized,,4|5,Delivery not authorized,PolicyViolation,soft,sender-admin,contact-postmaster,,d,r,,";
    private const string Other = "reply,550,,,,MailboxUnavailable,,permanent,,Mailbox unavailable,UserUnknown,hard,sender,remove-address,,d,r,,";

    private const string UsesTheOldNames = """
        namespace Consumer
        {
            public static class Program
            {
                public static bool Same() =>
                    SmtpCodes.SmtpReplyCode.ReverseDnsRequired == SmtpCodes.SmtpReplyCode.DeliveryNotAuthorized
                    && SmtpCodes.SmtpEnhancedStatusCode.Permanent.NotAuthorized == SmtpCodes.SmtpEnhancedStatusCode.Permanent.DeliveryNotAuthorized;
            }
        }
        """;

    public static TheoryData<string> Targets => CompileTests.Targets;

    [Fact]
    public void Each_former_name_is_an_obsolete_hidden_alias_right_after_its_member()
    {
        var source = Run().Sources["SmtpReplyCode.g.cs"];

        Assert.Contains(
            """
                    DeliveryNotAuthorized = 571,
                    /// <summary>571: the former name of DeliveryNotAuthorized, kept so that code written with it still compiles.</summary>
                    [global::System.Obsolete("ReverseDnsRequired was renamed DeliveryNotAuthorized: the same code, 571 Delivery not authorized.")]
                    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                    ReverseDnsRequired = 571,
                    /// <summary>571: the former name of DeliveryNotAuthorized, kept so that code written with it still compiles.</summary>
                    [global::System.Obsolete("PtrRequired was renamed DeliveryNotAuthorized: the same code, 571 Delivery not authorized.")]
                    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                    PtrRequired = 571,
            """.Replace("\r\n", "\n"),
            source);

        // Only the member names the code in the lookups: a case per alias would not compile (CS0152).
        Assert.DoesNotContain("SmtpReplyCode.ReverseDnsRequired", source);
        Assert.DoesNotContain("SmtpReplyCode.PtrRequired", source);
    }

    [Fact]
    public void An_enhanced_detail_code_has_its_alias_in_each_of_its_classes_without_the_value_attribute()
    {
        var source = Run().Sources["SmtpEnhancedStatusCode.g.cs"];
        var alias = "public static readonly SmtpEnhancedStatusCode NotAuthorized = DeliveryNotAuthorized;";

        Assert.Equal(2, source.Split(alias).Length - 1);
        Assert.Matches(@"class Permanent\s*\{[^}]*DeliveryNotAuthorized = new SmtpEnhancedStatusCode\(5, 7, 1, true\);\s*///[^\n]*\n\s*\[global::System.Obsolete\(""NotAuthorized was renamed DeliveryNotAuthorized: the same code, 5.7.1 Delivery not authorized.""\)\]", source);
        Assert.DoesNotMatch(@"class Success\s*\{[^}]*NotAuthorized", source);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Aliases_compile_without_warnings_and_code_using_them_warns_only_that_they_are_obsolete(string targetName)
    {
        var target = TargetProfile.Named(targetName);
        var quiet = GeneratorRun.Run([Catalog()], Fixtures.ProjectCatalogOnly, target);
        var old = GeneratorRun.Run([Catalog()], Fixtures.ProjectCatalogOnly, target, UsesTheOldNames);

        Assert.Empty(quiet.Problems.Select(problem => problem.ToString()));
        var warnings = old.Problems.Select(problem => problem.Id + " " + problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("CS0618 'SmtpReplyCode.ReverseDnsRequired' is obsolete: 'ReverseDnsRequired was renamed DeliveryNotAuthorized: the same code, 571 Delivery not authorized.'", warnings);
        Assert.Contains(warnings, warning => warning.StartsWith("CS0618 'SmtpEnhancedStatusCode.Permanent.NotAuthorized' is obsolete", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_has_the_value_of_its_member_and_the_name_lookup_gives_the_member()
    {
        var generated = new GeneratedAssembly(Run());
        var codeType = generated.Type("SmtpCodes.SmtpReplyCode");
        var code = Enum.ToObject(codeType, 571);
        var permanent = generated.Type("SmtpCodes.SmtpEnhancedStatusCode+Permanent");

        Assert.Equal(code, Enum.Parse(codeType, "ReverseDnsRequired"));
        Assert.Equal(code, Enum.Parse(codeType, "PtrRequired"));
        Assert.Equal("DeliveryNotAuthorized", generated.Call("SmtpCodes.SmtpReplyCodeExtensions", "ToStringFast", code));
        Assert.Equal(Field(permanent, "DeliveryNotAuthorized"), Field(permanent, "NotAuthorized"));
    }

    [Fact]
    public void A_catalog_without_the_column_generates_what_it_generates_with_the_column_empty()
    {
        var (path, text) = Fixtures.Catalog("small-catalog.csv");
        var withColumn = string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? line : InsertAfterName(line, line.StartsWith("kind,", StringComparison.Ordinal) ? "former_names" : string.Empty)));

        var without = GeneratorRun.Run([(path, text)], Fixtures.ProjectCatalogOnly);
        var with = GeneratorRun.Run([(path, withColumn)], Fixtures.ProjectCatalogOnly);

        Assert.Empty(without.GeneratorDiagnostics);
        Assert.Empty(with.GeneratorDiagnostics);
        Assert.Equal(without.Sources.OrderBy(source => source.Key, StringComparer.Ordinal), with.Sources.OrderBy(source => source.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_project_row_that_replaces_a_built_in_member_keeps_its_former_names_without_the_column()
    {
        // The project's file has no former_names column: the built-in 571's alias must not be lost by overriding the row.
        var run = GeneratorRun.Run([Fixtures.Inline(Path, "reply,571,,,,DeliveryNotAuthorized,permanent,Refused by our policy,PolicyViolation,soft,sender-admin,contact-postmaster,,d,r,,")]);

        Assert.Empty(run.GeneratorDiagnostics);
        var source = run.Sources["SmtpReplyCode.g.cs"];
        Assert.Contains("DeliveryNotAuthorized = 571,", source);
        Assert.Contains("[global::System.Obsolete(\"ReverseDnsRequired was renamed DeliveryNotAuthorized: the same code, 571 Refused by our policy.\")]", source);
    }

    [Fact]
    public void A_project_row_that_renames_a_built_in_member_keeps_the_built_in_names_as_aliases()
    {
        var run = GeneratorRun.Run([Fixtures.Inline(Path, "reply,571,,,,RefusedByPolicy,permanent,Refused by our policy,PolicyViolation,soft,sender-admin,contact-postmaster,,d,r,,")]);

        Assert.Empty(run.GeneratorDiagnostics);
        var generated = new GeneratedAssembly(run);
        var codeType = generated.Type("SmtpCodes.SmtpReplyCode");
        var code = Enum.ToObject(codeType, 571);
        Assert.Equal(code, Enum.Parse(codeType, "DeliveryNotAuthorized"));
        Assert.Equal(code, Enum.Parse(codeType, "ReverseDnsRequired"));
        Assert.Equal("RefusedByPolicy", generated.Call("SmtpCodes.SmtpReplyCodeExtensions", "ToStringFast", code));
    }

    [Fact]
    public void A_kept_built_in_name_that_another_project_row_has_is_dropped_at_the_replacing_row_s_name()
    {
        var run = GeneratorRun.Run([Fixtures.Inline(
            Path,
            "reply,571,,,,RefusedByPolicy,permanent,Refused by our policy,PolicyViolation,soft,sender-admin,contact-postmaster,,d,r,,",
            "reply,599,,,,DeliveryNotAuthorized,permanent,Ours,PolicyViolation,soft,sender-admin,contact-postmaster,,d,r,,")]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SMTPGEN021", diagnostic.Id);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var source = run.Sources["SmtpReplyCode.g.cs"];
        Assert.Contains("DeliveryNotAuthorized = 599,", source);
        Assert.Contains("ReverseDnsRequired = 571,", source);
        Assert.DoesNotContain("DeliveryNotAuthorized = 571,", source);
    }

    /// <summary>A row with a value put after its sixth field (<c>name</c>, in the fixtures' column order).</summary>
    internal static string InsertAfterName(string row, string value)
    {
        var fields = row.Split(',', 7);
        return string.Join(",", fields.Take(6).Append(value).Concat(fields.Skip(6)));
    }

    private static (string Path, string Text) Catalog() => (Path, Header + "\n" + Other + "\n" + Renamed + "\n" + RenamedDetail + "\n");

    private static GeneratorRun Run()
    {
        var run = GeneratorRun.Run([Catalog()], Fixtures.ProjectCatalogOnly);
        Assert.Empty(run.GeneratorDiagnostics);
        return run;
    }

    private static object? Field(Type holder, string name) => holder.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
}
