namespace Intake.Core.DataMaps;

/// <summary>How an Art 19 recipient is told of a rectification, erasure or restriction.</summary>
public enum RecipientKind
{
    Mail,
    Webhook,
}
