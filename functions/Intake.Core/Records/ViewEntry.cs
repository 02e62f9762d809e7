using Intake.Core.Requests;

namespace Intake.Core.Records;

/// <summary>
/// One view of a page that shows a request's personal data. The viewer is named by the id of the
/// signed link used (a hash that opens nothing, never the link itself) and, where staff signed in,
/// by the name their sign-in gave; no address or other detail of the viewer is kept.
/// </summary>
/// <param name="LinkId">The id of the link opened (<c>LinkToken.Id</c>).</param>
/// <param name="SignedInAs">The signed-in staff member's name, when the platform gave one.</param>
public sealed record ViewEntry(
    RequestId Request,
    DateTimeOffset At,
    ViewedPage Page,
    ViewerKind Viewer,
    string LinkId,
    string? SignedInAs = null);

/// <summary>The pages whose views are logged.</summary>
public enum ViewedPage
{
    /// <summary>The staff page with the whole request.</summary>
    StaffDetail,

    /// <summary>The mandate file an agent sent.</summary>
    Mandate,

    /// <summary>The person's status page.</summary>
    Status,
}

/// <summary>Whose link opened the page.</summary>
public enum ViewerKind
{
    Staff,
    Person,
}
