using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Web.Texts;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class RequestFacts
{
    [Parameter, EditorRequired]
    public RequestState State { get; set; } = default!;

    [Parameter, EditorRequired]
    public LinkTexts Texts { get; set; } = default!;

    [Parameter, EditorRequired]
    public StaffTexts Staff { get; set; } = default!;

    [Parameter, EditorRequired]
    public string ZoneId { get; set; } = string.Empty;

    private NewRequest? Request => State.Request;

    private RequestDetails Details => Request?.Details ?? RequestDetails.None;

    private DeadlineCalculation? Deadline => State.Deadline;

    private static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    // Only the address is proved; a typed number is marked so nobody takes it for a verified one.
    private string? Identifier(string? value, IdentifierKind kind) => string.IsNullOrWhiteSpace(value)
        ? null
        : $"{value} ({(State.ConfirmedIdentifiers.Contains(kind) ? Staff.ConfirmedByStaff : Staff.UnverifiedNotUsed)})";

    private string? Agent() => Request?.Agent is { } agent
        ? $"{agent.Name} <{agent.Email}> — {Staff.MandateLabel}: {(agent.MandateDocument is null ? Staff.MandateMissing : Staff.MandateOnFile)}"
        : null;

    /// <summary>The mail server's verdicts in the RFC's own words (the same in every language).</summary>
    private static string SenderVerdicts(SenderAuthentication checks) => $"SPF: {Word(checks.Spf)}, DKIM: {Word(checks.Dkim)}";

    private static string Word(AuthenticationResult result) => result switch
    {
        AuthenticationResult.Pass => "pass",
        AuthenticationResult.Fail => "fail",
        AuthenticationResult.SoftFail => "softfail",
        AuthenticationResult.Neutral => "neutral",
        AuthenticationResult.None => "none",
        AuthenticationResult.TempError => "temperror",
        AuthenticationResult.PermError => "permerror",
        _ => "unknown",
    };
}
