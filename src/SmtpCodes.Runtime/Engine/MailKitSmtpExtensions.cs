namespace SmtpCodes
{
    /// <summary>
    /// MailKit's SMTP status and exception in the terms of the generated codes: what a <c>SmtpStatusCode</c> means,
    /// and the diagnosis of a <c>SmtpCommandException</c> (whose <c>Message</c> is the server's text without the
    /// basic code, which the exception keeps in <c>StatusCode</c>). Emitted only where MailKit is referenced.
    /// </summary>
    public static class MailKitSmtpExtensions
    {
        /// <summary>The generated reply code of the same value (MailKit's enum values are the reply codes).</summary>
        public static SmtpReplyCode ToSmtpReplyCode(this global::MailKit.Net.Smtp.SmtpStatusCode statusCode) => (SmtpReplyCode)(int)statusCode;

        /// <summary>Whether the code is a positive completion reply (2yz).</summary>
        public static bool IsSuccess(this global::MailKit.Net.Smtp.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().IsSuccess();

        /// <summary>Whether the code is a transient negative reply (4yz): the same request may succeed later.</summary>
        public static bool IsTransient(this global::MailKit.Net.Smtp.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().IsTransient();

        /// <summary>Whether the code is a permanent negative reply (5yz): do not repeat the same request unchanged.</summary>
        public static bool IsPermanent(this global::MailKit.Net.Smtp.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().IsPermanent();

        /// <summary>The class of the code: its first digit.</summary>
        public static SmtpReplyClass GetClass(this global::MailKit.Net.Smtp.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().GetClass();

        /// <summary>The title of the code in the catalog (its class's title for a code the catalog does not know).</summary>
        public static string GetTitle(this global::MailKit.Net.Smtp.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().GetTitle();

        /// <summary>
        /// Diagnoses the server's reply that the exception reports: its status code with its text, and the mailbox
        /// it was about (<see cref="SmtpDiagnosis.Recipient"/>) when MailKit names one.
        /// </summary>
        public static SmtpDiagnosis Diagnose(this global::MailKit.Net.Smtp.SmtpCommandException exception)
        {
            if (exception == null)
            {
                throw new global::System.ArgumentNullException(nameof(exception));
            }

            var diagnosis = SmtpReply.Diagnose((int)exception.StatusCode, exception.Message);
            var mailbox = exception.Mailbox;
            return mailbox == null ? diagnosis : diagnosis.WithRecipient(mailbox.Address);
        }
    }
}
