using Microsoft.AspNetCore.Http;

namespace Intake.Web.Forms;

/// <summary>
/// An uploaded proof of mandate, checked by its first bytes rather than by the name or type the
/// browser claims: only PDF, PNG and JPEG are taken, at most <see cref="FieldLimits.MandateBytes"/>.
/// The stored name gets the extension of what the file really is, so it opens as what it is.
/// </summary>
public sealed record MandateFile(string FileName, string ContentType, byte[] Content)
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The file, null when none was chosen, or the problem with it.</summary>
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
        var bytes = buffer.ToArray();
        var kind = Sniff(bytes);
        if (kind is null)
        {
            return (null, new DraftError(DraftField.Mandate, DraftProblem.WrongFileType));
        }

        var (extension, contentType) = kind.Value;
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(upload.FileName ?? string.Empty));
        return (new MandateFile((stem.Length == 0 ? "mandate" : stem) + extension, contentType, bytes), null);
    }

    private static (string Extension, string ContentType)? Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Pdf) ? (".pdf", "application/pdf")
        : bytes.StartsWith(Png) ? (".png", "image/png")
        : bytes.StartsWith(Jpeg) ? (".jpg", "image/jpeg")
        : null;
}
