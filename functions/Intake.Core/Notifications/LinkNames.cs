namespace Intake.Core.Notifications;

/// <summary>The names of the links a mail may carry; the driver mints a signed URL for each.</summary>
public static class LinkNames
{
    public const string Verify = "verify";
    public const string Status = "status";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Extend = "extend";
    public const string AskForInformation = "ask";
    public const string Release = "release";
    public const string Retry = "retry";
    public const string Download = "download";
    public const string Overview = "overview";

    /// <summary>
    /// Staff open the request's own page (viewing only): every staff mail leads to it. It is the
    /// overview grant of the same mail opened at the request, so it lives as long as the overview link.
    /// </summary>
    public const string Detail = "detail";
    public const string ConfirmTask = "confirm-task";
    public const string Answer = "answer";

    /// <summary>Staff open the mandate an agent sent (viewing only).</summary>
    public const string Mandate = "mandate";

    /// <summary>Staff mark a contact-form message handled.</summary>
    public const string MarkHandled = "handled";
}
