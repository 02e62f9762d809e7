using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Intake.Web.Api;

/// <summary>
/// Declares the problems an endpoint answers from the results themselves: each status once, as
/// <c>application/problem+json</c> (a validation problem where one of them is), and every problem
/// as a named example of its status (<see cref="ProblemExample"/>).
/// </summary>
public static class ProducesProblemsExtensions
{
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params IResult[] problems)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(problems);
        var examples = problems.Select(ProblemExample.Of).ToList();
        foreach (var status in examples.GroupBy(example => example.Problem.Status!.Value))
        {
            // One response per status: a second declaration of the same status would replace the first.
            _ = status.Any(example => example.Problem is HttpValidationProblemDetails)
                ? endpoint.ProducesValidationProblem(status.Key)
                : endpoint.ProducesProblem(status.Key);
        }

        foreach (var example in examples)
        {
            endpoint.WithMetadata(example);
        }

        return endpoint;
    }
}
