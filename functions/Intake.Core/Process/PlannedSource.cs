using System.Collections.Immutable;
using Intake.Core.Requests;
using Intake.Core.Sources;

namespace Intake.Core.Process;

/// <summary>
/// A data source as the process sees it, copied from the controller's data map at receipt so the
/// decider knows which sources to ask without reading configuration.
/// </summary>
/// <param name="Sensitive">Holds sensitive categories: staff check identity before processing.</param>
/// <param name="FindsBy">Identifiers besides the email address the source can find a person by.</param>
public sealed record PlannedSource(
    string Id,
    string Name,
    ImmutableSortedSet<SourceAction> Supports,
    bool Sensitive,
    ImmutableSortedSet<IdentifierKind>? FindsBy = null);
