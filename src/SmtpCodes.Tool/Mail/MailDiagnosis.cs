using System.Globalization;
using SmtpCodes.Tool.CommandLine;

namespace SmtpCodes.Tool.Mail;

/// <summary>
/// <c>smtpcodes diagnose --mail PATH...</c> (<c>-</c> for standard input): reads every message of the paths with the generated
/// <c>SmtpBounce.Read</c> and writes the table and summary, or JSON Lines. A path that cannot be read is one line on
/// standard error; the other paths are still read, and the exit code says that one failed.
/// </summary>
internal static class MailDiagnosis
{
    private const int ProgressEvery = 1_000;

    public static int Run(ToolConsole console, string[] paths, bool json)
    {
        var report = json ? null : new MailReport(console.Output);
        var jsonLine = json ? new JsonLine(console.Output) : null;
        var unreadable = 0;
        var read = 0;
        var progress = console.ErrorIsTerminal ? console.Error : null;
        report?.WriteHeader();

        var files = new MailFiles(
            (name, message) =>
            {
                var bounce = SmtpBounce.Read(message);
                if (jsonLine is not null)
                {
                    foreach (var recipient in BounceRows.Of(bounce))
                    {
                        jsonLine.Write(writer => BounceJson.Write(writer, name, bounce, recipient));
                    }
                }
                else
                {
                    report!.Add(name, bounce);
                }

                read++;
                if (progress is not null && read % ProgressEvery == 0)
                {
                    progress.Write(string.Create(CultureInfo.InvariantCulture, $"\r{read:N0} messages read..."));
                }
            },
            (path, exception) =>
            {
                unreadable++;
                console.Output.Flush();
                progress?.Write("\r" + new string(' ', 40) + "\r");
                var what = path == MailFiles.StandardInputPath ? "standard input" : "'" + path + "'";
                console.Error.WriteLine($"{SmtpCodesCommand.Name} diagnose: cannot read {what}: {exception.Message}");
            },
            () => console.InputBytes);
        files.Read(paths);

        if (progress is not null && read >= ProgressEvery)
        {
            progress.Write("\r" + new string(' ', 40) + "\r");
        }

        report?.WriteSummary(files.Skipped);
        return unreadable == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }
}
