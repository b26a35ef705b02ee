namespace SmtpCodes.Generators.Catalog;

/// <summary>
/// An enhanced status code as a catalog writes it: a class (2, 4, 5, or 0 for "X"), a subject (0 to 7, or -1
/// for "X"), and a range of details (-1 for "X"). <c>5.1.1</c>, <c>X.1.1</c>, <c>X.1.X</c>, <c>5.7.606-649</c>.
/// </summary>
internal sealed record EnhancedCodePattern(int Class, int Subject, int DetailFrom, int DetailTo)
{
    public const int Any = -1;

    public bool IsClassRow => Class != 0 && Subject == Any;

    public bool IsSubjectRow => Class == 0 && Subject != Any && DetailFrom == Any;

    public bool IsDetailRow => Class == 0 && Subject != Any && DetailFrom != Any && DetailFrom == DetailTo;

    public override string ToString()
    {
        var classText = Class == 0 ? "X" : Class.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var subjectText = Subject == Any ? "X" : Subject.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var detailText = DetailFrom == Any ? "X"
            : DetailFrom == DetailTo ? DetailFrom.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : DetailFrom.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + DetailTo.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return classText + "." + subjectText + "." + detailText;
    }
}
