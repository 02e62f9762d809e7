using Intake.Adapters.Export;
using Intake.Adapters.Recipients;
using Intake.Adapters.Sources;
using Intake.Adapters.Suppression;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Process.Effects;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Submissions;

namespace Intake.Adapters.Effects;

/// <summary>
/// Carries out the process's effects for both drivers. Each is idempotent by its id: the mail port
/// de-duplicates by effect id, the source runner returns a finished job's stored receipt, blob
/// deletes ignore what is gone, the repeat index upserts one entry per request. Work on a request that closed meanwhile is skipped, except mails,
/// which tell the person what was decided.
/// </summary>
public sealed class EffectExecutor(
    MailComposer mails,
    IMailSender sender,
    DataMapCatalog maps,
    SourceTaskRunner sources,
    ExportAssembler exports,
    RecipientNotifier recipients,
    SuppressionList suppression,
    IRecordPurger purger,
    IRepeatIndex repeats,
    TimeProvider time) : IEffectExecutor
{
    public async Task<RequestCommand?> ExecuteAsync(RequestState state, Effect effect, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(effect);
        var now = time.GetUtcNow();
        var request = state.Request ?? throw new InvalidOperationException("An effect for a request that does not exist.");
        switch (effect)
        {
            case SendMail mail:
                await sender.SendAsync(mails.Compose(state, mail, now), mail.Id, cancellationToken);
                return null;

            case RunSource run when !state.Stage.IsClosed():
                return await RunSourceAsync(state, request, run, now, cancellationToken);

            case AssembleExport when !state.Stage.IsClosed():
                var summary = await exports.AssembleAsync(
                    new ExportJob(state.Id, request.Controller, state.Type, request.Language, Receipts(state), now),
                    cancellationToken);
                return new RecordExport(time.GetUtcNow(), Actor.System, summary);

            case NotifyRecipients notify when !state.Stage.IsClosed():
                var told = await recipients.NotifyAsync(
                    new RecipientNotice(state.Id, request.Controller, state.Type, PersonKeys.Proved(state), Rectification(request), Receipts(state), notify.Id, request.Language, now),
                    cancellationToken);
                return new RecordRecipientsNotified(time.GetUtcNow(), Actor.System, told);

            case AddToSuppressionList:
                await suppression.AddAsync(request.Controller, request.Subject.Email, cancellationToken);
                return null;

            case DeleteExport delete:
                await exports.Container.DeleteBlobIfExistsAsync(delete.BlobName, cancellationToken: cancellationToken);
                return null;

            case PurgeRecord:
                await purger.PurgeAsync(state.Id, cancellationToken);
                return null;

            case RecordVerifiedRequest verified:
                // The index keys the entry by request and time, so a re-run writes the same entry.
                await repeats.RecordAsync(request.Controller, request.Subject.Email, verified.Type, state.Id, verified.ReceivedAt, cancellationToken);
                return null;

            default:
                // Source work for a request closed meanwhile (e.g. withdrawn): nothing to do.
                return null;
        }
    }

    private async Task<RequestCommand> RunSourceAsync(RequestState state, NewRequest request, RunSource run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var map = maps.Get(request.Controller);
        var source = map.FindSource(run.SourceId)
            ?? throw new InvalidOperationException($"Source '{run.SourceId}' is not in the data map of '{request.Controller}'.");
        var job = new SourceJob(state.Id, request.Controller, source, run.Action, PersonKeys.Proved(state), Rectification(request), now)
        {
            Language = request.Language,
        };
        try
        {
            var receipt = await sources.RunAsync(job, cancellationToken);
            return new RecordSourceReceipt(time.GetUtcNow(), Actor.System, receipt);
        }
        catch (SourceFailedException e)
        {
            // The runner's own quick retries are spent; the process decides when to try again.
            return new RecordSourceFailure(time.GetUtcNow(), Actor.System, run.SourceId, e.Message);
        }
    }

    private static Rectification? Rectification(NewRequest request) =>
        request.Details is { WrongValue: { Length: > 0 } wrong, CorrectValue: { Length: > 0 } correct } ? new Rectification(wrong, correct) : null;

    private static IReadOnlyList<SourceReceipt> Receipts(RequestState state) =>
        state.Tasks.Values.Select(task => task.Receipt).OfType<SourceReceipt>().ToList();
}
