using Intake.Core.Notifications;
using Intake.Core.Process.Effects;
using Intake.Core.Process.Events;

namespace Intake.Core.Process;

/// <summary>
/// Collects the events and effects of one decision while keeping the state they lead to, so a
/// handler can look at "the state so far" after each event. Effect ids take the sequence number
/// of the event that caused them.
/// </summary>
internal sealed class DecisionBuilder(RequestState start)
{
    private readonly List<RequestEvent> events = [];
    private readonly List<Effect> effects = [];

    public RequestState State { get; private set; } = start;

    public DecisionBuilder Emit(RequestEvent @event)
    {
        events.Add(@event);
        State = RequestEvolver.Evolve(State, @event);
        return this;
    }

    public string EffectId(string kind, string? target = null) => EffectIds.For(State.Id, State.Version, kind, target);

    public DecisionBuilder Run(Func<string, Effect> effect, string kind, string? target = null)
    {
        effects.Add(effect(EffectId(kind, target)));
        return this;
    }

    public DecisionBuilder Mail(MailKind kind, MailAudience audience, MailFacts facts, string? target = null)
    {
        effects.Add(new SendMail(EffectId("mail-" + kind, target), kind, audience, facts));
        return this;
    }

    public DecisionBuilder MailPerson(MailKind kind, MailFacts facts) => Mail(kind, MailAudience.Person, facts);

    public DecisionBuilder MailStaff(MailKind kind, MailFacts facts, string? target = null) => Mail(kind, MailAudience.Staff, facts, target);

    public Decision Build() => Decision.Accept(events, effects);
}
