using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles a generator run's output to an assembly in memory and loads it, to call the generated API. Overflow
/// checks are on, as a consumer may have them (CheckForOverflowUnderflow): the generated code must not throw then either.
/// </summary>
internal sealed class GeneratedAssembly
{
    private readonly Assembly assembly;

    public GeneratedAssembly(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var result = run.Output.WithOptions(run.Output.Options.WithOverflowChecks(true)).Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        assembly = new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
    }

    public Type Type(string name) => assembly.GetType(name, throwOnError: true)!;

    /// <summary>Calls a static method (extension methods included) by name and argument count.</summary>
    public object? Call(string typeName, string method, params object?[] arguments)
    {
        var candidates = Type(typeName).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(info => info.Name == method && info.GetParameters().Length == arguments.Length)
            .Where(info => info.GetParameters().Select(p => p.ParameterType).Zip(arguments, (parameter, argument) => argument is null || parameter.IsInstanceOfType(argument) || (parameter.IsByRef && parameter.GetElementType()!.IsInstanceOfType(argument))).All(fits => fits))
            .ToList();
        return candidates.Single().Invoke(null, arguments);
    }
}
