using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace SmtpCodes.MailKitPostfix;

/// <summary>
/// A Postfix of its own: configuration, queue and log in a temporary folder, listening on 127.0.0.1 at a free port,
/// set up to answer the scenarios (<c>Scenarios</c>) with real rejections. Accepted mail is discarded. Disposing stops it
/// and removes the folder. Needs Postfix installed (.ci/install-tools) and root, as Postfix's master does.
/// </summary>
internal sealed class PostfixInstance : IDisposable
{
    public const string Domain = "example.test";
    public const string GreylistedUser = "greylisted@" + Domain;
    public const int RecipientLimit = 3;
    public const int MessageSizeLimit = 20000;

    public static readonly string[] KnownUsers = { "alice@" + Domain, "bob@" + Domain, "carol@" + Domain, "dave@" + Domain };

    private const string PostfixCommand = "/usr/sbin/postfix";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private PostfixInstance(string directory, int port)
    {
        Directory = directory;
        Port = port;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>The temporary folder with main.cf, master.cf, the queue and the log.</summary>
    public string Directory { get; }

    /// <summary>Postfix's own log of this instance (for messages when something goes wrong).</summary>
    public string Log => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "(no log written)";

    private string LogPath => Path.Combine(Directory, "maillog");

    /// <summary>Why an instance cannot start on this machine, or null when it can.</summary>
    public static string? WhyUnavailable()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(PostfixCommand))
        {
            return $"Postfix is not installed ({PostfixCommand} is missing); .ci/install-tools installs it with apt-get when run as root.";
        }

        return Environment.IsPrivilegedProcess ? null : "Postfix's master process must be started by root, and this process is not root.";
    }

    public static PostfixInstance Start() => Start(PostfixConfiguration.MainCf, PostfixConfiguration.MasterCf, prepare: null);

    /// <summary>
    /// A Postfix with another configuration (the bounce tests make it send DSNs): main.cf from the folder, master.cf
    /// from the host and port, and <paramref name="prepare"/> to lay out files in the folder before it starts.
    /// </summary>
    public static PostfixInstance Start(Func<string, string> mainCf, Func<string, int, string> masterCf, Action<string>? prepare)
    {
        string directory = Path.Combine(Path.GetTempPath(), "smtpcodes-postfix-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "queue"));
        var instance = new PostfixInstance(directory, FreePort());
        try
        {
            prepare?.Invoke(directory);
            File.WriteAllText(Path.Combine(directory, "main.cf"), mainCf(directory));
            File.WriteAllText(Path.Combine(directory, "master.cf"), masterCf(instance.Host, instance.Port));
            string output = Postfix(directory, "start");
            instance.WaitUntilListening(output);
            return instance;
        }
        catch
        {
            instance.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        int? master = MasterProcessId();
        Postfix(Directory, "stop");
        if (master is { } id)
        {
            StopProcess(id);
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A daemon that is still exiting may hold a file for a moment: a temporary folder is left behind, no more.
        }
    }

    /// <summary>Runs the postfix command on this instance's configuration and returns what it printed.</summary>
    private static string Postfix(string configurationDirectory, string command)
    {
        (int exitCode, string output) = Run(PostfixCommand, "-c", configurationDirectory, command);
        return $"postfix {command} exited with {exitCode}. {output}";
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(startInfo) ?? throw new InvalidOperationException(program + " did not start.");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private void WaitUntilListening(string startOutput)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(200);
            }
        }

        throw new InvalidOperationException($"Postfix did not listen on {Host}:{Port} within {StartTimeout.TotalSeconds} s. {startOutput}{Environment.NewLine}{Log}");
    }

    /// <summary>
    /// The master's process id from its pid file. The master holds an exclusive lock on that file, which .NET's own file
    /// reading honours and fails on, so the file is read by cat.
    /// </summary>
    private int? MasterProcessId()
    {
        string pidFile = Path.Combine(Directory, "queue", "pid", "master.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        (_, string text) = Run("cat", pidFile);
        return int.TryParse(text.Trim(), out int id) ? id : null;
    }

    /// <summary>Waits for the master this instance started to exit after `postfix stop`, and ends it if it does not.</summary>
    private static void StopProcess(int id)
    {
        try
        {
            using Process master = Process.GetProcessById(id);
            if (!master.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                master.Kill(entireProcessTree: true);
                master.WaitForExit();
            }
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
            // Exited between the lookup and the wait.
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
