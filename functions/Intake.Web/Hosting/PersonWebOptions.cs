namespace Intake.Web.Hosting;

/// <summary>
/// Settings of the person-facing doors: rate limits (<see cref="WebSettings"/>, <c>Web:*</c>) and
/// email intake (<see cref="InboundSettings"/>, <c>Inbound:*</c>), both checked when the host starts.
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

    /// <summary>The value the doors use, from the two sections as bound and checked at start.</summary>
    public static PersonWebOptions From(WebSettings web, InboundSettings inbound)
    {
        ArgumentNullException.ThrowIfNull(web);
        ArgumentNullException.ThrowIfNull(inbound);
        return new PersonWebOptions
        {
            PostsPerMinute = web.PostsPerMinute,
            RequestsPerAddressPerHour = web.RequestsPerAddressPerHour,
            InboundSecret = string.IsNullOrEmpty(inbound.SendGridSecret) ? null : inbound.SendGridSecret,
            InboundAddresses = inbound.Addresses
                .Where(pair => !string.IsNullOrWhiteSpace(pair.Value))
                .ToDictionary(pair => pair.Key.Trim().ToLowerInvariant(), pair => pair.Value.Trim(), StringComparer.OrdinalIgnoreCase),
            InboundDefaultController = string.IsNullOrWhiteSpace(inbound.DefaultController) ? null : inbound.DefaultController.Trim(),
        };
    }
}
