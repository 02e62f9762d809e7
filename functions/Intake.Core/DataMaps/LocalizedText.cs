using Intake.Core.Requests;

namespace Intake.Core.DataMaps;

/// <summary>
/// A text the person may read, in Finnish, Swedish and English (Estonian optional). Finnish and
/// Swedish are Finland's official languages and English serves everyone else, so the data map
/// must give all three; a missing Estonian text falls back to English.
/// </summary>
public sealed record LocalizedText(string Fi, string Sv, string En, string? Et = null)
{
    public string For(Language language) => language switch
    {
        Language.Fi => Fi,
        Language.Sv => Sv,
        Language.Et => Et ?? En,
        _ => En,
    };

    /// <summary>The same text in every language, for names that are not translated (company names).</summary>
    public static LocalizedText Same(string text) => new(text, text, text);
}
