using System.Globalization;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Sources;
using Intake.Web.Pages;
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
        var staff = visit.Staff;
        var tasks = Waiting(visit.State).ToList();
        var source = tasks.Count == 1
            ? FormHtml.Hidden(SourceField, tasks[0].SourceId)
            : FormHtml.Radios(
                SourceField,
                staff.SourceLegend,
                null,
                tasks.Select(task => new Choice(task.SourceId, visit.SourceName(task.SourceId), staff.ActionNames[task.Action])).ToList(),
                input.Value(SourceField),
                input.ErrorFor(SourceField),
                required: true);
        var outcomes = FinalOutcomes.Select(outcome => new Choice(outcome.ToString(), staff.OutcomeNames[outcome])).ToList();
        var fields = Html.Of($"""
            {source}
            {FormHtml.Radios(OutcomeField, staff.OutcomeLegend, null, outcomes, input.Value(OutcomeField), input.ErrorFor(OutcomeField), required: true)}
            {FormHtml.TextInput(RowsFoundField, staff.RowsFoundLabel, null, Or(input.Value(RowsFoundField), "0"), input.ErrorFor(RowsFoundField), required: true, inputMode: "numeric")}
            {FormHtml.TextInput(RowsAffectedField, staff.RowsAffectedLabel, null, Or(input.Value(RowsAffectedField), "0"), input.ErrorFor(RowsAffectedField), required: true, inputMode: "numeric")}
            <fieldset>
            <legend>{staff.KeptLegend}</legend>
            {FormHtml.TextInput(KeptCategoryField, staff.KeptCategoryLabel, null, input.Value(KeptCategoryField), input.ErrorFor(KeptCategoryField), required: false)}
            {FormHtml.TextInput(KeptGroundField, staff.KeptGroundLabel, staff.KeptGroundHint, input.Value(KeptGroundField), input.ErrorFor(KeptGroundField), required: false)}
            {FormHtml.TextInput(KeptUntilField, staff.KeptUntilLabel, null, input.Value(KeptUntilField), input.ErrorFor(KeptUntilField), required: false)}
            </fieldset>
            {FormHtml.TextArea(NoteField, staff.NoteLabel, staff.NoteHint, input.Value(NoteField), input.ErrorFor(NoteField), MaxNoteLength, required: true)}
            {FormHtml.File(FileField, staff.FileLabel, Placeholders.Fill(staff.FileHint, ("limit", LinkPages.Size(MaxFileBytes))), input.ErrorFor(FileField), ".pdf,.png,.jpg,.jpeg,.csv,.txt,application/pdf,image/png,image/jpeg,text/csv,text/plain")}
            {FormHtml.Submit(staff.ConfirmButton)}
            """);
        return new LinkForm(Html.Of($"{FormHtml.Paragraph(staff.ConfirmIntro)}\n{Tasks(visit, tasks)}\n{Facts(visit)}"), fields, TakesFiles: true);
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
        return new LinkOutcome(visit.Staff.ConfirmDoneTitle, FormHtml.Paragraph(Placeholders.Fill(visit.Staff.ConfirmDoneBody, ("stage", visit.Stage(after.Stage)))));
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

    /// <summary>Each waiting source with the action asked of it and the data map's instructions in the staff language.</summary>
    private static HtmlContent Tasks(LinkVisit visit, IReadOnlyList<SourceTask> tasks)
    {
        var staff = visit.Staff;
        var items = tasks.Select(task =>
        {
            var instructions = visit.Maps is not null && visit.Maps.TryGet(visit.State.Controller, out var map) && map?.FindSource(task.SourceId)?.Instructions is { } text
                ? text.For(visit.Language)
                : null;
            return Html.Of($"""
                <h2>{visit.SourceName(task.SourceId)}</h2>
                {FormHtml.Facts([(staff.ActionLabel, Html.Text(staff.ActionNames[task.Action])), (staff.InstructionsLabel, instructions is null ? null : Html.Lines(instructions)), (staff.LastErrorLabel, task.LastError is null ? null : Html.Lines(task.LastError))])}
                """);
        });
        return Html.Join(items);
    }

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

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;
}
