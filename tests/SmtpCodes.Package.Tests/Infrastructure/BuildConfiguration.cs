using System.Linq;
using System.Reflection;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>The configuration this test project was built in (the packed projects are project references, built in the same one).</summary>
internal static class BuildConfiguration
{
    /// <summary>Packing needs no build: the package and tool projects were built in this configuration as references.</summary>
    public static string Name { get; } =
        typeof(BuildConfiguration).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Configuration").Value ?? "Debug";
}
