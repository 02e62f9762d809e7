using Intake.Core.Requests;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Pages;

/// <summary>The page language: from the path (/fi/, /sv/, /en/, /et/), else the browser's Accept-Language, else Finnish.</summary>
public static class PageLanguage
{
    /// <summary>Every <see cref="Language"/>: each text area has a table for each (<see cref="Core.Texts.Translations{TTable}"/>).</summary>
    public static readonly Language[] Offered = [Language.Fi, Language.Sv, Language.En, Language.Et];

    public static Language From(HttpRequest request, string? pathLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (pathLanguage is not null && LanguageCodes.TryParse(pathLanguage, out var fromPath) && Offered.Contains(fromPath))
        {
            return fromPath;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value);
        foreach (var code in accepted)
        {
            if (LanguageCodes.TryParse(code, out var language) && Offered.Contains(language))
            {
                return language;
            }
        }

        return Language.Fi;
    }

    /// <summary>Whether a path segment names an offered language.</summary>
    public static bool IsOffered(string? segment) =>
        segment is { Length: 2 } && LanguageCodes.TryParse(segment, out var language) && Offered.Contains(language);
}
