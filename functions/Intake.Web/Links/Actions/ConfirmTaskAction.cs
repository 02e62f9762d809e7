using System.Globalization;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Sources;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Links.Actions;

/// <summary>
/// Staff record what they found and did in a source only a person can work in (or one that kept
/// failing): outcome, counts, data kept with its legal ground, a note, and optionally a file as
/// proof. <see cref="IManualTaskConfirmer"/> stores the file and the receipt in the evidence store;
/// the receipt then finishes the source's task in the process.
/// </summary>
public sealed class ConfirmTaskAction : StaffAction
{
    public const string SourceField = "source";
    public const string OutcomeField = "outcome";
    public const string RowsFoundField = "rows-found";
    public const string RowsAffectedField = "rows-affected";
    public const string KeptCategoryField = "kept-category";
    public const string KeptGroundField = "kept-ground";
    public const string KeptUntilField = "kept-until";
    public const string NoteField = "note";
    public const string FileField = "file";
    public const int MaxNoteLength = 4000;
    public const int MaxShortText = 300;

    /// <summary>A screenshot or a small export from the other system; anything larger belongs in that system.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private static readonly SourceOutcome[] FinalOutcomes =
        [SourceOutcome.NotFound, SourceOutcome.Exported, SourceOutcome.Applied, SourceOutcome.PartlyKept, SourceOutcome.Kept, SourceOutcome.NotSupported];

    public override string Name => LinkNames.ConfirmTask;

    // The file plus the form's text fields and multipart framing.
    public override long MaxBodyBytes => MaxFileBytes + DefaultMaxBodyBytes;

    public override string Title(LinkVisit visit) => visit.Staff.ConfirmTitle;

    public override LinkForm Render(LinkVisit visit, LinkFormInput input)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(input);
        var tasks = Waiting(visit.State).ToList();
        var outcomes = FinalOutcomes.Select(outcome => new Choice(outcome.ToString(), visit.Staff.OutcomeNames[outcome])).ToList();
        return new LinkForm(ConfirmTaskForm.Intro(visit, tasks), ConfirmTaskForm.Fields(visit, input, tasks, outcomes), TakesFiles: true);
    }

    public override async Task<ActionBinding> BindAsync(LinkVisit visit, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(form);
        var staff = visit.Staff;
        var errors = new List<FieldError>();
        var task = Waiting(visit.State).FirstOrDefault(t => t.SourceId == form[SourceField].ToString());
        if (task is null)
        {
            errors.Add(new FieldError(SourceField, staff.SourceRequired));
        }

        var posted = form[OutcomeField].ToString();
        var outcome = FinalOutcomes.Where(o => o.ToString() == posted).Select(o => (SourceOutcome?)o).FirstOrDefault();
        if (outcome is null)
        {
            errors.Add(new FieldError(OutcomeField, staff.OutcomeRequired));
        }

        var found = Count(form, RowsFoundField, staff.NumberInvalid, errors);
        var affected = Count(form, RowsAffectedField, staff.NumberInvalid, errors);
        if (found is { } f && affected is { } a && a > f)
        {
            errors.Add(new FieldError(RowsAffectedField, staff.RowsInconsistent));
        }

        var kept = Kept(visit, form, outcome, (found ?? 0) - (affected ?? 0), errors);
        var (note, noteError) = FormText.Read(form, NoteField, MaxNoteLength, staff.NoteRequired, visit.Texts);
        if (noteError is not null)
        {
            errors.Add(noteError);
        }

        if (errors.Count > 0)
        {
            return ActionBinding.Invalid(errors);
        }

        var confirmation = new ManualTaskConfirmation(visit.Id, task!.SourceId, task.Action, outcome!.Value, found!.Value, affected!.Value, kept, note);
        if (confirmation.Problems() is { Count: > 0 } problems)
        {
            return ActionBinding.Invalid([.. problems.Select(problem => new FieldError(string.Empty, problem))]);
        }

        var file = form.Files.GetFile(FileField) is { Length: > 0 } upload ? upload : null;
        await using var content = file?.OpenReadStream();
        var receipt = await visit.TaskConfirmer.ConfirmAsync(confirmation, content, file?.FileName, visit.Now, cancellationToken);
        return ActionBinding.To(new ConfirmSourceTask(visit.Now, visit.Actor, receipt));
    }

    public override LinkOutcome Done(LinkVisit visit, RequestState after)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(after);
        return new LinkOutcome(visit.Staff.ConfirmDoneTitle, [Placeholders.Fill(visit.Staff.ConfirmDoneBody, ("stage", visit.Stage(after.Stage)))]);
    }

    protected override RequestCommand? Probe(LinkVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return Waiting(visit.State).FirstOrDefault() is { } task
            ? new ConfirmSourceTask(visit.Now, visit.Actor, new SourceReceipt(task.SourceId, task.Action, SourceOutcome.NotFound, 0, 0, [], "?", null, visit.Now))
            : null;
    }

    /// <summary>Sources staff may confirm by hand: manual ones waiting for them, and ones that failed on every try.</summary>
    private static IEnumerable<SourceTask> Waiting(RequestState state) =>
        state.Tasks.Values
            .Where(task => task.Status is SourceTaskStatus.AwaitingStaff or SourceTaskStatus.Flagged)
            .OrderBy(task => task.SourceId, StringComparer.Ordinal);

    private static int? Count(IFormCollection form, string field, string invalid, List<FieldError> errors)
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new FieldError(field, invalid));
        return null;
    }

    /// <summary>Kept data is asked for when the outcome keeps some, or when staff filled any of its fields.</summary>
    private static IReadOnlyList<KeptData> Kept(LinkVisit visit, IFormCollection form, SourceOutcome? outcome, int keptRows, List<FieldError> errors)
    {
        var staff = visit.Staff;
        var (category, categoryError) = FormText.Read(form, KeptCategoryField, MaxShortText, null, visit.Texts);
        var (ground, groundError) = FormText.Read(form, KeptGroundField, MaxShortText, null, visit.Texts);
        var until = form[KeptUntilField].ToString().Trim();
        errors.AddRange(new[] { categoryError, groundError }.OfType<FieldError>());
        var keeps = outcome is SourceOutcome.PartlyKept or SourceOutcome.Kept;
        if (!keeps && category.Length == 0 && ground.Length == 0 && until.Length == 0)
        {
            return [];
        }

        if (category.Length == 0 || ground.Length == 0)
        {
            errors.Add(new FieldError(category.Length == 0 ? KeptCategoryField : KeptGroundField, staff.KeptRequired));
        }

        DateOnly? keptUntil = null;
        if (until.Length > 0)
        {
            if (DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                keptUntil = date;
            }
            else
            {
                errors.Add(new FieldError(KeptUntilField, staff.DateInvalid));
            }
        }

        return [new KeptData(category, Math.Max(keptRows, 0), ground, keptUntil)];
    }
}
