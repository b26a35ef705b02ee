using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using SmtpCodes.Tool.Diagnose;
using SmtpCodes.Tool.Mail;

namespace SmtpCodes.Tool.CommandLine;

/// <summary>
/// <c>smtpcodes diagnose</c>: whole server replies, from arguments (one reply each), from <c>--file PATH</c> or from
/// standard input (one reply per line). Arguments are explained one by one; a file gives a table and a summary by
/// reason and action; <c>--json</c> gives one object per reply or input line. Whole messages (<c>--mail PATH...</c>:
/// .eml files, maildirs, mbox files) are a third source: the same question (what failed, why, what to do) about
/// the replies inside bounces, with the same table, summary and JSON Lines, one row per failed or delayed recipient.
/// </summary>
internal static class DiagnoseCommand
{
    public static Command Create(ToolConsole console)
    {
        var replies = new Argument<string[]>("reply")
        {
            Description = "A whole server reply, quoted (\"550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\"); a literal \\n stands for a line break. Without replies and --file, standard input is read.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var file = new Option<string>("--file", "-f")
        {
            Description = "Read one reply per line from PATH ('-' for standard input); a literal \\n inside a line stands for a line break.",
            HelpName = "PATH",
        };
        var mail = new Option<string[]>("--mail", "-m")
        {
            Description = "Read whole messages: .eml files, maildir folders (recursively) and mbox files ('-' for standard input: one message or an mbox); several paths may follow. One row per failed or delayed recipient of each bounce.",
            HelpName = "PATH",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json")
        {
            Description = "One JSON object per reply (JSON Lines); from a file, one per input line, blank lines included with null fields; with --mail, one per failed or delayed recipient and one with a null recipient for a message without one.",
        };

        var command = new Command("diagnose", "Diagnoses whole server replies: codes, class, reason, hard or soft bounce, who must act, what to do, vendor and blocklist.")
        {
            replies,
            file,
            mail,
            json,
        };
        command.Validators.Add(result =>
        {
            foreach (var reply in result.GetValue(replies) ?? [])
            {
                if (OptionLike.Is(reply))
                {
                    result.AddError($"unknown option '{reply}'");
                    return;
                }
            }

            var sources = (result.GetValue(replies) is { Length: > 0 } ? 1 : 0) + (result.GetResult(file) is null ? 0 : 1) + (result.GetResult(mail) is null ? 0 : 1);
            if (sources > 1)
            {
                result.AddError("give one source: replies as arguments, --file or --mail");
            }

            if (result.GetResult(mail) is { } mailPaths && mailPaths.Tokens.Count(token => token.Value == MailFiles.StandardInputPath) > 1)
            {
                result.AddError("standard input ('-') can be read only once");
            }
        });
        command.SetAction(parse =>
        {
            var arguments = parse.GetValue(replies) ?? [];
            var path = parse.GetValue(file);
            var asJson = parse.GetValue(json);
            if (parse.GetValue(mail) is { Length: > 0 } paths)
            {
                return MailDiagnosis.Run(console, paths, asJson);
            }

            if (arguments.Length > 0)
            {
                return DiagnoseArguments(console, arguments, asJson);
            }

            if (path is null && console.InputIsTerminal)
            {
                console.Error.WriteLine($"{SmtpCodesCommand.Name} diagnose: give a reply, --file PATH, or replies on standard input. See '{SmtpCodesCommand.Name} diagnose --help'.");
                return ExitCodes.UsageError;
            }

            return DiagnoseLines(console, path is null or "-" ? null : path, asJson);
        });
        return command;
    }

    private static int DiagnoseArguments(ToolConsole console, string[] arguments, bool json)
    {
        var jsonLine = new JsonLine(console.Output);
        for (var index = 0; index < arguments.Length; index++)
        {
            var reply = arguments[index].Trim().Length == 0 ? null : InputLines.Unescape(arguments[index]);
            if (json)
            {
                jsonLine.Write(writer => ReplyJson.Write(writer, reply));
                continue;
            }

            if (index > 0)
            {
                console.Output.WriteLine();
            }

            TextBlock.Write(console.Output, ReplyExplainer.Explain(SmtpReply.Diagnose(reply ?? string.Empty)));
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads <paramref name="path"/>, or standard input when it is null.</summary>
    private static int DiagnoseLines(ToolConsole console, string? path, bool json)
    {
        var source = path ?? "standard input";
        try
        {
            using var reader = path is null ? null : new StreamReader(path, ToolConsole.Utf8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
            var lines = InputLines.Read(reader ?? console.Input, console.Output, console.ErrorIsTerminal ? console.Error : null);
            if (json)
            {
                var jsonLine = new JsonLine(console.Output);
                foreach (var line in lines)
                {
                    jsonLine.Write(writer => ReplyJson.Write(writer, line.Reply));
                }

                return ExitCodes.Success;
            }

            var report = new BatchReport(console.Output);
            report.WriteHeader();
            foreach (var line in lines)
            {
                if (line.Reply is not null)
                {
                    report.Add(line.Number, line.Reply);
                }
            }

            report.WriteSummary();
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{SmtpCodesCommand.Name} diagnose: cannot read {(path is null ? source : "'" + path + "'")}: {exception.Message}");
            return ExitCodes.InputError;
        }
    }
}
