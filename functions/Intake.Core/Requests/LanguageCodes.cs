namespace Intake.Core.Requests;

/// <summary>ISO 639-1 codes for <see cref="Language"/>.</summary>
public static class LanguageCodes
{
    public static string Code(this Language language) => language switch
    {
        Language.Fi => "fi",
        Language.Sv => "sv",
        Language.En => "en",
        Language.Et => "et",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    public static bool TryParse(string? code, out Language language)
    {
        var primary = code?.Trim().Split('-', '_')[0].ToLowerInvariant();
        (var ok, language) = primary switch
        {
            "fi" => (true, Language.Fi),
            "sv" => (true, Language.Sv),
            "en" => (true, Language.En),
            "et" => (true, Language.Et),
            _ => (false, Language.En),
        };
        return ok;
    }
}
