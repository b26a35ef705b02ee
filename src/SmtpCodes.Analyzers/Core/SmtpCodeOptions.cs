using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// The .editorconfig keys of the rules. Lists are separated by <c>|</c> because editorconfig reads <c>;</c> and <c>#</c> as comments.
/// <list type="bullet">
/// <item><c>smtpcodes.reply_code_members = P:MyApp.Reply.Code|F:MyApp.Line.Status</c>: int fields and properties that hold reply codes.</item>
/// <item><c>smtpcodes.enhanced_code_members = P:MyApp.Reply.Enhanced</c>: string fields and properties that hold enhanced status codes.</item>
/// <item><c>smtpcodes.infer_from_type_names = false</c>: stop treating <c>Code</c>/<c>StatusCode</c>/... on SMTP-named types as carriers.</item>
/// </list>
/// </summary>
internal sealed class SmtpCodeOptions
{
    public const string ReplyCodeMembersKey = "smtpcodes.reply_code_members";
    public const string EnhancedCodeMembersKey = "smtpcodes.enhanced_code_members";
    public const string InferFromTypeNamesKey = "smtpcodes.infer_from_type_names";

    private static readonly SmtpCodeOptions Default = new(ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, inferFromTypeNames: true);

    private SmtpCodeOptions(ImmutableHashSet<string> replyCodeMembers, ImmutableHashSet<string> enhancedCodeMembers, bool inferFromTypeNames)
    {
        ReplyCodeMembers = replyCodeMembers;
        EnhancedCodeMembers = enhancedCodeMembers;
        InferFromTypeNames = inferFromTypeNames;
    }

    /// <summary>Full names (<c>Namespace.Type.Member</c>, without a documentation-id prefix).</summary>
    public ImmutableHashSet<string> ReplyCodeMembers { get; }

    public ImmutableHashSet<string> EnhancedCodeMembers { get; }

    public bool InferFromTypeNames { get; }

    public bool NamesAnyMember => ReplyCodeMembers.Count > 0 || EnhancedCodeMembers.Count > 0;

    public static SmtpCodeOptions Read(AnalyzerConfigOptions options)
    {
        ImmutableHashSet<string> reply = ReadMemberList(options, ReplyCodeMembersKey);
        ImmutableHashSet<string> enhanced = ReadMemberList(options, EnhancedCodeMembersKey);
        bool infer = !(options.TryGetValue(InferFromTypeNamesKey, out string? text)
            && bool.TryParse(text.Trim(), out bool value)
            && !value);
        return reply.IsEmpty && enhanced.IsEmpty && infer ? Default : new SmtpCodeOptions(reply, enhanced, infer);
    }

    /// <summary>The key under which a field or property is listed: <c>Namespace.Type.Member</c>.</summary>
    public static string MemberKey(ISymbol member)
        => member.ContainingType is null
            ? member.Name
            : member.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None)) + "." + member.Name;

    private static ImmutableHashSet<string> ReadMemberList(AnalyzerConfigOptions options, string key)
    {
        if (!options.TryGetValue(key, out string? text) || string.IsNullOrWhiteSpace(text))
        {
            return ImmutableHashSet<string>.Empty;
        }

        return text.Split(new[] { '|', ',' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Trim())
            .Select(entry => entry.Length > 2 && entry[1] == ':' ? entry.Substring(2) : entry)
            .Where(entry => entry.Length > 0)
            .ToImmutableHashSet(StringComparer.Ordinal);
    }
}

/// <summary>Options per syntax tree, read once per tree and compilation.</summary>
internal sealed class SmtpCodeOptionsCache
{
    private readonly AnalyzerConfigOptionsProvider optionsProvider;
    private readonly ConcurrentDictionary<SyntaxTree, SmtpCodeOptions> optionsByTree = new();

    public SmtpCodeOptionsCache(AnalyzerConfigOptionsProvider provider) => optionsProvider = provider;

    public SmtpCodeOptions For(SyntaxTree tree) => optionsByTree.GetOrAdd(tree, t => SmtpCodeOptions.Read(optionsProvider.GetOptions(t)));
}
