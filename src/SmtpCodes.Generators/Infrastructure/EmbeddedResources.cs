using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SmtpCodes.Generators.Infrastructure;

/// <summary>The text files embedded in this assembly: the built-in catalog and the engine files.</summary>
internal static class EmbeddedResources
{
    /// <summary>Every resource whose name starts with the prefix, by name without it, in ordinal order of names; line endings LF.</summary>
    public static IReadOnlyList<(string Name, string Text)> ReadAll(string prefix)
    {
        var assembly = typeof(EmbeddedResources).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);

                // LF whatever the checkout did to line endings: generated code always has LF (SourceWriter).
                return (name.Substring(prefix.Length), reader.ReadToEnd().Replace("\r\n", "\n"));
            })
            .ToArray();
    }
}
