using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// Every identifier under which a carrier of an SMTP code can be written in one compilation: the code-named members of
/// the naming heuristic that SMTP-named types declare, and the names of fields, properties, parameters and methods
/// marked with the generated attributes. A value whose name is not here cannot be a carrier, so the rules skip it
/// without asking the semantic model. Marked names are found by text: an attribute use names its class
/// (<c>SmtpReplyCode</c>) or an alias of it, so only the few places where that text occurs are parsed up to their
/// declaration.
/// </summary>
internal sealed class CarrierNames
{
    private static readonly string[] AttributeNames = { "SmtpReplyCode", "SmtpEnhancedStatusCode" };
    private static readonly ConditionalWeakTable<Compilation, CarrierNames> ByCompilation = new();

    private readonly HashSet<string> identifiers;
    private readonly ConcurrentDictionary<SyntaxNode, ISet<string>> carrierLocalsByMember = new();

    private CarrierNames(HashSet<string> names, bool unnamedTargets)
    {
        identifiers = names;
        UnnamedTargets = unnamedTargets;
    }

    /// <summary>
    /// True when a marked target is reached without its name at the call or return site (a constructor, indexer, delegate or
    /// lambda parameter, a lambda's return), or when the attributes come from a referenced assembly whose members cannot be
    /// listed by text: then every argument and return position is a candidate.
    /// </summary>
    public bool UnnamedTargets { get; }

    public bool Contains(string identifier) => identifiers.Contains(identifier);

    /// <summary>The locals of a member initialized from a possible carrier, computed once per member by <paramref name="collect"/>.</summary>
    public ISet<string> CarrierLocals(SyntaxNode member, Func<SyntaxNode, CarrierNames, ISet<string>> collect)
    {
        if (!carrierLocalsByMember.TryGetValue(member, out ISet<string>? locals))
        {
            locals = collect(member, this);
            carrierLocalsByMember.TryAdd(member, locals);
        }

        return locals;
    }

    /// <summary>Computed once per compilation and shared by the four rules.</summary>
    public static CarrierNames For(Compilation compilation, SmtpSymbols symbols)
        => ByCompilation.GetValue(compilation, c => Collect(c, symbols));

    private static CarrierNames Collect(Compilation compilation, SmtpSymbols symbols)
    {
        var names = new HashSet<string>(HeuristicNamesInUse(compilation), StringComparer.Ordinal);
        bool fromMetadata = IsFromMetadata(symbols.ReplyCodeAttribute) || IsFromMetadata(symbols.EnhancedStatusCodeAttribute);
        var collector = new Collector(names) { UnnamedTargets = fromMetadata };

        // One text search per file finds the uses of the attributes and their aliases (using R = SmtpCodes.SmtpReplyCodeAttribute;).
        // A global alias may be used in any file, so only the aliases' own names need a second search.
        var uses = new List<SyntaxToken>();
        var aliases = new List<string>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            foreach (SyntaxToken token in Occurrences(tree, AttributeNames))
            {
                uses.Add(token);
                if (token.Parent?.FirstAncestorOrSelf<UsingDirectiveSyntax>() is { Alias: { } alias }
                    && !AttributeNames.Contains(alias.Name.Identifier.ValueText)
                    && !aliases.Contains(alias.Name.Identifier.ValueText))
                {
                    aliases.Add(alias.Name.Identifier.ValueText);
                }
            }
        }

        if (aliases.Count > 0)
        {
            string[] aliasNames = aliases.ToArray();
            uses.AddRange(compilation.SyntaxTrees.SelectMany(tree => Occurrences(tree, aliasNames)));
        }

        foreach (SyntaxToken token in uses)
        {
            if (token.Parent?.FirstAncestorOrSelf<AttributeSyntax>() is { Parent: AttributeListSyntax list })
            {
                collector.AddTargetOf(list);
            }
        }

        return new CarrierNames(names, collector.UnnamedTargets);
    }

    /// <summary>
    /// The names under which the naming heuristic reaches a carrier: the code-named members (<c>Code</c>, <c>StatusCode</c>,
    /// ...) that some type in an SMTP context, in source or in a reference, declares with a type that can hold a number or
    /// text; its methods that take a code-named parameter (<c>CheckResponse(int expectedCode)</c>), the type's own name
    /// when a constructor does (<c>new SmtpResponse(451, ...)</c>), and those parameters' names. An enum-typed member (MailKit's and System.Net.Mail's
    /// <c>StatusCode</c>) is a carrier by its type instead, and a number compared with it must be cast. Without this, every
    /// <c>StatusCode</c> of HTTP code would be a candidate.
    /// </summary>
    private static IEnumerable<string> HeuristicNamesInUse(Compilation compilation)
    {
        var smtpTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (INamedTypeSymbol type in compilation.GetSymbolsWithName(SmtpNames.SaysSmtp, SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            AddWithNested(type, smtpTypes);
        }

        AddNamespaceTypes(compilation.Assembly.GlobalNamespace, smtpTypes, namespaceSaysSmtp: false);
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // TypeNames and NamespaceNames cost no symbol: most references are passed over here.
            if (assembly.TypeNames.Any(SmtpNames.SaysSmtp))
            {
                AddSmtpTypes(assembly.GlobalNamespace, smtpTypes);
            }

            if (assembly.NamespaceNames.Any(SaysSmtp))
            {
                AddNamespaceTypes(assembly.GlobalNamespace, smtpTypes, namespaceSaysSmtp: false);
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (INamedTypeSymbol type in smtpTypes)
        {
            if (!SmtpNames.IsSmtpContext(type))
            {
                continue;
            }

            foreach (ISymbol member in type.GetMembers())
            {
                switch (member)
                {
                    case IFieldSymbol field when IsCodeNamed(field.Name) && field.Type.TypeKind != TypeKind.Enum:
                        names.Add(field.Name);
                        break;
                    case IPropertySymbol property when IsCodeNamed(property.Name) && property.Type.TypeKind != TypeKind.Enum:
                        names.Add(property.Name);
                        break;
                    case IMethodSymbol method when method.Parameters.Any(IsCodeParameter):
                        // The call is written with the method's or the type's name; inside, the parameter is read by its own.
                        names.Add(method.MethodKind == MethodKind.Constructor ? type.Name : method.Name);
                        names.UnionWith(method.Parameters.Where(IsCodeParameter).Select(parameter => parameter.Name));
                        break;
                }
            }
        }

        return names;
    }

    private static bool IsCodeNamed(string name) => SmtpNames.IsReplyCodeMemberName(name) || SmtpNames.IsEnhancedCodeMemberName(name);

    private static bool IsCodeParameter(IParameterSymbol parameter)
        => (SmtpNames.IsReplyCodeMemberName(parameter.Name) && OperationFacts.IsIntegral(parameter.Type))
            || (SmtpNames.IsEnhancedCodeMemberName(parameter.Name) && parameter.Type.SpecialType == SpecialType.System_String);

    private static bool SaysSmtp(string namespaceName) => namespaceName.IndexOf("smtp", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Every type (nested ones too) of the namespaces whose name says SMTP; only namespaces are walked elsewhere.</summary>
    private static void AddNamespaceTypes(INamespaceSymbol container, HashSet<INamedTypeSymbol> smtpTypes, bool namespaceSaysSmtp)
    {
        foreach (INamespaceSymbol inner in container.GetNamespaceMembers())
        {
            AddNamespaceTypes(inner, smtpTypes, namespaceSaysSmtp || SaysSmtp(inner.Name));
        }

        if (namespaceSaysSmtp)
        {
            foreach (INamedTypeSymbol type in container.GetTypeMembers())
            {
                AddWithNested(type, smtpTypes);
            }
        }
    }

    private static void AddWithNested(INamedTypeSymbol type, HashSet<INamedTypeSymbol> smtpTypes)
    {
        smtpTypes.Add(type);
        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            AddWithNested(nested, smtpTypes);
        }
    }

    private static void AddSmtpTypes(INamespaceSymbol container, HashSet<INamedTypeSymbol> smtpTypes)
    {
        foreach (INamespaceSymbol inner in container.GetNamespaceMembers())
        {
            AddSmtpTypes(inner, smtpTypes);
        }

        foreach (INamedTypeSymbol type in container.GetTypeMembers())
        {
            AddSmtpTypes(type, smtpTypes);
        }
    }

    private static void AddSmtpTypes(INamedTypeSymbol type, HashSet<INamedTypeSymbol> smtpTypes)
    {
        if (SmtpNames.SaysSmtp(type.Name))
        {
            AddWithNested(type, smtpTypes);
            return;
        }

        foreach (INamedTypeSymbol nested in type.GetTypeMembers())
        {
            AddSmtpTypes(nested, smtpTypes);
        }
    }

    private static bool IsFromMetadata(INamedTypeSymbol? attribute) => attribute is not null && !attribute.Locations.Any(location => location.IsInSource);

    /// <summary>The identifier tokens of a tree that contain one of <paramref name="texts"/>, found by a plain text search first.</summary>
    private static IEnumerable<SyntaxToken> Occurrences(SyntaxTree tree, string[] texts)
    {
        string text = tree.GetText().ToString();
        SyntaxNode? root = null;
        foreach (string searched in texts)
        {
            for (int at = text.IndexOf(searched, StringComparison.Ordinal); at >= 0; at = text.IndexOf(searched, at + searched.Length, StringComparison.Ordinal))
            {
                root ??= tree.GetRoot();
                SyntaxToken token = root.FindToken(at);
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    yield return token;
                }
            }
        }
    }

    /// <summary>Adds the names under which the target of one attribute list is used.</summary>
    private sealed class Collector
    {
        private readonly HashSet<string> identifiers;

        public Collector(HashSet<string> names) => identifiers = names;

        public bool UnnamedTargets { get; set; }

        public void AddTargetOf(AttributeListSyntax list)
        {
            switch (list.Parent)
            {
                case ParameterSyntax parameter:
                    identifiers.Add(parameter.Identifier.ValueText);

                    // Constructors (also primary ones, whose parameter may become a property: its name is added above),
                    // indexers, delegates, lambdas and operators are called without a name.
                    UnnamedTargets |= !TryAddCallableName(parameter.Parent?.Parent);
                    break;
                case FieldDeclarationSyntax field:
                    AddDeclarators(field.Declaration);
                    break;
                case EventFieldDeclarationSyntax eventField:
                    AddDeclarators(eventField.Declaration);
                    break;
                case PropertyDeclarationSyntax property:
                    identifiers.Add(property.Identifier.ValueText);
                    break;
                case MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                    TryAddCallableName(list.Parent);
                    break;
                case AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax owner }:
                    identifiers.Add(owner.Identifier.ValueText);
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax { } when list.Target is null:
                    // On the type itself: marks no value.
                    break;
                default:
                    // Indexers, lambdas, operators, delegates' returns: used without their name.
                    UnnamedTargets = true;
                    break;
            }
        }

        /// <summary>Adds the name a method or local function is called with; false for anything else.</summary>
        private bool TryAddCallableName(SyntaxNode? callable)
        {
            SyntaxToken? name = callable switch
            {
                MethodDeclarationSyntax method => method.Identifier,
                LocalFunctionStatementSyntax localFunction => localFunction.Identifier,
                _ => null,
            };
            if (name is { } identifier)
            {
                identifiers.Add(identifier.ValueText);
                return true;
            }

            return false;
        }

        private void AddDeclarators(VariableDeclarationSyntax declaration)
        {
            foreach (VariableDeclaratorSyntax declarator in declaration.Variables)
            {
                identifiers.Add(declarator.Identifier.ValueText);
            }
        }
    }
}
