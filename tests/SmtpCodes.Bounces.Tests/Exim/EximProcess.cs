using System;
using System.Diagnostics;
using System.IO;

namespace SmtpCodes.Bounces.Tests.Exim;

/// <summary>
/// Running Debian's Exim from the tests: where it is, whether it can run here, a command with its own configuration
/// (<c>-C</c>) and a bounded wait, a daemon, and the run's own folder that Exim's user may write to.
/// </summary>
internal static class EximProcess
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private const string DefaultExim = "/opt/smtpcodes-exim/usr/sbin/exim4";

    /// <summary>Null when Exim can run here; else why not. <paramref name="exim"/> is its path (SMTPCODES_EXIM overrides the default).</summary>
    public static string? WhyUnavailable(out string exim)
    {
        exim = Environment.GetEnvironmentVariable("SMTPCODES_EXIM") is { Length: > 0 } path ? path : DefaultExim;
        if (!OperatingSystem.IsLinux())
        {
            return "Exim runs on Linux only.";
        }

        if (!File.Exists(exim))
        {
            return $"Exim is not at {exim} (.ci/install-tools unpacks Debian's exim4-daemon-light there; SMTPCODES_EXIM names another).";
        }

        if (Environment.UserName != "root")
        {
            return "Exim's own configuration file (-C) keeps its privileges only for root, and this is not root.";
        }

        var (exitCode, text) = Run(exim, ["-bV", "-C", "/dev/null"], stdin: null);
        return exitCode == 0 ? null : $"'{exim} -bV' failed ({exitCode}): {text.Trim()}";
    }

    /// <summary>A new folder under the system's temporary folder with the given subfolders, all writable by Exim's own user.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static string CreateFolder(params string[] subfolders)
    {
        string folder = Path.Combine(Path.GetTempPath(), "smtpcodes-exim-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        foreach (string name in subfolders)
        {
            // Exim delivers as its own user (Debian-exim), never as root: the folders are open to it.
            Directory.CreateDirectory(Path.Combine(folder, name));
            File.SetUnixFileMode(Path.Combine(folder, name), (UnixFileMode)0b111_111_111);
        }

        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        return folder;
    }

    public static Process Start(string exim, string[] arguments)
    {
        var start = new ProcessStartInfo(exim) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("exim did not start");
    }

    /// <summary>Runs one Exim command with <paramref name="stdin"/>; its exit code and what it wrote, or -1 after the timeout.</summary>
    public static (int ExitCode, string Output) Run(string exim, string[] arguments, string? stdin)
    {
        var start = new ProcessStartInfo(exim) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("exim did not start");
        process.StandardInput.Write(stdin ?? string.Empty);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        string text = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after " + CommandTimeout);
        }

        return (process.ExitCode, text + error.Result);
    }

    public static void WaitForPort(int port)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < CommandTimeout)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                client.Connect(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                System.Threading.Thread.Sleep(200);
            }
        }

        throw new TimeoutException($"the relay-refusing Exim did not listen on 127.0.0.1:{port}");
    }
}
