using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SmtpCodes.Testing;

/// <summary>A file as the compiler passes AdditionalFiles to generators (catalog files, for SmtpCodesGenerator).</summary>
public sealed class InMemoryAdditionalText(string path, SourceText content) : AdditionalText
{
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text))
    {
    }

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => content;
}
