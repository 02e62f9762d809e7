namespace Intake.Integration.Tests.Sources;

/// <summary>
/// A test that needs a PostgreSQL server: it runs when INTAKE_POSTGRES holds a connection string
/// (test.sh sets it to a throwaway cluster it starts) and is reported as skipped, with the
/// reason, otherwise.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "INTAKE_POSTGRES";

    /// <summary>Why test.sh could not provide a server, when it tried.</summary>
    public const string SkipReasonVariable = "INTAKE_POSTGRES_SKIP_REASON";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            var reason = Environment.GetEnvironmentVariable(SkipReasonVariable);
            Skip = string.IsNullOrWhiteSpace(reason)
                ? $"Set {Variable} to a PostgreSQL connection string, or run ./test.sh, which starts a throwaway cluster where PostgreSQL's server binaries are installed."
                : $"No PostgreSQL for this run: {reason}.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
