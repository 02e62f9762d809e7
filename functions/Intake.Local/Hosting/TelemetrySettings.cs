using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Intake.Local.Hosting;

/// <summary>
/// The local host's telemetry setting, named at the top level as OpenTelemetry names it: the OTLP
/// collector to export to. The exporter reads it itself; it is checked here so a typo stops the
/// start instead of losing the telemetry quietly.
/// </summary>
public sealed class TelemetrySettings : IValidatableObject
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    [ConfigurationKeyName(OtlpEndpointKey)]
    public string? OtlpEndpoint { get; set; }

    public bool Exports => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Exports && (!Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult($"{OtlpEndpointKey} must be an absolute http(s) URL of an OTLP collector.", [nameof(OtlpEndpoint)]);
        }
    }
}
