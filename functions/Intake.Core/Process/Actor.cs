namespace Intake.Core.Process;

/// <summary>
/// Who caused an event. Ids are never personal data: a staff actor is named by the signed link
/// it used (a hash prefix), a person by role only, so the audit trail can be shown and kept
/// without becoming another copy of the person's data.
/// </summary>
public sealed record Actor(ActorKind Kind, string? Id = null)
{
    public static Actor Person { get; } = new(ActorKind.Person);

    public static Actor System { get; } = new(ActorKind.System);

    public static Actor Staff(string linkId) => new(ActorKind.Staff, linkId);

    public static Actor Source(string sourceId) => new(ActorKind.Source, sourceId);

    public override string ToString() => Id is null ? Kind.ToString().ToLowerInvariant() : $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}

/// <summary>The roles that act on a request.</summary>
public enum ActorKind
{
    /// <summary>The data subject or their agent.</summary>
    Person,

    /// <summary>Privacy staff, through a signed link.</summary>
    Staff,

    /// <summary>Intake itself: timers and effect results.</summary>
    System,

    /// <summary>A data source reporting back (webhook callback).</summary>
    Source,
}
