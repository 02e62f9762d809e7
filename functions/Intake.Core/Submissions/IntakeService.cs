using System.Security.Cryptography;
using Intake.Core.Deadlines;
using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;

namespace Intake.Core.Submissions;

/// <summary>
/// Opens requests from every channel the same way: the controller's deadline rules and sources, the
/// policy snapshot, the repeat check, a fresh reference — then hands the opening command to the
/// engine through the gateway. The repeat index is only read here: a request is counted in it by
/// the process once its identity is verified (<see cref="Process.Effects.RecordVerifiedRequest"/>).
/// </summary>
public sealed class IntakeService(IRequestGateway gateway, IControllerCatalog catalog, IRepeatIndex repeats, IntakeOptions options, TimeProvider time)
{
    public IControllerCatalog Catalog => catalog;

    public Task<IntakeResult> OpenAsync(NewRequest request, CancellationToken cancellationToken = default) =>
        OpenAsync(request, NewId(), cancellationToken);

    /// <summary>A fresh reference, for a caller that must store something under it before opening (an uploaded mandate, an idempotency claim).</summary>
    public static RequestId NewId() => RequestId.FromRandomBytes(RandomNumberGenerator.GetBytes(8));

    /// <summary>
    /// Opens a request under a reference the caller chose with <see cref="NewId"/>. Lets a channel
    /// store files under the reference first and record it against an idempotency key, so a
    /// retried call can be answered with the same reference.
    /// </summary>
    public async Task<IntakeResult> OpenAsync(NewRequest request, RequestId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var controller = catalog.Find(request.Controller);
        if (controller is null)
        {
            return IntakeResult.Refused(new Rejection(RejectionCode.InvalidInput, $"Unknown controller '{request.Controller}'."));
        }

        var now = time.GetUtcNow();
        var prior = request.Type.HasStatutoryClock()
            ? await repeats.CountSinceAsync(request.Controller, request.Subject.Email, request.Type, now - options.RepeatWindow, cancellationToken)
            : 0;
        var command = new SubmitRequest(
            now,
            Actor.Person,
            id,
            request,
            options.Policy,
            new DeadlinePolicy(controller.CalendarCode, controller.TimeZoneId, options.ClockPolicy),
            catalog.SourcesFor(request.Controller),
            prior);
        var result = await gateway.SubmitAsync(command, cancellationToken);
        if (result.Outcome is not (GatewayOutcome.Accepted or GatewayOutcome.Queued))
        {
            return IntakeResult.Refused(result.Rejection ?? new Rejection(RejectionCode.InvalidInput, "The request could not be opened."));
        }

        return IntakeResult.Opened(id, result.Outcome);
    }
}
