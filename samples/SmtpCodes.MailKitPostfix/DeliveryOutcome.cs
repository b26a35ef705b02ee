namespace SmtpCodes.MailKitPostfix;

/// <summary>How one send ended: accepted (no reply to diagnose), or the server's reply line and its diagnosis.</summary>
internal sealed record DeliveryOutcome(string Scenario, string? Reply, SmtpDiagnosis? Diagnosis)
{
    public bool Accepted => Reply is null;
}
