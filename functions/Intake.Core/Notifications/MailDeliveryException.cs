using System.Net;

namespace Intake.Core.Notifications;

/// <summary>
/// A mail was not accepted for delivery. <see cref="IsRetryable"/> tells the effect runner whether
/// trying the same effect again may succeed (throttling, a server fault, a timeout) or cannot
/// (a refused key, a malformed message): retrying those would only repeat the failure.
/// The message never contains an address.
/// </summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
        : this("The mail was not delivered.")
    {
    }

    public MailDeliveryException(string message)
        : this(message, statusCode: null, isRetryable: false)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : this(message, statusCode: null, isRetryable: false, innerException)
    {
    }

    public MailDeliveryException(string message, HttpStatusCode? statusCode, bool isRetryable, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        IsRetryable = isRetryable;
    }

    /// <summary>The provider's HTTP status, or <c>null</c> when no answer came (timeout, connection refused).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Whether sending the same effect again may succeed.</summary>
    public bool IsRetryable { get; }

    /// <summary>429, 408 and 5xx may pass on a later try; every other refusal will not.</summary>
    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;
}
