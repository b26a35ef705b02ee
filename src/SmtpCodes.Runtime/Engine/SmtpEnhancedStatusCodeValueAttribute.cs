namespace SmtpCodes
{
    /// <summary>
    /// The code a registry member of <see cref="SmtpEnhancedStatusCode"/> holds, as constants the SmtpCodes analyzers read
    /// from the member's symbol (in source or in a referenced assembly): the generator puts it on every member, such as
    /// <c>[SmtpEnhancedStatusCodeValue(5, 1, 1)] Permanent.BadDestinationMailboxAddress</c>. Not meant for your own code.
    /// </summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class SmtpEnhancedStatusCodeValueAttribute : global::System.Attribute
    {
        /// <summary>Records the code of the member: its class, subject and detail.</summary>
        public SmtpEnhancedStatusCodeValueAttribute(int @class, int subject, int detail)
        {
            Class = @class;
            Subject = subject;
            Detail = detail;
        }

        /// <summary>The class: 2, 4 or 5.</summary>
        public int Class { get; }

        /// <summary>The subject: 0 to 7.</summary>
        public int Subject { get; }

        /// <summary>The detail.</summary>
        public int Detail { get; }
    }
}
