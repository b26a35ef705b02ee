using System;
using System.IO;
using Xunit;

namespace SmtpCodes.Generators.Tests.Infrastructure;

/// <summary>
/// Verify's convention without Verify: the expected text is a committed <c>*.verified.cs</c> file beside the
/// tests; on a mismatch the actual text is written to a git-ignored <c>*.received.cs</c> for review (diff the
/// two), and the test fails. Run with <c>SMTPCODES_ACCEPT_SNAPSHOTS=1</c> to accept received text.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "SMTPCODES_ACCEPT_SNAPSHOTS";

    public static void Match(string name, string actual)
    {
        var folder = Path.Combine(RepositoryPaths.TestProject("SmtpCodes.Generators.Tests"), "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.cs");
        var received = Path.Combine(folder, name + ".received.cs");
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified} yet. Review {received} and accept it with {AcceptVariable}=1."
            : $"Generated source differs from {verified}. Compare it with {received}; accept with {AcceptVariable}=1.");
    }
}
