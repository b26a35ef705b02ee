using System;
using System.Collections.Generic;
using System.Reflection;

namespace SmtpCodes.Testing;

/// <summary>
/// A project's own catalog, as a user writes one beside the built-in one (catalog/README.md "Columns"), and the few
/// things every test that compiles one needs: its header, the build property that leaves the built-in catalog out (so a
/// test sees only its own rows), and the generated diagnoser called by reflection on the compiled assembly.
/// </summary>
public static class ProjectCatalog
{
    /// <summary>The header row of a catalog file, written out as a user would (no trailing line end).</summary>
    public const string Header = "kind,code,enhanced,vendor,match,name,class,title,reason,bounce,party,action,list_type,description,resolution,rfc,source";

    /// <summary>The MSBuild properties that generate from the project's catalog files alone.</summary>
    public static IReadOnlyDictionary<string, string> WithoutBuiltInCatalog { get; } = new Dictionary<string, string>
    {
        ["build_property.SmtpCodesBuiltInCatalog"] = "false",
    };

    /// <summary>The generated <c>SmtpReply.Diagnose(string)</c> of a compiled consumer.</summary>
    public static Func<string, object> DiagnoseOf(Assembly generated)
    {
        var method = generated.GetType("SmtpCodes.SmtpReply", throwOnError: true)!.GetMethod("Diagnose", [typeof(string)])!;
        return text => method.Invoke(null, [text])!;
    }

    /// <summary>
    /// The diagnoser generated from one project catalog file alone (the built-in rows left out), compiled for one emitted
    /// variant; a catalog the generator or the compiler reports a problem in fails the test at once, naming the problems.
    /// </summary>
    public static Func<string, object> DiagnoserOf(string catalog, TargetProfile target)
    {
        var generated = GeneratorRun.Run([("/project/contoso.csv", catalog)], WithoutBuiltInCatalog, target);
        if (generated.Problems.Count > 0)
        {
            throw new InvalidOperationException("The project catalog did not compile cleanly: " + string.Join("; ", generated.Problems));
        }

        return DiagnoseOf(generated.Load());
    }

    /// <summary>A property of a generated diagnosis as text (an enum's name, a code, null where it has none).</summary>
    public static string? Property(object diagnosis, string name) => diagnosis.GetType().GetProperty(name)!.GetValue(diagnosis)?.ToString();
}
