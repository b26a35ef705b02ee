using SmtpCodes.Tool.CommandLine;

return SmtpCodesCommand.Run(args, ToolConsole.FromProcess());
