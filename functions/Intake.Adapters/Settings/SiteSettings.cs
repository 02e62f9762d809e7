using System.ComponentModel.DataAnnotations;
using Intake.Core.Requests;

namespace Intake.Adapters.Settings;

/// <summary>
/// Configuration section <c>Intake</c>, the site's part: the address people reach Intake at (every
/// mailed link starts with it) and the language staff mails and pages are written in. The section's
/// other children (data maps, evidence, exports, sources, inbound limits) are bound by their own classes.
/// </summary>
public sealed class SiteSettings : IValidatableObject
{
    public const string SectionName = "Intake";

    public string PublicBaseUrl { get; set; } = "http://localhost:7071/";

    /// <summary>fi, sv, en or et (a region suffix such as fi-FI is accepted).</summary>
    public string StaffLanguage { get; set; } = "fi";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TryBaseUrl(out _))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(PublicBaseUrl)} must be an absolute http(s) URL.", [nameof(PublicBaseUrl)]);
        }

        if (!LanguageCodes.TryParse(StaffLanguage, out _))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(StaffLanguage)} must be fi, sv, en or et.", [nameof(StaffLanguage)]);
        }
    }

    /// <summary>The address with a trailing slash, so relative link paths append to it.</summary>
    public Uri ParsedBaseUrl() => TryBaseUrl(out var url) ? url : throw new InvalidOperationException($"{SectionName}:{nameof(PublicBaseUrl)} is not valid.");

    public Language ParsedStaffLanguage() => LanguageCodes.TryParse(StaffLanguage, out var language) ? language : Language.Fi;

    private bool TryBaseUrl(out Uri url) =>
        Uri.TryCreate(PublicBaseUrl.EndsWith('/') ? PublicBaseUrl : PublicBaseUrl + "/", UriKind.Absolute, out url!)
        && url.Scheme is "http" or "https";
}
