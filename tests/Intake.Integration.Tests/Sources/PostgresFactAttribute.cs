namespace Intake.Integration.Tests.Sources;

/// <summary>
/// A test that needs a PostgreSQL server: it runs when INTAKE_POSTGRES holds a connection string
/// and is reported as skipped, with that reason, otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "INTAKE_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"Set {Variable} to a PostgreSQL connection string to run this test.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
