using Intake.Core.Process;
using Intake.Core.Requests;

namespace Intake.Core.Sources;

/// <summary>
/// What a source may find the person by. Only identifiers the person proved are here: the
/// address the verification link went to (for an agent's request, the address the mandate staff
/// approved names), and a customer number or phone only once staff confirmed it belongs to the
/// person. An identifier that is merely typed never widens a search: otherwise anyone could type
/// another customer's number and receive, or erase, that customer's data.
/// </summary>
public sealed record PersonKeys(string Email, string? CustomerNumber, string? Phone)
{
    /// <summary>The keys of a request as far as they are proved.</summary>
    public static PersonKeys Proved(RequestState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var subject = (state.Request ?? throw new InvalidOperationException("A request that does not exist has no keys.")).Subject;
        var confirmed = state.ConfirmedIdentifiers;
        return new PersonKeys(
            subject.Email,
            confirmed.Contains(IdentifierKind.CustomerNumber) ? subject.CustomerNumber : null,
            confirmed.Contains(IdentifierKind.Phone) ? subject.Phone : null);
    }
}
