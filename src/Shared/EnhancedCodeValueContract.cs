using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Shared;

/// <summary>
/// The contract between the generator and the analyzers about the registry members of <c>SmtpEnhancedStatusCode</c>:
/// the generator marks each member with <c>[SmtpEnhancedStatusCodeValue(5, 1, 1)]</c>, and the analyzers read the code
/// from that attribute on the symbol, so they know it from source and from metadata alike (generated types in a
/// referenced project). One file, linked into the generator and the analyzers (the code fixes read the analyzers'
/// copy). The attribute class itself is the engine file <c>SmtpEnhancedStatusCodeValueAttribute.cs</c> of
/// src/SmtpCodes.Runtime, whose build fails if it and this contract part ways (it compiles the generated members).
/// </summary>
internal static class EnhancedCodeValueContract
{
    /// <summary>The attribute's type name, in the namespace of the generated types.</summary>
    public const string AttributeTypeName = "SmtpEnhancedStatusCodeValueAttribute";

    /// <summary>The constructor's arguments, in this order: class, subject, detail, each an <c>int</c>.</summary>
    public const int ArgumentCount = 3;

    /// <summary>The attribute as the generator writes it on a member.</summary>
    public static string Usage(int codeClass, int subject, int detail) =>
        "[" + AttributeTypeName.Substring(0, AttributeTypeName.Length - "Attribute".Length) + "("
        + Number(codeClass) + ", " + Number(subject) + ", " + Number(detail) + ")]";

    /// <summary>The code a member's attribute holds, as text (<c>"5.1.1"</c>), or null when the attribute is not the contract's.</summary>
    /// <param name="generatedNamespace">The namespace of the generated <c>SmtpEnhancedStatusCode</c> (<c>SmtpCodes</c>): an attribute of the same name elsewhere is not the contract's.</param>
    public static string? ReadCode(AttributeData attribute, string generatedNamespace)
    {
        if (attribute.AttributeClass is not { Name: AttributeTypeName } attributeClass
            || attributeClass.ContainingNamespace.ToDisplayString() != generatedNamespace)
        {
            return null;
        }

        ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
        if (arguments.Length != ArgumentCount
            || arguments[0].Value is not int codeClass
            || arguments[1].Value is not int subject
            || arguments[2].Value is not int detail)
        {
            return null;
        }

        return Number(codeClass) + "." + Number(subject) + "." + Number(detail);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
