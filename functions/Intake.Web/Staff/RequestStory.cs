using Intake.Core.Audit;
using Intake.Core.Process;
using Intake.Core.Process.Events;
using Intake.Core.Records;

namespace Intake.Web.Staff;

/// <summary>Everything the detail page tells about one request, read once per view.</summary>
public sealed record RequestStory(
    RequestState State,
    IReadOnlyList<AuditRecord> Trail,
    AuditVerification Verification,
    IReadOnlyList<(int Sequence, RequestEvent Event)> Events,
    IReadOnlyDictionary<string, DateTimeOffset> SpentLinks,
    IReadOnlyList<ViewEntry> Views)
{
    public IReadOnlyList<StoryMail> Mails { get; } = RequestMails.Of(State, Events, SpentLinks, Views);
}
