using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Adapters.Recipients;

/// <summary>
/// The effect "notify recipients" after a rectification, erasure or restriction (Art 19):
/// the receipts say which sources were changed; <paramref name="EffectId"/> makes a repeated
/// effect send nothing twice.
/// </summary>
public sealed record RecipientNotice(
    RequestId Request,
    ControllerId Controller,
    RequestType Type,
    PersonKeys Person,
    Rectification? Rectification,
    IReadOnlyList<SourceReceipt> Receipts,
    string EffectId,
    Language Language,
    DateTimeOffset Now);
