using Intake.Core.Inbound;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Intake.Web.Inbound;

/// <summary>
/// Reads an Inbound Parse post section by section with <see cref="MultipartReader"/>, keeping each
/// field's raw bytes (see <see cref="FieldCharsets"/> for why) and each file within the attachment
/// limits. The body is read through a <see cref="SizeLimitedStream"/>, so an oversized post stops at
/// the limit.
/// </summary>
internal static class SendGridFormReader
{
    // Inbound Parse posts about fifteen fields; a post with hundreds is not from SendGrid.
    private const int MaxFields = 200;

    private const int MaxSectionHeaderBytes = 16 * 1024;

    /// <summary>The boundary of a multipart/form-data content type, or null when it is anything else.</summary>
    public static string? Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) ? null : boundary;
    }

    /// <summary>
    /// Reads every section. At a limit it stops and returns what it read so far with
    /// <see cref="SendGridPost.Limit"/> set, so the headers can still show a bounce; a broken body
    /// throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static async Task<SendGridPost> ReadAsync(Stream body, string boundary, InboundMailOptions options, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, new SizeLimitedStream(body, options.MaxMessageBytes))
        {
            HeadersLengthLimit = MaxSectionHeaderBytes,
            BodyLengthLimit = options.MaxMessageBytes,
        };

        var fields = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var files = new List<SendGridFile>();
        try
        {
            var sections = 0;
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (++sections > MaxFields + options.MaxAttachments)
                {
                    throw new InvalidDataException("Too many form sections for an Inbound Parse post.");
                }

                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (fileName is null)
                {
                    fields[name] = await ReadAllAsync(section.Body, options.MaxMessageBytes, RejectionReason.TooLarge, partial => fields[name] = partial, cancellationToken);
                    continue;
                }

                if (files.Count == options.MaxAttachments)
                {
                    throw new InboundLimitExceededException(RejectionReason.TooManyAttachments);
                }

                var content = await ReadAllAsync(section.Body, options.MaxAttachmentBytes, RejectionReason.AttachmentTooLarge, _ => { }, cancellationToken);
                files.Add(new SendGridFile(name, fileName, section.ContentType, content));
            }
        }
        catch (InboundLimitExceededException exceeded)
        {
            return new SendGridPost(fields, files, exceeded.Reason);
        }

        return new SendGridPost(fields, files, null);
    }

    // Reads one section; when a limit stops it, hands what was read to keepPartial first.
    private static async Task<byte[]> ReadAllAsync(Stream section, long cap, RejectionReason reason, Action<byte[]> keepPartial, CancellationToken cancellationToken)
    {
        using var buffer = new CappedMemoryStream(cap, reason);
        try
        {
            await section.CopyToAsync(buffer, cancellationToken);
        }
        catch (InboundLimitExceededException)
        {
            keepPartial(buffer.ToArray());
            throw;
        }

        return buffer.ToArray();
    }
}
