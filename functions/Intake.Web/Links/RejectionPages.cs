using Intake.Core.Process;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links;

/// <summary>
/// A command the process refused, as a page: what happened in words and an HTTP status that says
/// the same to a machine — 409 when someone else's decision or the request's stage stands in the
/// way, 410 when the chance is gone for good (closed, the extension month over, the record purged).
/// </summary>
public static class RejectionPages
{
    public static IResult For(LinkVisit visit, Rejection rejection, RequestState? current = null)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(rejection);
        var texts = visit.Texts;
        var state = current ?? visit.State;
        var stage = visit.Stage(state.Stage);
        var (title, body, status) = rejection.Code switch
        {
            RejectionCode.AlreadyDecided => (texts.AlreadyDecidedTitle, Placeholders.Fill(texts.AlreadyDecidedBody, ("stage", stage)), StatusCodes.Status409Conflict),
            RejectionCode.Closed => (texts.ClosedTitle, Placeholders.Fill(texts.ClosedBody, ("stage", stage)), StatusCodes.Status410Gone),
            RejectionCode.ExtensionWindowClosed => (texts.ExtensionWindowClosedTitle, Placeholders.Fill(texts.ExtensionWindowClosedBody, ("cutoff", state.Deadline is { } deadline ? visit.Date(deadline.ExtensionNoticeBy) : "-")), StatusCodes.Status410Gone),
            RejectionCode.AlreadyExtended => (texts.AlreadyExtendedTitle, Placeholders.Fill(texts.AlreadyExtendedBody, ("due", state.CurrentDueDate is { } due ? visit.Date(due) : "-")), StatusCodes.Status409Conflict),
            RejectionCode.NoStatutoryClock => (texts.NoDeadlineTitle, texts.NoDeadlineBody, StatusCodes.Status409Conflict),
            RejectionCode.UnknownSource => (texts.NothingWaitingTitle, texts.NothingWaitingBody, StatusCodes.Status409Conflict),
            RejectionCode.NotFound => (texts.GoneTitle, texts.GoneBody, StatusCodes.Status410Gone),
            RejectionCode.InvalidInput => (texts.InvalidInputTitle, rejection.Message, StatusCodes.Status400BadRequest),
            _ => (texts.NotNowTitle, Placeholders.Fill(texts.NotNowBody, ("stage", stage)), StatusCodes.Status409Conflict),
        };
        return LinkPages.Message(visit.Language, title, status, visit.SwitchPath, body);
    }
}
