using Intake.Core.Sources;

namespace Intake.Adapters.Sources;

/// <summary>A row found in a store, with the store's own handle for changing it (key values, or the table entity and its ETag).</summary>
internal sealed record FoundRow(object Handle, SourceRow Row);
