namespace SmtpCodes
{
    /// <summary>
    /// System.Net.Mail's SMTP status and exceptions in the terms of the generated codes: what a <c>SmtpStatusCode</c>
    /// means, and the diagnosis of a <c>SmtpException</c> or <c>SmtpFailedRecipientException</c> (whose message is
    /// System.Net.Mail's own sentence for the status, then "The server response was: " and the server's text without
    /// the basic code). Emitted only where System.Net.Mail is referenced.
    /// </summary>
    public static class SystemNetMailSmtpExtensions
    {
        private const string ServerResponseMarker = "The server response was: ";

        /// <summary>The generated reply code of the same value (System.Net.Mail's enum values are the reply codes; <c>GeneralFailure</c>, -1, is no code).</summary>
        public static SmtpReplyCode ToSmtpReplyCode(this global::System.Net.Mail.SmtpStatusCode statusCode) => (SmtpReplyCode)(int)statusCode;

        /// <summary>Whether the code is a positive completion reply (2yz).</summary>
        public static bool IsSuccess(this global::System.Net.Mail.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().IsSuccess();

        /// <summary>Whether the code is a transient negative reply (4yz): the same request may succeed later.</summary>
        public static bool IsTransient(this global::System.Net.Mail.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().IsTransient();

        /// <summary>Whether the code is a permanent negative reply (5yz): do not repeat the same request unchanged.</summary>
        public static bool IsPermanent(this global::System.Net.Mail.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().IsPermanent();

        /// <summary>The class of the code: its first digit.</summary>
        public static SmtpReplyClass GetClass(this global::System.Net.Mail.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().GetClass();

        /// <summary>The title of the code in the catalog (its class's title for a code the catalog does not know).</summary>
        public static string GetTitle(this global::System.Net.Mail.SmtpStatusCode statusCode) => statusCode.ToSmtpReplyCode().GetTitle();

        /// <summary>Diagnoses the server's reply that the exception reports: its status code with the server's text.</summary>
        public static SmtpDiagnosis Diagnose(this global::System.Net.Mail.SmtpException exception)
        {
            if (exception == null)
            {
                throw new global::System.ArgumentNullException(nameof(exception));
            }

            var diagnosis = SmtpReply.Diagnose((int)exception.StatusCode, ServerResponse(exception.Message));
            var failed = exception as global::System.Net.Mail.SmtpFailedRecipientException;
            return failed == null || string.IsNullOrEmpty(failed.FailedRecipient) ? diagnosis : diagnosis.WithRecipient(failed.FailedRecipient);
        }

        /// <summary>Diagnoses the reply that refused the recipient, with the recipient (<see cref="SmtpDiagnosis.Recipient"/>).</summary>
        public static SmtpDiagnosis Diagnose(this global::System.Net.Mail.SmtpFailedRecipientException exception) =>
            Diagnose((global::System.Net.Mail.SmtpException)exception);

        // The server's part of the message; System.Net.Mail's sentence for the status ("Mailbox unavailable.") is not the server's.
        private static string ServerResponse(string message)
        {
            var marker = message.IndexOf(ServerResponseMarker, global::System.StringComparison.Ordinal);
            return marker < 0 ? message : message.Substring(marker + ServerResponseMarker.Length);
        }
    }
}
