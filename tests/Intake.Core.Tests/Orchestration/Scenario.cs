using Intake.Core.Orchestration;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Tests.Process;

namespace Intake.Core.Tests.Orchestration;

/// <summary>Opening commands for orchestration tests: the request of <see cref="Given"/>, received at <see cref="Given.Received"/>.</summary>
internal static class Scenario
{
    public static RequestOrchestrationInput Start(RequestType type = RequestType.Access, ProcessPolicy? policy = null, IReadOnlyList<PlannedSource>? sources = null) =>
        RequestOrchestrationInput.Start(new SubmitRequest(
            Given.Received,
            Actor.Person,
            Given.Id,
            Given.Request(type),
            policy ?? ProcessPolicy.Default,
            Given.Finland,
            sources ?? [Given.Crm, Given.Marketing],
            0));

    public static DateTimeOffset Hours(double hours) => Given.Received.AddHours(hours);

    public static DateTimeOffset Days(double days) => Given.Received.AddDays(days);
}
