using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace SmtpCodes.Generators.Tests;

/// <summary>[GeneratedCode] names the package's real version: the VersionPrefix of Directory.Build.props, which the package and the generator share.</summary>
public sealed class GeneratedCodeAttributeTests
{
    [Fact]
    public void Every_generated_type_carries_the_package_version()
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var version = props.Descendants("VersionPrefix").Single().Value;
        var run = GeneratorRun.Run();
        var types = run.Output.GlobalNamespace.GetNamespaceMembers().Single(ns => ns.Name == "SmtpCodes").GetTypeMembers();

        Assert.NotEmpty(types);
        Assert.All(types, type =>
        {
            var attribute = Assert.Single(type.GetAttributes(), data => data.AttributeClass?.Name == "GeneratedCodeAttribute");
            Assert.Equal(["SmtpCodes.Generators", version], attribute.ConstructorArguments.Select(argument => (string?)argument.Value));
        });
    }
}
