using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace SmtpCodes.Package.Tests.Infrastructure;

/// <summary>The output of one dotnet command.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Command, exit code and output, for assertion messages.</summary>
    public string Describe() => $"`{Command}` exited with {ExitCode}:{Environment.NewLine}{Output}";
}

/// <summary>Runs the dotnet CLI as a user would, isolated from the MSBuild that runs these tests.</summary>
internal static class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Variables the test host inherits from the outer `dotnet test` that would make the inner dotnet use the outer
    /// build's MSBuild and SDK resolution instead of its own.
    /// </summary>
    private static readonly string[] InheritedBuildVariables =
    {
        "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "VSTEST_RUNNER_DEBUG",
    };

    public static CommandResult Run(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (string variable in InheritedBuildVariables)
        {
            startInfo.Environment.Remove(variable);
        }

        // No build servers or reused nodes: they would outlive the command and keep its output pipes open.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["UseSharedCompilation"] = "false";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        string command = "dotnet " + string.Join(" ", arguments);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new CommandResult(command, -1, $"timed out after {Timeout.TotalMinutes} minutes{Environment.NewLine}{Snapshot(output)}");
        }

        // The parameterless wait also drains the asynchronous output readers.
        process.WaitForExit();
        return new CommandResult(command, process.ExitCode, Snapshot(output));
    }

    /// <summary>The full path of <see cref="DotnetExecutable"/>, links resolved: its folder is the .NET root.</summary>
    public static string ResolvedExecutable()
    {
        string executable = DotnetExecutable();
        if (!System.IO.Path.IsPathRooted(executable))
        {
            string? onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => System.IO.Path.Combine(directory, executable))
                .FirstOrDefault(System.IO.File.Exists);
            executable = onPath ?? executable;
        }

        var file = new System.IO.FileInfo(executable);
        return file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
    }

    /// <summary>The dotnet that runs these tests (DOTNET_HOST_PATH is set by the SDK), else the one on PATH.</summary>
    private static string DotnetExecutable()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
