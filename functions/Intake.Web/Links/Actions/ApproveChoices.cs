namespace Intake.Web.Links.Actions;

/// <summary>What the approve page offers for this request: triage types (null when the type is certain), identifiers to confirm, the mandate check.</summary>
public sealed record ApproveChoices(
    IReadOnlyList<Choice>? Types,
    string SelectedType,
    IReadOnlyList<Choice> Identifiers,
    IReadOnlyCollection<string> ConfirmedIdentifiers,
    bool NeedsMandateCheck,
    Uri? MandateLink);
