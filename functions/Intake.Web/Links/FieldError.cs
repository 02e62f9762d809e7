namespace Intake.Web.Links;

/// <summary>A problem with one form field: the field's id (the error summary links to it) and what to fix, in the page's language.</summary>
public sealed record FieldError(string Field, string Message);
