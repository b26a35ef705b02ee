using System.Linq;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Generators.Infrastructure;

/// <summary>
/// A diagnostic as an equatable value (descriptor id, location, message arguments), turned into a
/// <see cref="Diagnostic"/> only when it is reported.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, FileLocation? Location, EquatableArray<string> MessageArguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, FileLocation? location, params string[] messageArguments) =>
        new(descriptor, location, messageArguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArguments.Items.ToArray());

    public override string ToString() => $"{Location}: {Descriptor.Id} {string.Format(Descriptor.MessageFormat.ToString(), MessageArguments.Items.ToArray())}";
}
