using Intake.Core.DataMaps;
using Intake.Core.Sources;

namespace Intake.Web.Callbacks;

/// <summary>The webhook source whose key verified a callback token, with its controller's map and what the token names.</summary>
public sealed record FoundSource(DataMap Map, SourceDefinition Source, byte[] Key, WebhookCallbackClaims Claims);
