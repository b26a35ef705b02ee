using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>What one run of the installed tool wrote, apart, and its exit code.</summary>
internal sealed record ToolResult(string Command, int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n').Select(line => line.TrimEnd('\r')).SkipLast(1).ToArray();

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();

    public override string ToString() => $"$ {Command}{Environment.NewLine}[exit {ExitCode}]{Environment.NewLine}stdout:{Environment.NewLine}{Output}stderr:{Environment.NewLine}{Error}";
}

/// <summary>
/// The smtpcodes tool as a user gets it: packed into the local feed, installed from there with
/// <c>dotnet tool install --tool-path</c> into a temporary folder, and run by its command name.
/// </summary>
internal sealed class InstalledTool
{
    public const string PackageId = "SmtpCodes.Tool";
    public const string Command = "smtpcodes";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private InstalledTool(string toolPath, CommandResult install)
    {
        ToolPath = toolPath;
        Install = install;
    }

    public string ToolPath { get; }

    /// <summary>The output of <c>dotnet tool install</c>, for assertion messages.</summary>
    public CommandResult Install { get; }

    public static InstalledTool PackAndInstall(PackageFeed feed)
    {
        CommandResult pack = DotnetCli.Run(
            RepositoryPaths.Root,
            "pack", RepositoryPaths.ToolProject,
            "--no-build", "-c", BuildConfiguration.Name,
            "-o", feed.FeedDirectory,
            "-p:Version=" + feed.Version,
            "-nologo");
        if (!File.Exists(Path.Combine(feed.FeedDirectory, $"{PackageId}.{feed.Version}.nupkg")))
        {
            throw new InvalidOperationException("dotnet pack produced no tool package. " + pack.Describe());
        }

        string toolPath = Path.Combine(feed.Root, "tools");
        CommandResult install = DotnetCli.Run(
            feed.Root,
            "tool", "install", PackageId,
            "--tool-path", toolPath,
            "--version", feed.Version,
            "--add-source", feed.FeedDirectory);
        if (!install.Succeeded)
        {
            throw new InvalidOperationException("dotnet tool install failed. " + install.Describe());
        }

        return new InstalledTool(toolPath, install);
    }

    /// <summary>Runs <c>smtpcodes</c> with <paramref name="args"/>, writing <paramref name="input"/> to its standard input.</summary>
    public ToolResult Run(string input, params string[] args)
    {
        string executable = Path.Combine(ToolPath, OperatingSystem.IsWindows() ? Command + ".exe" : Command);
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            WorkingDirectory = ToolPath,
        };
        foreach (string argument in args)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A tool's launcher finds the runtime through DOTNET_ROOT where dotnet is not in its default place.
        startInfo.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(DotnetCli.ResolvedExecutable())!;

        using var process = Process.Start(startInfo)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Command} {string.Join(" ", args)} did not finish in {Timeout}.");
        }

        process.WaitForExit();
        return new ToolResult(Command + " " + string.Join(" ", args.Select(Quote)), process.ExitCode, output.Result, error.Result);
    }

    private static string Quote(string argument) => argument.Length == 0 || argument.Contains(' ', StringComparison.Ordinal) ? "\"" + argument + "\"" : argument;
}
