using Intake.Core.DataMaps;
using Intake.Core.Process;
using Intake.Core.Requests;

namespace Intake.Web.Staff;

/// <summary>A source's name in the page's language: from the data map when it knows the source, else the name copied into the request at receipt.</summary>
public static class SourceNames
{
    public static string Of(IDataMapCatalog? maps, RequestState state, string sourceId, Language language)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (maps is not null && maps.TryGet(state.Controller, out var map) && map?.FindSource(sourceId) is { } source)
        {
            return source.Name.For(language);
        }

        return state.Sources.FirstOrDefault(s => s.Id == sourceId)?.Name ?? sourceId;
    }
}
