using System.Collections.Generic;

namespace SmtpCodes.Generators.Catalog;

/// <summary>The column names of the catalog schema (catalog/README.md).</summary>
internal static class CatalogColumns
{
    public const string Kind = "kind";
    public const string Code = "code";
    public const string Enhanced = "enhanced";
    public const string Vendor = "vendor";
    public const string Match = "match";
    public const string Name = "name";

    /// <summary>Optional: the names the row's member had before, joined by <c>;</c> (catalog/README.md, "Renaming a member").</summary>
    public const string FormerNames = "former_names";
    public const string Class = "class";
    public const string Classes = "classes";
    public const string Title = "title";
    public const string Reason = "reason";
    public const string Bounce = "bounce";
    public const string Party = "party";
    public const string Action = "action";
    public const string ListType = "list_type";
    public const string Description = "description";
    public const string Resolution = "resolution";
    public const string Rfc = "rfc";
    public const string Source = "source";

    public static readonly IReadOnlyList<string> Required = new[] { Kind, Code, Name, Title, Description };

    public static readonly IReadOnlyList<string> All = new[]
    {
        Kind, Code, Enhanced, Vendor, Match, Name, FormerNames, Class, Classes, Title, Reason, Bounce, Party, Action, ListType, Description, Resolution, Rfc, Source,
    };
}
