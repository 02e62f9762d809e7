using System.ComponentModel.DataAnnotations;

namespace Intake.Adapters.Settings;

/// <summary>Configuration section <c>Contact</c>: how long a contact message staff marked handled is kept (it is no request, so not kept for the request retention).</summary>
public sealed class ContactSettings
{
    public const string SectionName = "Contact";

    [Range(0, 36_500, ErrorMessage = "{0} must be a number of days from 0 to 36500.")]
    public double HandledRetentionDays { get; set; } = 30;
}
