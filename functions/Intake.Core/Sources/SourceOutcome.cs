namespace Intake.Core.Sources;

/// <summary>What a source reports it did.</summary>
public enum SourceOutcome
{
    /// <summary>The person is not in this source.</summary>
    NotFound,

    /// <summary>Rows were found and handed over.</summary>
    Exported,

    /// <summary>The action was applied to every row found.</summary>
    Applied,

    /// <summary>Some rows were acted on, others kept under a retention rule or hold.</summary>
    PartlyKept,

    /// <summary>Every row found is kept under a retention rule or hold (restricted).</summary>
    Kept,

    /// <summary>The source does not support the action; the reply says so.</summary>
    NotSupported,

    /// <summary>A person (staff) must do or confirm the work through a link.</summary>
    AwaitingStaff,

    /// <summary>Another system accepted the job (HTTP 202) and will post its receipt to a signed callback.</summary>
    AwaitingCallback,
}
