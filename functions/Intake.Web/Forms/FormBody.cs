using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Intake.Web.Forms;

/// <summary>
/// Reads a posted form within a size cap. A body whose declared length is over the cap is refused
/// before a byte is read; a chunked one is cut by the server at the cap. Either way the caller gets
/// <see cref="FormBodyStatus.TooLarge"/> (413), never an exception, and nothing is stored.
/// </summary>
public static class FormBody
{
    public static async Task<(IFormCollection? Form, FormBodyStatus Status)> ReadAsync(HttpContext context, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            return (null, FormBodyStatus.TooLarge);
        }

        if (!request.HasFormContentType)
        {
            return (null, FormBodyStatus.Malformed);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        // Our own limits, a little above the body cap so the server's 413 comes first.
        context.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = maxBytes + 1024,
            ValueCountLimit = 64,
            ValueLengthLimit = (int)Math.Min(int.MaxValue, maxBytes + 1024),
            KeyLengthLimit = 256,
        }));
        try
        {
            return (await request.ReadFormAsync(context.RequestAborted), FormBodyStatus.Read);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, FormBodyStatus.TooLarge);
        }
        catch (BadHttpRequestException)
        {
            return (null, FormBodyStatus.Malformed);
        }
        catch (InvalidDataException)
        {
            return (null, FormBodyStatus.Malformed);
        }
    }
}
