using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Adapters.Export;

/// <summary>
/// The effect "assemble the export": which request, in which language, and the receipts of the
/// export jobs (rows are read from the evidence store, never passed in).
/// </summary>
/// <param name="Type"><see cref="RequestType.Access"/> (everything, others' data redacted) or <see cref="RequestType.Portability"/> (the Art 20 subset).</param>
public sealed record ExportJob(
    RequestId Request,
    ControllerId Controller,
    RequestType Type,
    Language Language,
    IReadOnlyList<SourceReceipt> Receipts,
    DateTimeOffset Now);
