using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Intake.Web.Hosting;

/// <summary>
/// Settings of the person-facing doors: rate limits (<c>Web:*</c>) and email intake
/// (<c>Inbound:*</c>). A malformed number stops the host at start-up with the key named.
/// </summary>
public sealed record PersonWebOptions
{
    /// <summary>Posts one client address may make per minute (forms, status actions, API). 0 turns the limit off.</summary>
    public int PostsPerMinute { get; init; } = 10;

    /// <summary>Requests one email address may open per hour, through any door. 0 turns the limit off.</summary>
    public int RequestsPerAddressPerHour { get; init; } = 5;

    /// <summary>The shared secret SendGrid Inbound Parse (and any raw MIME poster) must present; without it the inbound endpoints refuse everything.</summary>
    public string? InboundSecret { get; init; }

    /// <summary>Which controller a mail is for, by the address it was sent to (lower case).</summary>
    public IReadOnlyDictionary<string, string> InboundAddresses { get; init; } = new Dictionary<string, string>();

    /// <summary>The controller of mail sent to an address not in <see cref="InboundAddresses"/>; else the first configured.</summary>
    public string? InboundDefaultController { get; init; }

    public static PersonWebOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inbound = configuration.GetSection("Inbound");
        return new PersonWebOptions
        {
            PostsPerMinute = Count(configuration, "Web:PostsPerMinute", 10),
            RequestsPerAddressPerHour = Count(configuration, "Web:RequestsPerAddressPerHour", 5),
            InboundSecret = inbound["SendGridSecret"] is { Length: > 0 } secret ? secret : null,
            InboundAddresses = inbound.GetSection("Addresses").GetChildren()
                .Where(child => !string.IsNullOrWhiteSpace(child.Value))
                .ToDictionary(child => child.Key.Trim().ToLowerInvariant(), child => child.Value!.Trim(), StringComparer.OrdinalIgnoreCase),
            InboundDefaultController = inbound["DefaultController"] is { Length: > 0 } controller ? controller.Trim() : null,
        };
    }

    private static int Count(IConfiguration configuration, string key, int fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InvalidOperationException($"Configuration {key} = '{text}' is not valid: expected a whole number, 0 or more.");
    }
}
