using System.Net;
using Intake.Local.Outbox;
using Intake.Local.SampleData;
using Intake.Core.DataControllers;
using Intake.Core.Deadlines;
using Intake.Core.Gateway;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Core.Submissions;
using Intake.Core.Tokens;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Links;

/// <summary>
/// Drives a request through a real host the way people do: open it, read the mail from the outbox,
/// GET the link's page, POST its form back with the antiforgery token the page carried.
/// </summary>
internal sealed class LinkFlow(IntakeHost host)
{
    public const string StaffAddress = "privacy@clewer.example";

    public IntakeHost Host => host;

    public async Task<RequestId> OpenAsync(string controller = "clewer", RequestType type = RequestType.Access, string email = SamplePerson.Email, Language language = Language.En)
    {
        var opened = await host.Services.GetRequiredService<IntakeService>().OpenAsync(new NewRequest(
            new ControllerId(controller), type, true, Channel.WebForm, language,
            new DataSubject(SamplePerson.Name, email), null, new RequestDetails("Please send me my data.")));
        Assert.True(opened.IsOpened, opened.Rejection?.Message);
        return opened.Id!.Value;
    }

    /// <summary>The link of that name in the first mail to <paramref name="to"/> about the request that carries one.</summary>
    public async Task<Uri> LinkAsync(RequestId id, string to, string linkName)
    {
        var mail = await host.WaitForMailAsync(to, m => m.Reference == id.Value && m.Links.Any(l => l.Name == linkName));
        return mail.Links.First(l => l.Name == linkName).Url;
    }

    public async Task<OutboxMail> MailAsync(RequestId id, string to, Func<OutboxMail, bool> match) =>
        await host.WaitForMailAsync(to, m => m.Reference == id.Value && match(m));

    /// <summary>POST the page's form as multipart/form-data, with an optional file, as a browser does for a form with a file field.</summary>
    public async Task<LinkPage> PostMultipartAsync(LinkPage page, IEnumerable<KeyValuePair<string, string>> fields, (string Field, string Name, byte[] Bytes, string Type)? file = null)
    {
        Assert.NotNull(page.FormAction);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in page.Hidden.Concat(fields))
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } upload)
        {
            var part = new ByteArrayContent(upload.Bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(upload.Type);
            content.Add(part, upload.Field, upload.Name);
        }

        return await LinkPage.ReadAsync(await host.Client.PostAsync(new Uri(host.BaseAddress, page.FormAction), content));
    }

    public async Task<LinkPage> GetAsync(Uri link, HttpClient? client = null) =>
        await LinkPage.ReadAsync(await (client ?? host.Client).GetAsync(link));

    public async Task<LinkPage> PostAsync(LinkPage page, IEnumerable<KeyValuePair<string, string>>? fields = null, HttpClient? client = null)
    {
        Assert.NotNull(page.FormAction);
        var content = new FormUrlEncodedContent(page.Hidden.Concat(fields ?? []));
        return await LinkPage.ReadAsync(await (client ?? host.Client).PostAsync(new Uri(host.BaseAddress, page.FormAction), content));
    }

    /// <summary>GET the link, then POST its form: what a person clicking the button does.</summary>
    public async Task<LinkPage> ActAsync(Uri link, IEnumerable<KeyValuePair<string, string>>? fields = null, HttpClient? client = null)
    {
        var page = await GetAsync(link, client);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await PostAsync(page, fields, client);
    }

    public async Task<RequestState> StateAsync(RequestId id) =>
        await host.Gateway.FindAsync(id) ?? throw new InvalidOperationException("The request is gone.");

    public Task<RequestState> WaitForStageAsync(RequestId id, Stage stage, TimeSpan? timeout = null) => host.WaitForStageAsync(id, stage, timeout);

    /// <summary>Opened and verified, waiting for the staff review (every data subject request needs one by default).</summary>
    public async Task<RequestId> AwaitingReviewAsync(string controller = "clewer", RequestType type = RequestType.Access)
    {
        var id = await OpenAsync(controller, type);
        var verified = await ActAsync(await LinkAsync(id, SamplePerson.Email, LinkNames.Verify));
        Assert.Equal(HttpStatusCode.OK, verified.Status);
        await WaitForStageAsync(id, Stage.AwaitingStaffReview);
        return id;
    }

    /// <summary>
    /// A request received at <paramref name="receivedAt"/> (weeks ago, say), opened straight through the
    /// gateway, and verified now: a request whose first month may already be over. The host must give
    /// the verification and closing timers room (see <see cref="PatientVerification"/>).
    /// </summary>
    public async Task<RequestId> ReceivedAtAsync(DateTimeOffset receivedAt, string controller = "clewer")
    {
        var catalog = host.Services.GetRequiredService<IControllerCatalog>();
        var options = host.Services.GetRequiredService<IntakeOptions>();
        var config = catalog.Find(new ControllerId(controller))!;
        var id = RequestId.FromRandomBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var request = new NewRequest(new ControllerId(controller), RequestType.Access, true, Channel.Api, Language.En,
            new DataSubject(SamplePerson.Name, SamplePerson.Email), null, RequestDetails.None);
        var opened = await host.Gateway.SubmitAsync(new SubmitRequest(
            receivedAt, Actor.Person, id, request, options.Policy, new DeadlinePolicy(config.CalendarCode, config.TimeZoneId, options.ClockPolicy), catalog.SourcesFor(request.Controller), 0));
        Assert.Equal(GatewayOutcome.Accepted, opened.Outcome);
        var verified = await host.Gateway.SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person));
        Assert.Equal(GatewayOutcome.Accepted, verified.Outcome);
        return id;
    }

    /// <summary>Settings under which a request received weeks ago is neither expired nor closed unverified by the timers.</summary>
    public static Dictionary<string, string?> PatientVerification() => new()
    {
        ["Process:VerificationLinkHours"] = "10000",
        ["Process:CloseUnverifiedDays"] = "1000",
    };

    /// <summary>Approved by staff through the gateway (the approve page has its own tests).</summary>
    public async Task ApproveAsync(RequestId id)
    {
        var approved = await host.Gateway.SendAsync(id, new ApproveReview(DateTimeOffset.UtcNow, Actor.Staff("test"), null));
        Assert.Equal(GatewayOutcome.Accepted, approved.Outcome);
    }

    /// <summary>Clewer's manual analytics source recorded by staff as "not found", through the gateway.</summary>
    public async Task ConfirmAnalyticsAsync(RequestId id)
    {
        await WaitForTaskAsync(id, "web-analytics", SourceTaskStatus.AwaitingStaff);
        var receipt = new SourceReceipt("web-analytics", SourceAction.Export, SourceOutcome.NotFound, 0, 0, [], "Not in Google Analytics.", null, DateTimeOffset.UtcNow);
        var confirmed = await host.Gateway.SendAsync(id, new ConfirmSourceTask(DateTimeOffset.UtcNow, Actor.Staff("test"), receipt));
        Assert.Equal(GatewayOutcome.Accepted, confirmed.Outcome);
    }

    /// <summary>A Clewer access request answered: verified, approved, every source done, the export delivered.</summary>
    public async Task<RequestId> DeliveredAsync()
    {
        var id = await AwaitingReviewAsync();
        await ApproveAsync(id);
        await ConfirmAnalyticsAsync(id);
        await WaitForStageAsync(id, Stage.Delivered);
        return id;
    }

    /// <summary>
    /// The state once no source is still running, so nothing but a link can change it: how a test
    /// shows that opening a page changed nothing.
    /// </summary>
    public async Task<RequestState> SettledAsync(RequestId id)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < until)
        {
            var state = await StateAsync(id);
            if (state.Tasks.Values.All(task => task.Status is not (SourceTaskStatus.Running or SourceTaskStatus.RetryScheduled)) && state.Stage != Stage.Assembling)
            {
                return state;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The sources did not settle.");
    }

    public async Task<SourceTask> WaitForTaskAsync(RequestId id, string sourceId, SourceTaskStatus status)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        SourceTask? task = null;
        while (DateTime.UtcNow < until)
        {
            if ((await host.Gateway.FindAsync(id))?.Tasks.TryGetValue(sourceId, out task) == true && task!.Status == status)
            {
                return task;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Source {sourceId} stayed {task?.Status} instead of {status}.");
    }

    /// <summary>A link signed by the host's own key, e.g. one that expired yesterday.</summary>
    public Uri Sign(string scope, string action, TokenAudience audience, DateTimeOffset expiresAt, string nonce = "test")
    {
        var signer = host.Services.GetRequiredService<LinkTokenSigner>();
        var token = signer.Sign(new LinkToken(scope, action, audience, expiresAt, nonce, action is not (LinkNames.Status or LinkNames.Download or LinkNames.Overview)));
        var path = action switch
        {
            LinkNames.Download => "d/",
            LinkNames.Overview => "staff/",
            LinkNames.Status => "status/",
            _ => "l/",
        };
        return new Uri(host.BaseAddress, path + token);
    }

    /// <summary>A client of its own (own cookies), as a second member of staff in another browser.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = host.BaseAddress };
}
