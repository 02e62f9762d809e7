using Intake.Core.DataMaps;
using Npgsql;

namespace Intake.Adapters.Sources;

/// <summary>PostgreSQL sources (Npgsql); the connection string comes from <c>ConnectionStrings:&lt;connection&gt;</c>.</summary>
public sealed class PostgresConnector(SourceSecrets secrets) : RecordSourceConnector
{
    public override string Kind => SourceKindNames.Postgres;

    private protected override async Task<IRecordSession> OpenAsync(SourceDefinition source, bool write, CancellationToken cancellationToken) =>
        await SqlRecordSession.OpenAsync(new NpgsqlConnection(secrets.ConnectionString(source.Connection!)), source, write, cancellationToken);
}
