namespace Intake.Web.Api;

/// <summary>
/// The answer to an accepted request (202). There is no status link here: the link that lets
/// someone act on the request goes to the person's mailbox only, so an API caller who typed another
/// person's address gains nothing.
/// </summary>
/// <param name="Reference">The reference the person quotes, e.g. <c>R-7K3M-9QX2-HP</c>.</param>
/// <param name="Status">The stage's wire name: <c>awaiting-verification</c> for a data subject request, <c>awaiting-staff-review</c> for a contact message.</param>
/// <param name="DueDate">The statutory due date (Art 12(3)), when known; none for a contact message.</param>
public sealed record ApiAccepted(string Reference, string Status, DateOnly? DueDate);
