namespace Intake.Core.Requests;

/// <summary>How the request reached the controller. Any channel is valid under the GDPR.</summary>
public enum Channel
{
    WebForm,
    Api,
    Email,
}
