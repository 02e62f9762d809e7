namespace Intake.Web.Inbound;

/// <summary>One attachment posted as a file field (<c>attachment1</c>, …), with its decoded bytes.</summary>
internal sealed record SendGridFile(string FieldName, string? FileName, string? ContentType, byte[] Content);
