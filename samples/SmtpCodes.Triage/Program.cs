using System;
using SmtpCodes.Triage;

// Usage: SmtpCodes.Triage 550 | 5.1.1 (several arguments are explained one after the other).
if (args.Length == 0)
{
    Console.Error.WriteLine("Usage: dotnet run --project samples/SmtpCodes.Triage -- <code> [<code>...]");
    Console.Error.WriteLine("  <code> is a basic reply code such as 550, or an enhanced status code such as 5.1.1.");
    return 2;
}

var exitCode = 0;
foreach (var argument in args)
{
    if (!CodeExplainer.TryExplain(argument, out var lines))
    {
        Console.Error.WriteLine($"'{argument}' is neither a basic reply code (100 to 599) nor an enhanced status code (class.subject.detail, such as 5.1.1).");
        exitCode = 1;
        continue;
    }

    foreach (var (label, value) in lines)
    {
        Console.WriteLine($"{label + ":",-14} {value}");
    }

    Console.WriteLine();
}

return exitCode;
