using Intake.Web.Pages;

namespace Intake.Web.Links;

/// <summary>
/// A confirmation page's own content: what the page says before the form (the facts to check), and
/// the fields and buttons inside the form. The handler adds the title, the error summary, the form
/// element and its antiforgery field.
/// </summary>
public sealed record LinkForm(HtmlContent Intro, HtmlContent Fields, bool TakesFiles = false);
