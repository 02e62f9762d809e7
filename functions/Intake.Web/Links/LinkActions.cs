using Intake.Web.Links.Actions;

namespace Intake.Web.Links;

/// <summary>Every action an acting link (<c>/l/…</c>) can carry, by its link name.</summary>
public static class LinkActions
{
    private static readonly Dictionary<string, LinkAction> ByName = new LinkAction[]
    {
        new VerifyAction(),
        new AnswerAction(),
        new ApproveAction(),
        new RejectAction(),
        new ExtendAction(),
        new AskAction(),
        new ReleaseAction(),
        new RetryAction(),
        new ConfirmTaskAction(),
        new HandledAction(),
    }.ToDictionary(action => action.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<LinkAction> All => ByName.Values;

    public static LinkAction? Find(string? name) => name is not null && ByName.TryGetValue(name, out var action) ? action : null;
}
