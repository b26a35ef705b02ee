using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using SmtpCodes.MailKitPostfix;

// Usage:
//   dotnet run --project samples/SmtpCodes.MailKitPostfix              starts a Postfix of its own (installed, as root), sends, stops it
//   dotnet run --project samples/SmtpCodes.MailKitPostfix -- HOST PORT sends to a Postfix set up as PostfixConfiguration describes
if (args.Length == 2 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int port))
{
    await Report(args[0], port).ConfigureAwait(false);
    return 0;
}

if (PostfixInstance.WhyUnavailable() is { } reason)
{
    Console.Error.WriteLine(reason);
    return 2;
}

using (PostfixInstance postfix = PostfixInstance.Start())
{
    Console.WriteLine($"Postfix listening on {postfix.Host}:{postfix.Port}, configured in {postfix.Directory}");
    await Report(postfix.Host, postfix.Port).ConfigureAwait(false);
}

return 0;

static async Task Report(string host, int port)
{
    foreach ((string name, Func<MimeKit.MimeMessage> createMessage) in Scenarios.All)
    {
        DeliveryOutcome outcome = await MailSender.SendAsync(name, host, port, createMessage(), CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine(outcome.Diagnosis is { } diagnosis
            ? $"{name}: {outcome.Reply}{Environment.NewLine}  class {diagnosis.Class}, reason {diagnosis.Reason}, hard bounce {diagnosis.IsHardBounce}, who acts {diagnosis.Party}, action {diagnosis.Action}"
            : $"{name}: accepted");
    }
}
