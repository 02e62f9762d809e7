namespace Intake.Infra.Tests.Templates;

/// <summary>
/// Parameter values the template is evaluated with: what `azd up` would pass, with made-up
/// secrets whose text the tests can look for (they must never appear outside Key Vault).
/// </summary>
public static class TestParameters
{
    public const string NamePrefix = "intake-test";

    public const string SenderEmail = "privacy@example.org";

    public const string SendGridApiKey = "SG.test-only-sendgrid-api-key";

    public const string TokenSigningKey = "test-only-token-signing-key";

    public const string InboundSendGridSecret = "test-only-inbound-parse-secret";

    public static IReadOnlyList<string> SecretValues { get; } = [SendGridApiKey, TokenSigningKey, InboundSendGridSecret];

    /// <summary>The required parameters, plus any overrides (for example another link lifetime).</summary>
    public static IReadOnlyDictionary<string, object?> With(params (string Name, object? Value)[] overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["namePrefix"] = NamePrefix,
            ["senderEmail"] = SenderEmail,
            ["sendGridApiKey"] = SendGridApiKey,
            ["tokenSigningKey"] = TokenSigningKey,
            ["inboundSendGridSecret"] = InboundSendGridSecret,
        };
        foreach (var (name, value) in overrides)
        {
            values[name] = value;
        }

        return values;
    }
}
