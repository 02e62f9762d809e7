using Intake.Core.Process;

namespace Intake.Core.Accountability;

/// <summary>How a request ended, as the accountability report counts it: one outcome per request.</summary>
public enum RequestOutcome
{
    /// <summary>Answered by acting on it: the export delivered, or the action done and the person told.</summary>
    Answered,

    /// <summary>Refused with reasons (Art 12(4)).</summary>
    Refused,

    /// <summary>Withdrawn by the person.</summary>
    Withdrawn,

    /// <summary>The person never confirmed the address, so there was no one to answer.</summary>
    ClosedUnverified,

    /// <summary>Not answered yet (an error waiting for staff included).</summary>
    Open,

    /// <summary>The record was purged before the index kept how it ended; only the fact remains.</summary>
    Unknown,
}

/// <summary>The outcome a stage stands for.</summary>
public static class RequestOutcomes
{
    /// <summary>A purged request counts by the stage it was purged from, so purging never changes a past report.</summary>
    public static RequestOutcome Of(Stage stage, Stage? endedAs) => stage switch
    {
        Stage.Purged => endedAs is { } ended and not Stage.Purged ? Of(ended, null) : RequestOutcome.Unknown,
        Stage.Delivered or Stage.Completed => RequestOutcome.Answered,
        Stage.Refused => RequestOutcome.Refused,
        Stage.Withdrawn => RequestOutcome.Withdrawn,
        Stage.ClosedUnverified => RequestOutcome.ClosedUnverified,
        _ => RequestOutcome.Open,
    };

    /// <summary>Delivered and refused requests are answers in the sense of Art 12(3)–(4): the person was told.</summary>
    public static bool IsAnswer(this RequestOutcome outcome) => outcome is RequestOutcome.Answered or RequestOutcome.Refused;
}
