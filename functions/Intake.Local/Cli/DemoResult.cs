namespace Intake.Local.Cli;

/// <summary>What a successful demo produced: the request, where the host ran, the download link and the saved, verified export.</summary>
public sealed record DemoResult(string Reference, Uri Host, Uri DownloadLink, string SavedFile, int FilesVerified);
