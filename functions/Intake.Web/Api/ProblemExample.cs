using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Web.Api;

/// <summary>
/// Endpoint metadata: one problem an endpoint answers, shown in the OpenAPI document as an example
/// of its status. It is taken from the very result the handler returns (an <see cref="ApiProblems"/>
/// method), so the example a client generator sees cannot drift from the answer it gets.
/// </summary>
public sealed record ProblemExample(string Name, ProblemDetails Problem)
{
    /// <summary>The example of a problem result; named by its <c>type</c> without the common prefix.</summary>
    public static ProblemExample Of(IResult problem)
    {
        var details = (problem as IValueHttpResult)?.Value as ProblemDetails
            ?? throw new ArgumentException("Only a problem result can be an example of one.", nameof(problem));
        if (details.Status is null || details.Type is null || !details.Type.StartsWith(ApiProblems.TypePrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException("A problem example needs a status and one of our problem types.", nameof(problem));
        }

        return new ProblemExample(details.Type[ApiProblems.TypePrefix.Length..], details);
    }
}
