using Intake.Core.DataControllers;
using Intake.Core.DataMaps;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Submissions;

namespace Intake.Adapters.Sources;

/// <summary>The data maps seen as the process needs them: controllers, and each one's sources with what they can do.</summary>
public sealed class DataMapControllerCatalog(DataMapCatalog maps) : IControllerCatalog
{
    public IReadOnlyList<Controller> Controllers { get; } = maps.Maps.Select(map => map.Controller).OrderBy(c => c.Id.Value, StringComparer.Ordinal).ToList();

    public Controller? Find(ControllerId id) => maps.TryGet(id, out var map) ? map!.Controller : null;

    public IReadOnlyList<PlannedSource> SourcesFor(ControllerId id)
    {
        if (!maps.TryGet(id, out var map))
        {
            return [];
        }

        return map!.Sources
            .Select(source => new PlannedSource(
                source.Id,
                source.Name.For(Language.En),
                [.. Enum.GetValues<SourceAction>().Where(source.Supports)],
                source.Sensitive,
                FindsBy(source.Lookup)))
            .ToList();
    }

    private static System.Collections.Immutable.ImmutableSortedSet<IdentifierKind> FindsBy(PersonLookup lookup)
    {
        var kinds = new List<IdentifierKind>();
        if (lookup.CustomerNumberColumn is not null)
        {
            kinds.Add(IdentifierKind.CustomerNumber);
        }

        if (lookup.PhoneColumn is not null)
        {
            kinds.Add(IdentifierKind.Phone);
        }

        return [.. kinds];
    }
}
