namespace SmtpCodes.Analyzers;

/// <summary>The one place that knows where rule documentation lives.</summary>
public static class HelpLinks
{
    public const string RulesBaseUri = "https://github.com/smtpcodes/SmtpCodes.Generators/blob/main/docs/rules/";

    public static string For(string ruleId) => RulesBaseUri + ruleId + ".md";
}
