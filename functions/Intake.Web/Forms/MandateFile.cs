using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>
/// An uploaded proof of mandate, checked by its first bytes rather than by the name or type the
/// sender claims: only PDF, PNG and JPEG are taken, at most <see cref="FieldLimits.MandateBytes"/>.
/// The stored name gets the extension of what the file really is, so it opens as what it is.
/// </summary>
public sealed record MandateFile(string FileName, string ContentType, byte[] Content)
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The file from a form, null when none was chosen, or the problem with it.</summary>
    public static async Task<(MandateFile? File, DraftError? Error)> ReadAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null || (upload.Length == 0 && string.IsNullOrEmpty(upload.FileName)))
        {
            return (null, null);
        }

        if (upload.Length > FieldLimits.MandateBytes)
        {
            return (null, new DraftError(DraftField.Mandate, DraftProblem.FileTooLarge));
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, cancellationToken);
        return From(upload.FileName, buffer.ToArray());
    }

    /// <summary>The file from its name and bytes (the API sends them in JSON), or the problem with it.</summary>
    public static (MandateFile? File, DraftError? Error) From(string? fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > FieldLimits.MandateBytes)
        {
            return (null, new DraftError(DraftField.Mandate, DraftProblem.FileTooLarge));
        }

        if (Sniff(bytes) is not { } kind)
        {
            return (null, new DraftError(DraftField.Mandate, DraftProblem.WrongFileType));
        }

        var (extension, contentType) = kind;
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName ?? string.Empty));
        var safe = new string(stem.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_').Take(64).ToArray());
        return (new MandateFile((safe.Length == 0 ? "mandate" : safe) + extension, contentType, bytes), null);
    }

    /// <summary>The content type of a stored mandate, from the extension its checked bytes gave it.</summary>
    public static string ContentTypeOf(string storedName) => Path.GetExtension(storedName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" => "image/jpeg",
        _ => "application/octet-stream",
    };

    private static (string Extension, string ContentType)? Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Pdf) ? (".pdf", "application/pdf")
        : bytes.StartsWith(Png) ? (".png", "image/png")
        : bytes.StartsWith(Jpeg) ? (".jpg", "image/jpeg")
        : null;
}
