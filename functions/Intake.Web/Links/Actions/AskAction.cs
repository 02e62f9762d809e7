using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>Staff ask the person for what they need to act; the question is mailed as written.</summary>
public sealed class AskAction : StaffAction
{
    public const string QuestionField = "question";
    public const int MaxQuestionLength = 2000;

    public override string Name => LinkNames.AskForInformation;

    public override string Title(LinkVisit visit) => visit.Staff.AskTitle;

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(input);
return new LinkForm(Intro(visit, visit.Staff.AskIntro), AskForm.Fields(visit, input));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var (question, error) = FormText.Read(form, QuestionField, MaxQuestionLength, visit.Staff.QuestionRequired, visit.Texts);
        return Task.FromResult(error is not null
            ? ActionBinding.Invalid([error])
            : ActionBinding.To(new AskForInformation(visit.Now, visit.Actor, question)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkOutcome(visit.Staff.AskDoneTitle, [visit.Staff.AskDoneBody]);
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new AskForInformation(visit.Now, visit.Actor, "?");
}
