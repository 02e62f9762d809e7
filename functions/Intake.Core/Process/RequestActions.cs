using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Process;

/// <summary>Which action each source performs for a request type.</summary>
public static class RequestActions
{
    /// <summary>
    /// The source action a type calls for. An upheld objection on particular grounds means the
    /// processing stops (Art 21(1)), which the sources carry out as a restriction.
    /// </summary>
    public static SourceAction? For(RequestType type) => type switch
    {
        RequestType.Access or RequestType.Portability => SourceAction.Export,
        RequestType.Rectification => SourceAction.Rectify,
        RequestType.Erasure => SourceAction.Erase,
        RequestType.Restriction or RequestType.ObjectionOnParticularGrounds => SourceAction.Restrict,
        RequestType.ObjectionToDirectMarketing => SourceAction.SuppressMarketing,
        RequestType.ConsentWithdrawal => SourceAction.WithdrawConsent,
        _ => null,
    };
}
