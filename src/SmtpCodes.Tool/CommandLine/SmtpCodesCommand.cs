using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;

namespace SmtpCodes.Tool.CommandLine;

/// <summary>
/// The smtpcodes command line: the verbs, the one-line error for a wrong command line, and the exit codes.
/// <c>explain CODE...</c> explains codes; <c>diagnose</c> diagnoses whole replies from arguments, a file or
/// standard input. A verb reads one kind of input; a new input kind (whole bounce messages) is a new option of the
/// verb whose output it shares, or a verb of its own.
/// </summary>
internal static class SmtpCodesCommand
{
    public const string Name = "smtpcodes";

    public static int Run(string[] args, ToolConsole console)
    {
        RootCommand root = Create(console);

        // Replies may start with '@': no response files.
        ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var configuration = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            // Ctrl+C ends the process as it ends any other program (exit code 130): nothing is half-written to clean up.
            ProcessTerminationTimeout = null,
        };

        try
        {
            int exitCode;
            if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            {
                exitCode = UsageError(console, parse);
            }
            else
            {
                exitCode = parse.Invoke(configuration);
            }

            console.Output.Flush();
            return exitCode;
        }
        catch (OutputClosedException)
        {
            return ExitCodes.Success;
        }
    }

    /// <summary>Writes a usage error as one line on standard error: what was wrong, and where to read more.</summary>
    public static int UsageError(ToolConsole console, ParseResult parse)
    {
        var verb = parse.CommandResult.Command is RootCommand ? Name : Name + " " + parse.CommandResult.Command.Name;
        // "smtpcodes frob" is an unknown verb first, not a missing one.
        var errors = parse.UnmatchedTokens.Count > 0
            ? parse.Errors.Where(error => parse.UnmatchedTokens.Any(token => error.Message.Contains("'" + token + "'", StringComparison.Ordinal)))
            : parse.Errors;
        var problems = string.Join("; ", errors.Select(error => error.Message.TrimEnd('.')).Distinct());
        console.Error.WriteLine($"{verb}: {problems}. See '{verb} --help'.");
        return ExitCodes.UsageError;
    }

    private static RootCommand Create(ToolConsole console)
    {
        var root = new RootCommand("Explains SMTP reply codes and enhanced status codes, and diagnoses whole server replies: class, hard or soft bounce, reason, who must act, what to do.")
        {
            ExplainCommand.Create(console),
            DiagnoseCommand.Create(console),
        };
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction inner)
            {
                help.Action = new HelpWithExitCodes(inner);
            }
        }

        return root;
    }

    /// <summary>Every verb's --help ends with the exit codes.</summary>
    private sealed class HelpWithExitCodes(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Exit codes:");
            foreach (var (code, meaning) in ExitCodes.Documented)
            {
                output.WriteLine($"  {code,-5} {meaning}");
            }

            output.WriteLine();
            return ExitCodes.Success;
        }
    }
}
