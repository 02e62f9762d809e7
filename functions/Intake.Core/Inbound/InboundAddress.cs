namespace Intake.Core.Inbound;

/// <summary>
/// A mailbox as it stood in a header, after normalisation: the display name has no line breaks
/// or control characters, so it can never carry a header of its own into a reply.
/// </summary>
/// <param name="Address">The addr-spec, e.g. <c>matti@example.com</c>, as written.</param>
/// <param name="DisplayName">The phrase before the address, or <c>null</c> when there was none.</param>
public sealed record InboundAddress(string Address, string? DisplayName)
{
    /// <summary>Case-insensitive comparison of the address alone; display names are chosen by the sender.</summary>
    public bool IsSameMailbox(string? other) =>
        other is not null && string.Equals(Address.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The part before the <c>@</c>, used to recognise automated senders.</summary>
    public string LocalPart
    {
        get
        {
            var at = Address.LastIndexOf('@');
            return at < 0 ? Address : Address[..at];
        }
    }
}
