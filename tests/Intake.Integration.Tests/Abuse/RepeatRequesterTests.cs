using System.Net;
using System.Text.Json;
using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Integration.Tests.Links;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Abuse;

/// <summary>Art 12(5) lets staff refuse a manifestly excessive repeat; nobody may manufacture one in another person's name.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RepeatRequesterTests(AzuriteFixture azurite)
{
    private const string Victim = "victim@example.com";

    [Fact]
    public async Task Unverified_requests_in_a_victims_name_do_not_make_them_a_repeat_requester()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Web:RequestsPerAddressPerHour"] = "0", ["Web:PostsPerMinute"] = "0" });
        var flow = new LinkFlow(host);
        for (var i = 0; i < 3; i++)
        {
            // The attacker can type the victim's address but cannot follow the link mailed to it.
            await OpenAsync(host);
        }

        var own = await OpenAsync(host);
        Assert.Equal(0, (await flow.StateAsync(own)).PriorRequests);
        var verified = await flow.ActAsync(await flow.LinkAsync(own, Victim, LinkNames.Verify));
        Assert.Equal(HttpStatusCode.OK, verified.Status);
        var reviewed = await flow.WaitForStageAsync(own, Stage.AwaitingStaffReview);
        Assert.DoesNotContain(ReviewReason.RepeatRequest, reviewed.ReviewReasons);

        // The victim's own verified request does count: their next one within the window is a repeat.
        var index = host.Services.GetRequiredService<IRepeatIndex>();
        var until = DateTime.UtcNow.AddSeconds(20);
        while (await index.CountSinceAsync(new ControllerId("clerica"), Victim, RequestType.Access, DateTimeOffset.UtcNow.AddDays(-1)) == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        var next = await OpenAsync(host);
        Assert.Equal(1, (await flow.StateAsync(next)).PriorRequests);
    }

    private static async Task<RequestId> OpenAsync(IntakeHost host)
    {
        var response = await host.Client.PostAsync("api/requests", Attack.AccessRequest(Victim));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return RequestId.Parse(json.RootElement.GetProperty("reference").GetString()!);
    }
}
