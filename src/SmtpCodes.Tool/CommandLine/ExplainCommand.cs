using System.CommandLine;
using SmtpCodes.Tool.Explain;

namespace SmtpCodes.Tool.CommandLine;

/// <summary><c>smtpcodes explain 550 5.7.1</c>: what each code means and what to do, as text or JSON Lines.</summary>
internal static class ExplainCommand
{
    public static Command Create(ToolConsole console)
    {
        var codes = new Argument<string[]>("code")
        {
            Description = "A basic reply code (550) or an enhanced status code (5.7.1); several may follow.",
            Arity = ArgumentArity.OneOrMore,
        };
        codes.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (OptionLike.Is(token.Value))
                {
                    result.AddError($"unknown option '{token.Value}'");
                    return;
                }

                if (!SmtpCodeText.TryParse(token.Value, out _))
                {
                    result.AddError($"'{token.Value}' is not an SMTP code: {SmtpCodeText.Expected}");
                    return;
                }
            }
        });
        var json = new Option<bool>("--json") { Description = "One JSON object per code, one per line (JSON Lines)." };

        var command = new Command("explain", "Explains SMTP codes: title, class, meaning, reason, hard or soft bounce, who must act, what to do. A code the catalog does not know (599, 5.1.99) is explained by its class.")
        {
            codes,
            json,
        };
        command.SetAction(parse => Explain(console, parse.GetValue(codes)!, parse.GetValue(json)));
        return command;
    }

    private static int Explain(ToolConsole console, string[] codes, bool json)
    {
        var jsonLine = new JsonLine(console.Output);
        for (var index = 0; index < codes.Length; index++)
        {
            SmtpCodeText.TryParse(codes[index], out var code);
            var explanation = CodeExplanation.For(code);
            if (json)
            {
                jsonLine.Write(writer => CodeJson.Write(writer, explanation));
                continue;
            }

            if (index > 0)
            {
                console.Output.WriteLine();
            }

            TextBlock.Write(console.Output, explanation.Lines());
        }

        return ExitCodes.Success;
    }
}
