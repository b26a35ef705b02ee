using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SmtpCodes.Analyzers.Core;

/// <summary>
/// Calls that compare two values, so a literal passed to one meets the other value: <c>Equals</c>, xunit's
/// <c>Assert.Equal</c>, MSTest's and NUnit's <c>Assert.AreEqual</c>, NUnit's <c>Assert.That(actual, Is.EqualTo(550))</c>,
/// FluentAssertions' <c>actual.Should().Be(550)</c> and Shouldly's <c>actual.ShouldBe(550)</c>. The one list of them: the
/// syntax filter lets a statement through when it calls one of these names, and the rules ask <see cref="Counterpart"/>.
/// </summary>
internal static class EqualityCalls
{
    /// <summary>The names of the calls that take the expected value.</summary>
    public static readonly ImmutableHashSet<string> MethodNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Equals", "Equal", "NotEqual", "AreEqual", "AreNotEqual", "EqualTo", "Be", "NotBe", "ShouldBe", "ShouldNotBe");

    /// <summary>The value an argument of an equality-style call is compared with, or null when the call is no comparison.</summary>
    public static IOperation? Counterpart(IArgumentOperation argument)
    {
        if (argument.Parent is not IInvocationOperation invocation || argument.Parameter is null || !MethodNames.Contains(invocation.TargetMethod.Name))
        {
            return null;
        }

        IMethodSymbol method = invocation.TargetMethod;
        int ordinal = argument.Parameter.Ordinal;
        switch (method.Name)
        {
            case "Equals" when invocation.Instance is { } instance && ordinal == 0:
                // code.Equals(550)
                return instance;
            case "Equals":
            case "Equal" or "NotEqual" or "AreEqual" or "AreNotEqual" when method.ContainingType.Name.EndsWith("Assert", StringComparison.Ordinal):
                // Equals(550, code), Assert.Equal(550, code), Assert.AreEqual(550, code)
                return method.IsStatic && ordinal <= 1 ? OtherArgument(invocation, 1 - ordinal) : null;
            case "EqualTo" when ordinal == 0:
                // Assert.That(code, Is.EqualTo(550)), Assert.That(code, Is.Not.EqualTo(550))
                return invocation.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "That" } that } constraint
                    && that.TargetMethod.ContainingType.Name.EndsWith("Assert", StringComparison.Ordinal)
                    && constraint.Parameter?.Ordinal == 1
                        ? OtherArgument(that, 0)
                        : null;
            case "Be" or "NotBe" when ordinal == 0:
                // code.Should().Be(550): Should is an extension method, its receiver its first argument.
                return invocation.Instance?.WalkDownConversions() is IInvocationOperation { TargetMethod.Name: "Should" } should
                    ? should.Instance ?? (should.Arguments.Length > 0 ? should.Arguments[0].Value : null)
                    : null;
            case "ShouldBe" or "ShouldNotBe" when method.IsStatic && ordinal == 1:
                // code.ShouldBe(550): an extension method whose first argument is the actual value.
                return OtherArgument(invocation, 0);
            default:
                return null;
        }
    }

    private static IOperation? OtherArgument(IInvocationOperation invocation, int ordinal)
    {
        foreach (IArgumentOperation other in invocation.Arguments)
        {
            if (other.Parameter?.Ordinal == ordinal)
            {
                return other.Value;
            }
        }

        return null;
    }
}
