namespace SmtpCodes.Tool.CommandLine;

/// <summary>What smtpcodes returns to the shell; the tool's README and every --help list the same codes.</summary>
internal static class ExitCodes
{
    /// <summary>Done; also when the reader of the output went away early (<c>smtpcodes ... | head</c>).</summary>
    public const int Success = 0;

    /// <summary>An input could not be read: no such file, no permission, not text. With --mail, after reading every other path.</summary>
    public const int InputError = 1;

    /// <summary>The command line is wrong: an unknown verb or option, a missing value, a value that is not an SMTP code.</summary>
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl+C (SIGINT), as the shell reports any program that the signal ends.</summary>
    public const int Interrupted = 130;

    /// <summary>The lines --help shows under "Exit codes:".</summary>
    public static readonly (int Code, string Meaning)[] Documented =
    [
        (Success, "success (also when the reader of the output stops early, as `| head` does)"),
        (InputError, "an input file or standard input could not be read (with --mail, the other paths are still read)"),
        (UsageError, "wrong command line: unknown verb or option, missing value, a value that is not an SMTP code"),
        (Interrupted, "interrupted by Ctrl+C"),
    ];
}
