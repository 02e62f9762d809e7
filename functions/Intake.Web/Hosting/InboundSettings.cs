namespace Intake.Web.Hosting;

/// <summary>
/// Configuration section <c>Inbound</c>: who may post mail to Intake and which controller a mail is
/// for. The limits for reading a mail are <c>Intake:Inbound</c> (<see cref="Inbound.InboundMailOptions"/>).
/// </summary>
public sealed class InboundSettings
{
    public const string SectionName = "Inbound";

    /// <summary>The shared secret SendGrid Inbound Parse must present; never logged or shown in an error.</summary>
    public string? SendGridSecret { get; set; }

    /// <summary>The controller of mail sent to each address.</summary>
    public Dictionary<string, string> Addresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The controller of mail to any other address; unset means the first configured.</summary>
    public string? DefaultController { get; set; }
}
