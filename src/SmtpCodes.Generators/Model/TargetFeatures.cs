using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// What the consuming project's language version and references allow the generated code to use:
/// nullable annotations need C# 8; span overloads need <c>System.ReadOnlySpan&lt;T&gt;</c> and
/// <c>System.MemoryExtensions</c> (present on .NET Core, or through System.Memory on netstandard2.0 and .NET Framework).
/// <paramref name="ReferencedTypes"/>: the types named by <see cref="Emit.Engine.EngineFiles.Conditions"/> that the
/// compilation has, so an engine file that extends a library is emitted only where the library is referenced.
/// </summary>
internal sealed record TargetFeatures(bool SupportsNullable, bool HasSpan, EquatableArray<string> ReferencedTypes = default)
{
    public static readonly TargetFeatures Modern = new(SupportsNullable: true, HasSpan: true);
}
