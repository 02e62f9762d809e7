using Intake.Core.Process;
using Intake.Core.Process.Commands;

namespace Intake.Core.Orchestration;

/// <summary>
/// What an orchestration instance starts with: the opening command on the first run, or the state
/// carried over by continue-as-new.
/// </summary>
public sealed record RequestOrchestrationInput(RequestState State, SubmitRequest? Submit)
{
    public static RequestOrchestrationInput Start(SubmitRequest submit) => new(RequestState.Initial, submit);
}
