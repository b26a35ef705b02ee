using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace SmtpCodes.Package.Tests;

/// <summary>
/// Every relative link of the repository's Markdown (READMEs, docs, rule pages, corpus notes) leads somewhere: the file
/// or folder exists, and a <c>#fragment</c> names a heading (or an <c>&lt;a name&gt;</c>) of the page it points to, by
/// GitHub's anchor rules. Pages are moved and split as the project grows (the accuracy log left docs/bounces.md in
/// session 26); a reader who follows a link from the README must not land on nothing.
/// </summary>
public sealed class DocumentationLinkTests
{
    private static readonly Regex Link = new(@"\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant);
    private static readonly Regex Heading = new(@"^(?<level>#{1,6})\s+(?<text>.*?)\s*#*\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex NamedAnchor = new(@"<a\s+(?:name|id)=""(?<name>[^""]+)""", RegexOptions.CultureInvariant);
    private static readonly Regex InlineLink = new(@"\[(?<text>[^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant);
    private static readonly Regex NotInSlug = new(@"[^\p{L}\p{Nd}_\- ]", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, HashSet<string>> anchorsByPage = new(StringComparer.Ordinal);

    [Fact]
    public void Every_relative_link_and_anchor_in_the_markdown_resolves()
    {
        var broken = new List<string>();
        int checkedLinks = 0;
        foreach (string page in MarkdownPages())
        {
            foreach ((int line, string target) in LinksOf(page))
            {
                checkedLinks++;
                string? problem = Problem(page, target);
                if (problem is not null)
                {
                    broken.Add($"{Path.GetRelativePath(RepositoryPaths.Root, page)}:{line}: ({target}) {problem}");
                }
            }
        }

        // A guard against a walk that finds nothing (a moved root would make the test pass vacuously).
        Assert.True(checkedLinks > 100, $"only {checkedLinks} relative links found");
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Theory]
    [InlineData("## Accuracy", "accuracy")]
    [InlineData("### What the held-out (session 25) misses have in common", "what-the-held-out-session-25-misses-have-in-common")]
    [InlineData("## `SmtpBounce.TryRead` and the [reader](x.md)", "smtpbouncetryread-and-the-reader")]
    [InlineData("## Against Sisimai", "against-sisimai")]
    public void A_heading_gets_the_anchor_github_gives_it(string heading, string anchor)
    {
        Match match = Heading.Match(heading);
        Assert.Equal(anchor, Slug(match.Groups["text"].Value));
    }

    private string? Problem(string page, string target)
    {
        int hash = target.IndexOf('#');
        string path = hash < 0 ? target : target.Substring(0, hash);
        string fragment = hash < 0 ? string.Empty : target.Substring(hash + 1);
        string resolved = path.Length == 0
            ? page
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return "no such file";
        }

        bool checksAnchor = fragment.Length > 0 && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        return checksAnchor && !AnchorsOf(resolved).Contains(fragment) ? "no such heading" : null;
    }

    private static IEnumerable<string> MarkdownPages()
    {
        var skipped = new HashSet<string>(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules", "artifacts", "BenchmarkDotNet.Artifacts" };
        var pending = new Stack<string>();
        pending.Push(RepositoryPaths.Root);
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            foreach (string child in Directory.EnumerateDirectories(folder).Where(child => !skipped.Contains(Path.GetFileName(child))))
            {
                pending.Push(child);
            }

            foreach (string page in Directory.EnumerateFiles(folder, "*.md"))
            {
                yield return page;
            }
        }
    }

    /// <summary>Relative links outside fenced code; web and mail addresses are left out.</summary>
    private static IEnumerable<(int Line, string Target)> LinksOf(string page)
    {
        foreach ((int number, string line) in LinesOutsideFences(page))
        {
            foreach (Match match in Link.Matches(line))
            {
                string target = match.Groups["target"].Value;
                if (!Regex.IsMatch(target, "^[A-Za-z][A-Za-z0-9+.-]*:"))
                {
                    yield return (number, target);
                }
            }
        }
    }

    /// <summary>A page's lines with their numbers, but for fenced code: a code sample's brackets and '#' lines are neither links nor headings.</summary>
    private static IEnumerable<(int Number, string Line)> LinesOutsideFences(string page)
    {
        bool inFence = false;
        int number = 0;
        foreach (string line in File.ReadLines(page))
        {
            number++;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                yield return (number, line);
            }
        }
    }

    private HashSet<string> AnchorsOf(string page)
    {
        if (anchorsByPage.TryGetValue(page, out HashSet<string>? known))
        {
            return known;
        }

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var timesSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((_, string line) in LinesOutsideFences(page))
        {
            Match heading = Heading.Match(line);
            if (heading.Success)
            {
                // GitHub numbers a repeated heading's anchor: the second "Caveats" is "caveats-1".
                string slug = Slug(heading.Groups["text"].Value);
                timesSeen.TryGetValue(slug, out int seen);
                timesSeen[slug] = seen + 1;
                anchors.Add(seen == 0 ? slug : $"{slug}-{seen}");
            }

            foreach (Match named in NamedAnchor.Matches(line))
            {
                anchors.Add(named.Groups["name"].Value);
            }
        }

        anchorsByPage[page] = anchors;
        return anchors;
    }

    /// <summary>GitHub's anchor: the heading's text (a link's text only), lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Slug(string headingText)
    {
        string text = InlineLink.Replace(headingText, "${text}").Replace("`", string.Empty).Replace("*", string.Empty);
        return NotInSlug.Replace(text.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-');
    }
}
