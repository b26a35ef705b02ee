using SmtpCodes.Generators.Infrastructure;

namespace SmtpCodes.Generators.Model;

/// <summary>
/// What the consuming project's language version and references allow the generated code to use:
/// nullable annotations need C# 8; span overloads need <c>System.ReadOnlySpan&lt;T&gt;</c> and
/// <c>System.MemoryExtensions</c> (present on .NET Core, or through System.Memory on netstandard2.0 and .NET Framework).
/// <paramref name="ReferencedTypes"/>: the types named by <see cref="Emit.Engine.EngineFiles.Conditions"/> that the
/// compilation has, so an engine file that extends a library is emitted only where the library is referenced.
/// <paramref name="HasCreateSpan"/>: <c>RuntimeHelpers.CreateSpan</c> exists (.NET 7 and later), so a
/// <c>ReadOnlySpan</c> of 16- or 32-bit constants is static data rather than an array built on first use.
/// </summary>
internal sealed record TargetFeatures(bool SupportsNullable, bool HasSpan, EquatableArray<string> ReferencedTypes = default, bool HasCreateSpan = false)
{
    public static readonly TargetFeatures Modern = new(SupportsNullable: true, HasSpan: true, HasCreateSpan: true);
}
