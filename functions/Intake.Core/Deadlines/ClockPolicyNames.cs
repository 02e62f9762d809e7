namespace Intake.Core.Deadlines;

/// <summary>
/// The stable names of <see cref="ClockPolicy"/> values (<c>runs</c>, <c>paused-until-verified</c>)
/// used in configuration, the command line, JSON and explanations.
/// </summary>
public static class ClockPolicyNames
{
    public const string Runs = "runs";
    public const string PausedUntilVerified = "paused-until-verified";

    /// <summary>All names, in declaration order of the enum.</summary>
    public static IReadOnlyList<string> All { get; } = [Runs, PausedUntilVerified];

    /// <summary>The name of a policy.</summary>
    public static string Of(ClockPolicy policy) => policy switch
    {
        ClockPolicy.Runs => Runs,
        ClockPolicy.PausedUntilVerified => PausedUntilVerified,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Not a clock policy."),
    };

    /// <summary>Reads a name (case-insensitive) back to the policy.</summary>
    public static bool TryParse(string? name, out ClockPolicy policy)
    {
        foreach (var candidate in Enum.GetValues<ClockPolicy>())
        {
            if (string.Equals(Of(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                policy = candidate;
                return true;
            }
        }

        policy = default;
        return false;
    }
}
