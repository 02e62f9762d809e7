using Intake.Core.DataMaps;
using Microsoft.Data.Sqlite;

namespace Intake.Adapters.Sources;

/// <summary>SQLite sources (Microsoft.Data.Sqlite); the connection string comes from <c>ConnectionStrings:&lt;connection&gt;</c>.</summary>
public sealed class SqliteConnector(SourceSecrets secrets) : RecordSourceConnector
{
    public override string Kind => SourceKindNames.Sqlite;

    private protected override async Task<IRecordSession> OpenAsync(SourceDefinition source, bool write, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(secrets.ConnectionString(source.Connection!))
        {
            // A missing file is a configuration error, not an empty source: never create one.
            Mode = SqliteOpenMode.ReadWrite,
            DefaultTimeout = 30,
        };
        return await SqlRecordSession.OpenAsync(new SqliteConnection(builder.ToString()), source, write, cancellationToken);
    }
}
