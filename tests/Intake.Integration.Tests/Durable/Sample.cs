using System.Security.Cryptography;
using Intake.Core.Controllers;
using Intake.Core.Deadlines;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Integration.Tests.Durable;

/// <summary>A sample request for Durable-mode tests: an access request received on Friday 5 March 2027 in Helsinki.</summary>
internal static class Sample
{
    /// <summary>Friday 5 March 2027, 10:00 in Helsinki; due Monday 5 April 2027.</summary>
    public static readonly DateTimeOffset Received = new(2027, 3, 5, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly PlannedSource Crm = new("crm", "Customer register", [SourceAction.Export, SourceAction.Erase], false);

    public static readonly PlannedSource Newsletter = new("newsletter", "Newsletter list", [SourceAction.Export, SourceAction.Erase], false);

    public static Actor Staff { get; } = Actor.Staff("link-9f3c");

    /// <summary>No staff approval step, so paths stay short.</summary>
    public static ProcessPolicy NoApproval { get; } = new() { ApprovalRequiredFor = [] };

    /// <summary>A fresh id, so tests sharing a table never meet.</summary>
    public static RequestId NewId() => RequestId.FromRandomBytes(RandomNumberGenerator.GetBytes(7));

    public static SubmitRequest Submit(RequestId id, ProcessPolicy? policy = null, string email = "aino.virtanen@example.fi") => new(
        Received,
        Actor.Person,
        id,
        new NewRequest(new ControllerId("clerica"), RequestType.Access, true, Channel.WebForm, Language.Fi, new DataSubject("Aino Virtanen", email), null, RequestDetails.None),
        policy ?? ProcessPolicy.Default,
        new DeadlinePolicy("FI", "Europe/Helsinki"),
        [Crm, Newsletter],
        0);

    /// <summary>The state right after <paramref name="submit"/> was accepted.</summary>
    public static RequestState Opened(SubmitRequest submit) => RequestDecider.Apply(RequestState.Initial, RequestDecider.Decide(RequestState.Initial, submit));
}
