using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SmtpCodes.Generators.Tests.Infrastructure;

/// <summary>
/// A generator run's output compiled and loaded (overflow checks on, as a consumer may have them: the generated code must
/// not throw then either), to call the generated API by name.
/// </summary>
internal sealed class GeneratedAssembly
{
    private readonly Assembly assembly;

    public GeneratedAssembly(GeneratorRun run) => assembly = run.Load();

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
