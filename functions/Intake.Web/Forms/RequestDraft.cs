using Intake.Core.Requests;

namespace Intake.Web.Forms;

/// <summary>
/// A request as typed into a form or posted as JSON, before it is checked: every value is raw text
/// (or null). <see cref="RequestDraftValidator"/> turns it into a <see cref="NewRequest"/> or says
/// what is wrong with each field.
/// </summary>
public sealed record RequestDraft
{
    public string? Controller { get; init; }
    public string? Type { get; init; }
    public Language Language { get; init; } = Language.Fi;
    public Channel Channel { get; init; } = Channel.WebForm;
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? CustomerNumber { get; init; }
    public string? Phone { get; init; }
    public string? Text { get; init; }
    public string? WrongValue { get; init; }
    public string? CorrectValue { get; init; }
    public string? ParticularSituation { get; init; }
    public string? Industry { get; init; }
    public string? ServicesOfInterest { get; init; }

    /// <summary>Whether the sender acts for the person (the agent fields then matter).</summary>
    public bool OnBehalf { get; init; }
    public string? AgentName { get; init; }
    public string? AgentEmail { get; init; }
}
