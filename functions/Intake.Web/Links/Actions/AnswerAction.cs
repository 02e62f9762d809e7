using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Tokens;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>The person answers the question staff asked; the answer goes back to staff for review.</summary>
public sealed class AnswerAction : LinkAction
{
    public const string AnswerField = "answer";

    /// <summary>Enough for a careful answer; a request for information asks for a fact or two.</summary>
    public const int MaxAnswerLength = 5000;

    public override string Name => LinkNames.Answer;

    public override TokenAudience Audience => TokenAudience.Person;

    public override string Title(LinkVisit visit) => visit.Texts.AnswerTitle;

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(input);
        return new LinkForm(AnswerForm.Intro(visit), AnswerForm.Fields(visit, input));
    }

    public override Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(form);
        var (answer, error) = FormText.Read(form, AnswerField, MaxAnswerLength, visit.Texts.AnswerRequired, visit.Texts);
        if (error is not null)
        {
            return Task.FromResult(ActionBinding.Invalid([error]));
        }

        return Task.FromResult(ActionBinding.To(new ProvideInformation(visit.Now, Actor.Person, answer)));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new LinkOutcome(visit.Texts.AnswerDoneTitle, [visit.Texts.AnswerDoneBody, visit.Texts.StatusPageHint]);
    }

    protected override RequestCommand? Probe(LinkVisit visit) => new ProvideInformation(visit.Now, Actor.Person, "?");
}
