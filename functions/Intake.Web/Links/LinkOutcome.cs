using Intake.Web.Pages;

namespace Intake.Web.Links;

/// <summary>The page shown after an action was taken: a heading and what happens next.</summary>
public sealed record LinkOutcome(string Title, HtmlContent Body);
