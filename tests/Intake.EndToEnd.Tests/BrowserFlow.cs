using Intake.Local.SampleData;
using Intake.Core.DataControllers;
using Intake.Core.Gateway;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Submissions;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Intake.EndToEnd.Tests;

/// <summary>
/// What the browser tests need from the host besides the browser: a request opened in process,
/// steps the test is not about taken through the gateway, and the outbox page as the mailbox.
/// </summary>
internal sealed class BrowserFlow(IntakeHost host)
{
    public const string StaffAddress = "privacy@clewer.example";

    public async Task<RequestId> OpenAsync(Language language = Language.En) => await OpenAsync(RequestType.Access, language);

    public async Task<RequestId> OpenAsync(RequestType type, Language language = Language.En)
    {
        var opened = await host.Services.GetRequiredService<IntakeService>().OpenAsync(new NewRequest(
            new ControllerId("clewer"), type, true, Channel.WebForm, language,
            new DataSubject(SamplePerson.Name, SamplePerson.Email), null, new RequestDetails("Please send me my data.")));
        Assert.True(opened.IsOpened, opened.Rejection?.Message);
        return opened.Id!.Value;
    }

    public async Task VerifyAsync(RequestId id) => await SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person));

    public async Task ApproveAsync(RequestId id) => await SendAsync(id, new ApproveReview(DateTimeOffset.UtcNow, Actor.Staff("browser-test"), null));

    /// <summary>Clewer's manual analytics source recorded as "not found" once it waits for staff.</summary>
    public async Task ConfirmAnalyticsAsync(RequestId id)
    {
        await WaitAsync(id, state => state.Tasks.TryGetValue("web-analytics", out var task) && task.Status == SourceTaskStatus.AwaitingStaff);
        var receipt = new SourceReceipt("web-analytics", SourceAction.Export, SourceOutcome.NotFound, 0, 0, [], "Not in Google Analytics.", null, DateTimeOffset.UtcNow);
        await SendAsync(id, new ConfirmSourceTask(DateTimeOffset.UtcNow, Actor.Staff("browser-test"), receipt));
    }

    public async Task<RequestState> WaitAsync(RequestId id, Func<RequestState, bool> reached)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        RequestState? state = null;
        while (DateTime.UtcNow < until)
        {
            state = await host.Gateway.FindAsync(id);
            if (state is not null && reached(state))
            {
                return state;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The request stayed {state?.Stage}.");
    }

    public Task<RequestState> WaitForStageAsync(RequestId id, Stage stage) => WaitAsync(id, state => state.Stage == stage);

    /// <summary>Waits for the mail, then opens the outbox page and returns the link to click in it.</summary>
    public async Task<ILocator> OutboxLinkAsync(IPage page, RequestId id, string to, string linkName)
    {
        await host.WaitForMailAsync(to, mail => mail.Reference == id.Value && mail.Links.Any(link => link.Name == linkName));
        await page.GotoAsync(new Uri(host.BaseAddress, "outbox").AbsoluteUri);
        return page.Locator($"article:has(dd:text-is('{id.Value}')) li:has(code:text-is('{linkName}')) a").First;
    }

    private async Task SendAsync(RequestId id, RequestCommand command)
    {
        var result = await host.Gateway.SendAsync(id, command);
        Assert.Equal(GatewayOutcome.Accepted, result.Outcome);
    }
}
