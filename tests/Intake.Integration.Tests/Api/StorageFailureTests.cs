using Intake.Azure.Storage;
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
    public void Bugs_are_not_storage_trouble()
    {
        Assert.False(StorageFailure.Is(new InvalidOperationException()));
        Assert.False(StorageFailure.Is(new AggregateException(new RequestFailedException("a"), new ArgumentException("b"))));
        Assert.False(StorageFailure.Is(new AggregateException()));
    }
}
