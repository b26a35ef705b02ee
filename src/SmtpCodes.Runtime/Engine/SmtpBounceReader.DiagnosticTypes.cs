namespace SmtpCodes
{
    /// <summary>
    /// The rereadings that read a Diagnostic-Code with its diagnostic type (RFC 3464 section 2.3.6) where its words name
    /// no cause: a local program's x-unix output or exit status, Courier's "unknown" error text.
    /// </summary>
    internal static partial class SmtpBounceReader
    {
        // RFC 3464's diagnostic type x-unix is a local delivery program's output ("X-Unix; 255", Sendmail's "unknown
        // mailer error 255"): a local mailer failed. Its words decide where they name a cause; where they name none, the
        // type is the cause, read with the catalog's "x-unix;" phrase (go-sisimai reason/find.go).
        private static void UnixProgramFailed(ref RecipientReading reading)
        {
            if (reading.Recipient.Diagnosis.Reason != SmtpBounceReason.Undefined || !IsUnixDiagnosticType(reading.Recipient.DiagnosticType))
            {
                return;
            }

            SmtpTextRange typedEvidence = Joined(reading.Recipient.DiagnosticType, "; ", reading.Evidence);
            SmtpDiagnosis typed = Diagnose(typedEvidence);
            if (typed.Reason != SmtpBounceReason.Undefined)
            {
                reading.Recipient.Diagnosis = typed;
            }
        }

        // A delivery program that failed may print that the user is unknown ("procmail: Unknown user"). No server
        // refused the address then: the words are the program's output, and the failure is the program's. Sisimai reads
        // unknown-user words as the cause only for a refusal at RCPT or under a Status X.1.1 (go-sisimai
        // reason/why-userunknown.go, ProbesInto), and else finds the mailer's words ("procmail: ", go-sisimai
        // reason/find.go's anotherone and reason/why-mailererror.go): so where the evidence has no reply code and no
        // X.1.1 Status, and reads as a mailer error without the unknown-user words, the mailer error decides.
        private static void DeliveryProgramSaysUserUnknown(ref RecipientReading reading)
        {
            SmtpEnhancedStatusCode? status = reading.Recipient.Status;
            if (reading.Recipient.Diagnosis.Reason != SmtpBounceReason.UserUnknown || reading.Recipient.Diagnosis.BasicCode.HasValue
                || (status.HasValue && status.Value.Subject == 1 && status.Value.Detail == 1))
            {
                return;
            }

            SmtpDiagnosis mailer = DiagnoseWithout(reading.Evidence, SmtpBounceReason.UserUnknown);
            if (mailer.Reason == SmtpBounceReason.MailerError)
            {
                reading.Recipient.Diagnosis = mailer;
            }
        }

        // Courier writes the diagnostic type "unknown" for a recipient's error that is no remote server's reply (its
        // courierdsn: "Remote-MTA" and type smtp only for one), such as the system's error text its esmtp client met
        // ("Diagnostic-Code: unknown; Connection refused", printed above as " <<< Connection refused"). Words that
        // name no cause alone (a bare "connection refused" is also GoDaddy's 554 block) are read with that type, and
        // the catalog's typed form names the cause.
        private static void CourierErrorReadWithType(ref RecipientReading reading)
        {
            if (reading.Recipient.Diagnosis.Reason != SmtpBounceReason.Undefined
                || !string.Equals(reading.Recipient.DiagnosticType, CourierDiagnosticType, global::System.StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            // The typed text as the report gives it (the evidence may hold the Status in front by now), then with the
            // Status where the text has no enhanced code, as StatusFieldJoinsTheEvidence reads it.
            SmtpTextRange typedText = Joined(reading.Recipient.DiagnosticType, "; ", SmtpTextRange.Whole(reading.Recipient.DiagnosticText));
            SmtpDiagnosis typed = Diagnose(typedText);
            SmtpTextRange statusText = reading.Recipient.StatusText;
            if (typed.Reason != SmtpBounceReason.Undefined && !typed.EnhancedCode.HasValue && statusText.Length > 0)
            {
                typed = Diagnose(WithStatus(typedText, statusText));
            }

            if (typed.Reason != SmtpBounceReason.Undefined)
            {
                reading.Recipient.Diagnosis = typed;
            }
        }

        private const string CourierDiagnosticType = "unknown";

        // Sendmail's report of a local delivery program keeps only its exit status ("Diagnostic-Code: X-Unix; 77"); the
        // reply Sendmail gave the sender for it is its own, by the status: sysexits.c's SysExMsg for EX_USAGE (64) to
        // EX_CONFIG (78) ("550 5.0.0 Insufficient permission" for EX_NOPERM, 77), else deliver.c's "554 5.3.0 unknown
        // mailer error N" (giveresponse). That reply's code joins the diagnosis, where its class is the diagnosis' own;
        // the reason the report's Status and type gave stays.
        private static void ExitStatusHasSendmailsReply(ref RecipientReading reading)
        {
            SmtpBounceRecipientFields recipient = reading.Recipient;
            if (recipient.Diagnosis.BasicCode.HasValue || !IsUnixDiagnosticType(recipient.DiagnosticType) || !TryExitStatus(recipient.DiagnosticText, out int status))
            {
                return;
            }

            int code = status >= SysExitsFirst && status < SysExitsFirst + SendmailSysExitReplyCodes.Length ? SendmailSysExitReplyCodes[status - SysExitsFirst] : UnknownMailerErrorCode;
            if ((int)recipient.Diagnosis.Class == code / 100)
            {
                reading.Recipient.Diagnosis = recipient.Diagnosis.WithBasicCode(code);
            }
        }

        // sysexits.h's first code, EX_USAGE, and the reply codes of Sendmail's SysExMsg from it to EX_CONFIG, in order.
        private const int SysExitsFirst = 64;

        private static readonly int[] SendmailSysExitReplyCodes = { 500, 501, 550, 550, 550, 554, 554, 451, 554, 550, 451, 450, 554, 550, 554 };

        private const int UnknownMailerErrorCode = 554;

        // An exit status: the diagnostic text (trimmed by the report's reader) is one to three digits and nothing else.
        private static bool TryExitStatus(string text, out int status)
        {
            status = 0;
            return text.Length > 0 && text.Length <= 3
                && int.TryParse(text, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out status);
        }

        // RFC 3464 section 2.3.6: "x-unix" is the diagnostic type of a local program's output.
        private static bool IsUnixDiagnosticType(string diagnosticType)
        {
            return string.Equals(diagnosticType, "x-unix", global::System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
