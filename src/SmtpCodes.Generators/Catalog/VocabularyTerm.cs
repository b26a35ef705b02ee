namespace SmtpCodes.Generators.Catalog;

/// <summary>One allowed value of a catalog column: how the CSV spells it, the generated enum member, its doc.</summary>
internal sealed class VocabularyTerm
{
    public VocabularyTerm(string csvValue, string memberName, int value, string summary)
    {
        CsvValue = csvValue;
        MemberName = memberName;
        Value = value;
        Summary = summary;
    }

    public string CsvValue { get; }

    public string MemberName { get; }

    public int Value { get; }

    public string Summary { get; }
}
