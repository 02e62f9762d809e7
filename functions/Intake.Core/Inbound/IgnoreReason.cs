namespace Intake.Core.Inbound;

/// <summary>Why a mail was recorded and not answered.</summary>
public enum IgnoreReason
{
    /// <summary>An out-of-office or other automatic answer (RFC 3834 <c>Auto-Submitted</c>, vendor headers).</summary>
    AutoReply,

    /// <summary>A delivery status notification or other report (<c>multipart/report</c>, null sender, failed recipients).</summary>
    Bounce,

    /// <summary>List or bulk mail (<c>Precedence: bulk</c>, <c>List-Id</c>, <c>List-Unsubscribe</c>).</summary>
    BulkMail,

    /// <summary>Sent by a machine address that reads no answers (mailer-daemon, postmaster, no-reply).</summary>
    AutomatedSender,

    /// <summary>Our own mail came back: it carries our reference header or our own sender address.</summary>
    Loop,
}
