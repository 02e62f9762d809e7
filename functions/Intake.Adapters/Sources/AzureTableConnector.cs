using Azure.Data.Tables;
using Intake.Core.DataMaps;

namespace Intake.Adapters.Sources;

/// <summary>Azure Table sources; the storage connection string comes from <c>ConnectionStrings:&lt;connection&gt;</c>.</summary>
public sealed class AzureTableConnector(SourceSecrets secrets) : RecordSourceConnector
{
    public override string Kind => SourceKindNames.AzureTable;

    private protected override Task<IRecordSession> OpenAsync(SourceDefinition source, bool write, CancellationToken cancellationToken)
    {
        var table = new TableServiceClient(secrets.ConnectionString(source.Connection!)).GetTableClient(source.Table!);
        return Task.FromResult<IRecordSession>(new TableRecordSession(table, source));
    }
}
