using System;
using System.IO;
using System.Linq;
using SmtpCodes;
using SmtpCodes.Triage;

// Usage:
//   SmtpCodes.Triage 550 | 5.1.1                 explains a code
//   SmtpCodes.Triage "<reply line>" ...          explains whole replies
//   SmtpCodes.Triage --file PATH | -             reads one reply per line (a literal \n is a line break); table and summary
//   --json                                       one JSON object per reply instead, in input order
var json = args.Contains("--json");
var rest = args.Where(argument => argument != "--json").ToList();
string? file = null;
var fileAt = rest.IndexOf("--file");
if (fileAt >= 0)
{
    if (fileAt + 1 >= rest.Count)
    {
        return Usage("--file needs a path.");
    }

    file = rest[fileAt + 1];
    rest.RemoveRange(fileAt, 2);
}

if (rest.Count == 1 && rest[0] == "-")
{
    file = "-";
    rest.Clear();
}

if (file is null && rest.Count == 0)
{
    if (!Console.IsInputRedirected)
    {
        return Usage(null);
    }

    file = "-";
}

if (file is not null)
{
    if (rest.Count > 0)
    {
        return Usage("Give replies as arguments or with --file, not both.");
    }

    if (file != "-" && !File.Exists(file))
    {
        Console.Error.WriteLine($"No such file: {file}");
        return 1;
    }

    using var reader = file == "-" ? Console.In : new StreamReader(file);
    var lines = ReplyLines.Read(reader);
    if (json)
    {
        WriteJson(lines);
    }
    else
    {
        var report = new BatchReport(Console.Out);
        report.WriteHeader();
        foreach (var line in lines)
        {
            report.Add(line);
        }

        report.WriteSummary();
    }

    return 0;
}

if (json)
{
    WriteJson(rest.Select(argument => argument.Replace("\\n", "\n", StringComparison.Ordinal)));
    return 0;
}

foreach (var argument in rest)
{
    // A bare code ("550", "5.1.1") is explained as a code; anything else is a reply line.
    var lines = CodeExplainer.TryExplain(argument, out var codeLines)
        ? codeLines
        : ReplyExplainer.Explain(SmtpReply.Diagnose(argument.Replace("\\n", "\n", StringComparison.Ordinal)));
    foreach (var (label, value) in lines)
    {
        Console.WriteLine($"{label + ":",-14} {value}");
    }

    Console.WriteLine();
}

return 0;

static void WriteJson(System.Collections.Generic.IEnumerable<string> replies)
{
    using var output = Console.OpenStandardOutput();
    var writer = new ReplyJson(output);
    foreach (var reply in replies)
    {
        writer.Write(reply);
    }
}

static int Usage(string? problem)
{
    if (problem is not null)
    {
        Console.Error.WriteLine(problem);
    }

    Console.Error.WriteLine("Usage: dotnet run --project samples/SmtpCodes.Triage -- [--json] <code or reply> [...]");
    Console.Error.WriteLine("       dotnet run --project samples/SmtpCodes.Triage -- [--json] --file replies.txt   (or '-' / standard input)");
    Console.Error.WriteLine("  A code is a basic reply code such as 550 or an enhanced status code such as 5.1.1; a reply is a whole");
    Console.Error.WriteLine("  server reply such as \"550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\".");
    Console.Error.WriteLine("  In a file, one reply per line; a literal \\n inside a line stands for a line break.");
    return 2;
}
