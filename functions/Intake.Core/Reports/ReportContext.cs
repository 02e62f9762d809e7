using Intake.Core.DataMaps;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Reports;

/// <summary>What report.html is written from: the controller's map, the request and the sources' receipts.</summary>
public sealed record ReportContext(
    DataMap Map,
    RequestId Request,
    RequestType Type,
    Language Language,
    DateTimeOffset CreatedAt,
    IReadOnlyList<SourceReceipt> Receipts)
{
    public ReportLabels Labels => ReportLabels.For(Language);

    public bool IsPortability => Type == RequestType.Portability;
}
