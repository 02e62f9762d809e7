using Intake.Core.DataControllers;
using Intake.Core.DataMaps;
using Intake.Core.Requests;
using Intake.Core.Retention;

namespace Intake.Core.Sources;

/// <summary>
/// One effect "run <paramref name="Action"/> on <paramref name="Source"/>" for one request.
/// <paramref name="Now"/> comes from the driver, so a retried job judges retention on the same day.
/// </summary>
public sealed record SourceJob(
    RequestId Request,
    ControllerId Controller,
    SourceDefinition Source,
    SourceAction Action,
    PersonKeys Person,
    Rectification? Rectification,
    DateTimeOffset Now)
{
    /// <summary>The language kept-data grounds are written in for the reply.</summary>
    public Language Language { get; init; } = Language.En;

    /// <summary>The retention rules the source names; the runner fills them from the data map.</summary>
    public IReadOnlyList<RetentionRule> RetentionRules { get; init; } = [];

    /// <summary>The calendar day retention is judged on (the date of <see cref="Now"/> at its offset).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
