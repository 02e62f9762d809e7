using Intake.Core.DataMaps;
using Intake.Core.Retention;
using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>
/// The actions for stores we read and change ourselves (SQL, Azure Tables), written once: find the
/// person's rows, then export, erase (keeping and restricting what a retention rule holds),
/// rectify, restrict, stop marketing or withdraw consent, and say in the receipt what happened.
/// </summary>
public abstract class RecordSourceConnector : IDataSourceConnector
{
    public abstract string Kind { get; }

    public async Task<SourceReceipt> RunAsync(SourceJob job, IEvidenceWriter evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!job.Source.Supports(job.Action))
        {
            return Receipt(job, SourceOutcome.NotSupported, 0, 0, [], $"The source does not support {job.Action}.");
        }

        await using var session = await OpenAsync(job.Source, write: job.Action != SourceAction.Export, cancellationToken);
        var receipt = job.Action switch
        {
            SourceAction.Export => await ExportAsync(job, session, evidence, cancellationToken),
            SourceAction.Erase => await EraseAsync(job, session, cancellationToken),
            SourceAction.Rectify => await RectifyAsync(job, session, cancellationToken),
            SourceAction.Restrict => await AssignAsync(job, session, job.Source.Actions.Restrict!, cancellationToken),
            SourceAction.SuppressMarketing => await AssignAsync(job, session, job.Source.Actions.Suppress!, cancellationToken),
            SourceAction.WithdrawConsent => await AssignAsync(job, session, job.Source.Actions.WithdrawConsent!, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(job), job.Action, null),
        };
        await session.CommitAsync(cancellationToken);
        return receipt;
    }

    private protected abstract Task<IRecordSession> OpenAsync(SourceDefinition source, bool write, CancellationToken cancellationToken);

    private static async Task<SourceReceipt> ExportAsync(SourceJob job, IRecordSession session, IEvidenceWriter evidence, CancellationToken cancellationToken)
    {
        await using var rows = await evidence.OpenRowsAsync(job.Request, job.Source.Id, cancellationToken);
        await foreach (var stored in session.FindAsync(job.Person, cancellationToken))
        {
            await rows.WriteAsync(RowProjection.RedactOthersData(job.Source, stored.Row), cancellationToken);
        }

        await rows.CompleteAsync(cancellationToken);
        return Receipt(job, ReceiptOutcome.For(job.Action, rows.Rows, 0), rows.Rows, rows.Rows, [], null) with { EvidenceBlob = rows.BlobName };
    }

    private static async Task<SourceReceipt> EraseAsync(SourceJob job, IRecordSession session, CancellationToken cancellationToken)
    {
        var plan = job.Source.Actions.Erase!;
        var erase = new List<FoundRow>();
        var keep = new List<FoundRow>();
        var kept = new KeptDataSummary();
        await foreach (var stored in session.FindAsync(job.Person, cancellationToken))
        {
            if (RetentionEvaluator.Evaluate(job.RetentionRules, stored.Row, job.Today) is { } decision)
            {
                kept.Add(decision);
                keep.Add(stored);
            }
            else
            {
                erase.Add(stored);
            }
        }

        var blanks = plan.Columns.ToDictionary(c => c, _ => (object?)null, StringComparer.Ordinal);
        foreach (var row in erase)
        {
            if (plan.Method == ErasureMethod.DeleteRows)
            {
                await session.DeleteAsync(row, cancellationToken);
            }
            else
            {
                await session.UpdateAsync(row, blanks, cancellationToken);
            }
        }

        // Kept rows are restricted: stored only, used for nothing but the ground that keeps them.
        if (keep.Count > 0 && job.Source.Actions.Restrict is { } restrict)
        {
            foreach (var row in keep)
            {
                await session.UpdateAsync(row, restrict.Values, cancellationToken);
            }
        }

        var found = erase.Count + keep.Count;
        var note = plan.Method == ErasureMethod.BlankColumns && erase.Count > 0
            ? "Personal columns were blanked: " + string.Join(", ", plan.Columns) + "."
            : null;
        return Receipt(job, ReceiptOutcome.For(job.Action, found, keep.Count), found, erase.Count, kept.ToKeptData(job.Language), note);
    }

    private static async Task<SourceReceipt> RectifyAsync(SourceJob job, IRecordSession session, CancellationToken cancellationToken)
    {
        if (job.Rectification is not { } rectification)
        {
            return Receipt(job, SourceOutcome.NotSupported, 0, 0, [], "No wrong and correct value were given.");
        }

        var rectifiable = job.Source.Actions.RectifiableColumns!;
        var columns = rectification.Column is null
            ? rectifiable
            : rectifiable.Where(c => string.Equals(c, rectification.Column, StringComparison.OrdinalIgnoreCase)).ToList();
        if (columns.Count == 0)
        {
            return Receipt(job, SourceOutcome.NotSupported, 0, 0, [], "The named field cannot be rectified in this source.");
        }

        var wrong = rectification.WrongValue.Trim();
        var changes = new List<(FoundRow Row, Dictionary<string, object?> Values)>();
        var found = 0;
        await foreach (var stored in session.FindAsync(job.Person, cancellationToken))
        {
            found++;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                var current = stored.Row.Get(column);
                if (current is not null && string.Equals(CellValue.Format(current).Trim(), wrong, StringComparison.OrdinalIgnoreCase))
                {
                    values[ActualName(stored.Row, column)] = rectification.CorrectValue;
                }
            }

            if (values.Count > 0)
            {
                changes.Add((stored, values));
            }
        }

        foreach (var (row, values) in changes)
        {
            await session.UpdateAsync(row, values, cancellationToken);
        }

        var note = found > 0 && changes.Count == 0
            ? "No rectifiable field held the value stated as wrong; nothing was changed. Staff should check."
            : null;
        return Receipt(job, ReceiptOutcome.For(job.Action, found, 0), found, changes.Count, [], note);
    }

    private static async Task<SourceReceipt> AssignAsync(SourceJob job, IRecordSession session, ColumnAssignment assignment, CancellationToken cancellationToken)
    {
        var rows = new List<FoundRow>();
        await foreach (var stored in session.FindAsync(job.Person, cancellationToken))
        {
            rows.Add(stored);
        }

        foreach (var row in rows)
        {
            await session.UpdateAsync(row, assignment.Values, cancellationToken);
        }

        return Receipt(job, ReceiptOutcome.For(job.Action, rows.Count, 0), rows.Count, rows.Count, [], null);
    }

    private static string ActualName(SourceRow row, string column) =>
        row.Fields.FirstOrDefault(f => string.Equals(f.Key, column, StringComparison.OrdinalIgnoreCase)).Key ?? column;

    private static SourceReceipt Receipt(SourceJob job, SourceOutcome outcome, int found, int affected, IReadOnlyList<KeptData> kept, string? note) =>
        new(job.Source.Id, job.Action, outcome, found, affected, kept, note, null, job.Now);
}
