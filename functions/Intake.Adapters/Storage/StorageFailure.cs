using Azure;

namespace Intake.Adapters.Storage;

/// <summary>
/// Recognises storage being down at the edge, where it becomes a 503 with Retry-After instead of a
/// 500. The Azure SDK reports a service error as <see cref="RequestFailedException"/>, and after its
/// retries a connection that keeps failing as an <see cref="AggregateException"/> of those; the
/// Durable Task engine wraps them in an exception of its own, so a wrapped one counts too. A storage
/// too slow to answer within the clients' network timeout (an overloaded account, an Azurite under a
/// burst) surfaces as a cancelled task inside that aggregate: it is storage trouble as well, never a bug
/// to answer with a 500.
/// </summary>
public static class StorageFailure
{
    public static bool Is(Exception exception) => exception switch
    {
        RequestFailedException => true,
        HttpRequestException => true,
        TimeoutException => true,
        TaskCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(Is),
        { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}
