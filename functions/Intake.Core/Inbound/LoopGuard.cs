namespace Intake.Core.Inbound;

/// <summary>
/// What identifies mail Intake itself sent: the sender addresses it uses. A mail from one of them,
/// or carrying <see cref="InboundHeaderNames.IntakeReference"/>, is our own mail coming back.
/// </summary>
public sealed record LoopGuard
{
    public LoopGuard(IEnumerable<string> ownAddresses)
    {
        ArgumentNullException.ThrowIfNull(ownAddresses);
        OwnAddresses = ownAddresses
            .Select(address => address.Trim())
            .Where(address => address.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A guard that knows no own address; the reference header still detects loops.</summary>
    public static LoopGuard None { get; } = new([]);

    /// <summary>The addresses our mail is sent from, compared case-insensitively.</summary>
    public IReadOnlySet<string> OwnAddresses { get; }

    public bool IsOwnAddress(string? address) => address is not null && OwnAddresses.Contains(address.Trim());
}
