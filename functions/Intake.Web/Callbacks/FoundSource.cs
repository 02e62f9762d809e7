using Intake.Core.DataMaps;

namespace Intake.Web.Callbacks;

/// <summary>The webhook source whose key verified a callback token, with its controller's map.</summary>
internal sealed record FoundSource(DataMap Map, SourceDefinition Source, byte[] Key);
