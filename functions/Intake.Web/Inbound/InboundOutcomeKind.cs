namespace Intake.Web.Inbound;

/// <summary>What became of one incoming mail.</summary>
public enum InboundOutcomeKind
{
    /// <summary>A request was opened; the sender gets the verification mail.</summary>
    Opened,

    /// <summary>The same mail (same Message-ID) opened a request before: nothing new was done.</summary>
    AlreadyOpened,

    /// <summary>Automated mail (auto-reply, bounce, list, our own mail): recorded, never answered.</summary>
    Ignored,

    /// <summary>A person's mail we cannot take: the sender, when known, got a reply saying why.</summary>
    Rejected,

    /// <summary>Read, but the process could not open a request from it (no controller, an unusable sender).</summary>
    Refused,

    /// <summary>
    /// The sender's address was over its per-hour limit: nothing opened, nothing stored. The first
    /// such mail in a window got one reply saying so; later ones none, so a flood in someone's name
    /// cannot turn into a reply storm at them.
    /// </summary>
    Throttled,
}
