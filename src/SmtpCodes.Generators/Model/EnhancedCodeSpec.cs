using SmtpCodes.Generators.Catalog;
using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// An enhanced status code row: a class (<c>5.X.X</c>), a subject (<c>X.1.X</c>) or a registry detail code
/// (<c>X.1.1</c>), which is a member of <c>SmtpEnhancedStatusCode.Success</c>, <c>Transient</c> and <c>Permanent</c>
/// for each of its <paramref name="Classes"/>.
/// </summary>
/// <param name="FormerNames">The member's former names, each an obsolete alias declared after it in each of its classes.</param>
/// <param name="Classes">For a detail code, the classes it is a code of (2, 4, 5, ascending); empty otherwise.</param>
internal sealed record EnhancedCodeSpec(EnhancedCodePattern Code, string Name, EquatableArray<string> FormerNames, string Title, string Description, string Resolution, string Rfc, EquatableArray<int> Classes, RowMeaning Meaning)
{
    public int Subject => Code.Subject;

    public int Detail => Code.DetailFrom;
}
