namespace Intake.Web.Api;

/// <summary>
/// The proof of mandate an agent sends: the file as base64 in <paramref name="Content"/> (a PDF,
/// PNG or JPEG of at most 5 MB, checked by its bytes) and an optional file name.
/// </summary>
public sealed record ApiMandate(string? FileName, string? Content);
