using Intake.Core.Process;
using Intake.Core.Process.Events;
using Intake.Core.Process.Texts;
using Intake.Core.Requests;
using Intake.Web.Links;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Staff;

public sealed partial class DetailDecisions
{
    [Parameter, EditorRequired]
    public RequestDetailView View { get; set; } = default!;

    /// <summary>The events that are decisions, in order; the rest of the timeline is not repeated here.</summary>
    private List<Decision> Entries()
    {
        var entries = new List<Decision>();
        foreach (var (_, e) in View.Story.Events)
        {
            if (Describe(e) is { } decision)
            {
                entries.Add(decision);
            }
        }

        return entries;
    }

    private Decision? Describe(RequestEvent e)
    {
        var words = View.Words;
        var staff = View.Staff;
        var actor = TimelineSentences.Actor(e.Actor.ToString(), staff, View.Source);
        Decision Said(string sentence) => new(e.At, actor, sentence);
        Decision Quoting(string sentence, string? text, string? lead = null) => new(e.At, actor, sentence, Quoted: true, lead, text);
        return e switch
        {
            ReviewApproved a => Said(Approved(a)),
            RequestRefused r => Quoting(
                Placeholders.Fill(words.DecisionRefused, ("ground", staff.GroundNames[r.Ground])),
                string.IsNullOrWhiteSpace(r.Detail) ? null : r.Detail,
                RefusalGroundTexts.Describe(r.Ground, staff.Language)),
            DeadlineExtended d => Quoting(Placeholders.Fill(words.DecisionExtended, ("date", View.Date(d.ExtendedDueDate))), d.Reason),
            InformationRequested q => Quoting(words.DecisionAsked, q.Question),
            InformationProvided p => Quoting(words.DecisionAnswered, p.Answer),
            ExportReleased => Said(words.DecisionReleased),
            RequestWithdrawn => Said(words.DecisionWithdrawn),
            ContactHandled h => string.IsNullOrWhiteSpace(h.Note) ? Said(words.DecisionHandled) : Quoting(words.DecisionHandled, h.Note),
            ErrorRetried => Said(words.DecisionRetried),
            SourceTaskFinished f when f.Actor.Kind == ActorKind.Staff => string.IsNullOrWhiteSpace(f.Receipt.Note)
                ? Said(Placeholders.Fill(words.DecisionConfirmedTask, ("source", View.Source(f.Receipt.SourceId))))
                : Quoting(Placeholders.Fill(words.DecisionConfirmedTask, ("source", View.Source(f.Receipt.SourceId))), f.Receipt.Note),
            _ => null,
        };
    }

    private string Approved(ReviewApproved approved)
    {
        var words = View.Words;
        var sentence = Placeholders.Fill(words.DecisionApproved, ("type", View.Texts.TypeNames[approved.Type]));
        if (approved.MandateChecked)
        {
            sentence += " " + words.DecisionMandateChecked;
        }

        if (approved.ConfirmedIdentifiers is { Count: > 0 } confirmed)
        {
            sentence += " " + Placeholders.Fill(words.DecisionIdentifiersConfirmed, ("identifiers", string.Join(", ", confirmed.Select(kind => kind.WireName()))));
        }

        return sentence;
    }

    /// <param name="Quoted">Whether a quote follows the sentence: the reason or words as written, even when empty.</param>
    /// <param name="QuoteLead">What the quote starts with before the written words (a refusal's ground in full).</param>
    /// <param name="QuoteText">The words as written, their line breaks kept.</param>
    private sealed record Decision(DateTimeOffset At, string Actor, string Sentence, bool Quoted = false, string? QuoteLead = null, string? QuoteText = null);
}
