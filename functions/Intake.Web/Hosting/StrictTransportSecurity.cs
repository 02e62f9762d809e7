using Microsoft.AspNetCore.Http;

namespace Intake.Web.Hosting;

/// <summary>
/// HTTP Strict Transport Security for the app in Azure: once a browser has seen the header, it goes
/// to this host over https only, for a year, so a link typed or followed as <c>http://</c> on a
/// hostile network cannot be downgraded and its token read on the way. Not in Development, where
/// the app runs on <c>http://localhost</c> and a remembered rule would break other local sites.
/// The header is sent whatever scheme the app itself sees: in Azure, TLS ends at the platform's
/// front end and the app is reached over https only.
/// </summary>
public static class StrictTransportSecurity
{
    /// <summary>One year, this host and its subdomains; no preload (that is a decision for the domain's owner).</summary>
    public const string HeaderValue = "max-age=31536000; includeSubDomains";

    public static void Apply(HttpResponse response, bool development)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!development)
        {
            response.Headers.StrictTransportSecurity = HeaderValue;
        }
    }
}
