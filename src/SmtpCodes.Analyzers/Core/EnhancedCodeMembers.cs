using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// Maps enhanced status code text ("5.1.1") to the generated static member that holds it
/// (<c>SmtpEnhancedStatusCode.Permanent.BadDestinationMailboxAddress</c>). The members are <c>static readonly</c>,
/// not constants, so the value is read from the first three arguments of their initializer,
/// <c>new SmtpEnhancedStatusCode(5, 1, 1, true)</c> or <c>new(5, 1, 1)</c>.
/// </summary>
internal sealed class EnhancedCodeMembers
{
    private static readonly string[] NestedClassNames = { "Success", "Transient", "Permanent" };

    private readonly Dictionary<string, EnhancedCodeMember> membersByText;

    private EnhancedCodeMembers(Dictionary<string, EnhancedCodeMember> byText) => membersByText = byText;

    public bool TryGet(string text, out EnhancedCodeMember member) => membersByText.TryGetValue(text, out member);

    /// <summary>
    /// What is wrong with a well-formed code that no member names (<c>"subject 9 does not exist"</c>), or null when a member
    /// names it or nothing is known (no generated type).
    /// </summary>
    public string? WhyUnregistered(string text)
    {
        if (membersByText.Count == 0 || membersByText.ContainsKey(text))
        {
            return null;
        }

        string[] parts = text.Split('.');
        string subjectAndDetail = parts[1] + "." + parts[2];
        var subjects = membersByText.Keys.Select(key => key.Split('.')[1]).Distinct().OrderBy(subject => subject, System.StringComparer.Ordinal).ToList();
        if (!subjects.Contains(parts[1]))
        {
            return $"subject {parts[1]} does not exist; the subjects are {string.Join(", ", subjects)}";
        }

        var classes = membersByText.Keys.Where(key => key.EndsWith("." + subjectAndDetail, System.StringComparison.Ordinal)).OrderBy(key => key, System.StringComparer.Ordinal).ToList();
        return classes.Count == 0
            ? $"detail {parts[2]} of subject {parts[1]} does not exist"
            : $"{subjectAndDetail} is registered only as {string.Join(" and ", classes)}";
    }

    public static EnhancedCodeMembers Read(INamedTypeSymbol? enhancedStatusCode)
    {
        var byText = new Dictionary<string, EnhancedCodeMember>();
        if (enhancedStatusCode is null)
        {
            return new EnhancedCodeMembers(byText);
        }

        foreach (string nestedName in NestedClassNames)
        {
            foreach (INamedTypeSymbol nested in enhancedStatusCode.GetTypeMembers(nestedName))
            {
                foreach (ISymbol member in nested.GetMembers().Where(m => m.IsStatic && m is IFieldSymbol or IPropertySymbol))
                {
                    if (ReadCodeText(member) is { } text && !byText.ContainsKey(text))
                    {
                        byText.Add(text, new EnhancedCodeMember(nestedName, member.Name));
                    }
                }
            }
        }

        return new EnhancedCodeMembers(byText);
    }

    private static string? ReadCodeText(ISymbol member)
    {
        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            ExpressionSyntax? value = reference.GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };

            ArgumentListSyntax? arguments = value switch
            {
                ObjectCreationExpressionSyntax creation => creation.ArgumentList,
                ImplicitObjectCreationExpressionSyntax creation => creation.ArgumentList,
                _ => null,
            };

            if (arguments is { Arguments.Count: >= 3 })
            {
                var parts = arguments.Arguments.Take(3)
                    .Select(argument => argument.Expression is LiteralExpressionSyntax { Token.Value: int number } ? number.ToString(CultureInfo.InvariantCulture) : null)
                    .ToArray();
                if (parts.All(part => part is not null))
                {
                    return string.Join(".", parts);
                }
            }
        }

        return null;
    }
}

internal readonly struct EnhancedCodeMember
{
    public EnhancedCodeMember(string nestedClassName, string memberName)
    {
        NestedClassName = nestedClassName;
        MemberName = memberName;
    }

    public string NestedClassName { get; }

    public string MemberName { get; }
}
