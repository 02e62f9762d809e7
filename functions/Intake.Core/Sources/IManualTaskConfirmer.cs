namespace Intake.Core.Sources;

/// <summary>Records what staff confirmed for a manual task: the optional uploaded file first, then the receipt that points at it.</summary>
public interface IManualTaskConfirmer
{
    /// <exception cref="ArgumentException">The confirmation has problems (see <see cref="ManualTaskConfirmation.Problems"/>); check before calling.</exception>
    Task<SourceReceipt> ConfirmAsync(ManualTaskConfirmation confirmation, Stream? file, string? fileName, DateTimeOffset now, CancellationToken cancellationToken = default);
}
