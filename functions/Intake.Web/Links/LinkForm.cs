using Microsoft.AspNetCore.Components;

namespace Intake.Web.Links;

/// <summary>
/// A confirmation page's own content: what the page says before the form (the facts to check), and
/// the fields and buttons inside the form. The handler adds the title, the error summary, the form
/// element and its antiforgery field (<see cref="LinkFormPage"/>).
/// </summary>
public sealed record LinkForm(RenderFragment Intro, RenderFragment Fields, bool TakesFiles = false);
