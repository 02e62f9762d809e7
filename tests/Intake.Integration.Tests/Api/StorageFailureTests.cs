using Intake.Adapters.Storage;
using Azure;
using Intake.Web.Forms;

namespace Intake.Integration.Tests.Api;

public sealed class StorageFailureTests
{
    [Fact]
    public void Service_errors_and_exhausted_retries_are_storage_trouble()
    {
        Assert.True(StorageFailure.Is(new RequestFailedException(500, "busy")));
        Assert.True(StorageFailure.Is(new HttpRequestException("refused")));
        Assert.True(StorageFailure.Is(new AggregateException(new RequestFailedException("a"), new RequestFailedException("b"))));
    }

    [Fact]
    public void Storage_too_slow_for_the_network_timeout_is_storage_trouble_not_a_500()
    {
        // What the Azure SDK throws when every try ran into its network timeout (seen in the 10,000-submission burst).
        var timedOut = new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:15.", new TaskCanceledException());
        Assert.True(StorageFailure.Is(new AggregateException(timedOut, timedOut, timedOut, timedOut)));
        Assert.True(StorageFailure.Is(new TimeoutException()));
    }

    [Fact]
    public void Bugs_are_not_storage_trouble()
    {
        Assert.False(StorageFailure.Is(new InvalidOperationException()));
        Assert.False(StorageFailure.Is(new AggregateException(new RequestFailedException("a"), new ArgumentException("b"))));
        Assert.False(StorageFailure.Is(new AggregateException()));
    }
}
