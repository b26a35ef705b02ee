using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>A basic reply code of the catalog: a member of <c>SmtpReplyCode</c> and its lookups.</summary>
/// <param name="Code">The three-digit code, first digit 1 to 5.</param>
/// <param name="FormerNames">The member's former names, each an obsolete alias declared after it; lookups use <paramref name="Name"/> only.</param>
internal sealed record ReplyCodeSpec(int Code, string Name, EquatableArray<string> FormerNames, string Title, string Description, string Resolution, string Rfc, RowMeaning Meaning);
