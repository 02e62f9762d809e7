using System.Net;
using System.Text;
using System.Text.Json;
using Intake.Local.SampleData;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Core.Sources;
using Intake.Integration.Tests.Forms;
using Intake.Integration.Tests.Links;
using Intake.Testing;

namespace Intake.Integration.Tests.Identity;

/// <summary>
/// An agent acts for someone, not instead of them: on every channel a mandate is required, staff
/// open and check it through their signed link before approving, the person the data is about is
/// told at their own address before anything is disclosed, and only then does the agent get the
/// answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AgentMandateTests(AzuriteFixture azurite)
{
    private const string Agent = "lawyer@example.net";

    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Api_agent_without_a_mandate_is_refused_and_nothing_is_stored()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await PostAsync(host, mandate: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("agent.mandate", out _));
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task Api_agent_with_a_mandate_that_is_not_a_pdf_or_image_is_refused()
    {
        await using var host = await IntakeHost.StartAsync(azurite);

        var response = await PostAsync(host, new { fileName = "mandate.pdf", content = Convert.ToBase64String("<html><script>alert(1)</script>"u8.ToArray()) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("agent.mandate", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await PersonWeb.RequestCountAsync(host));
    }

    [Fact]
    public async Task Agent_gets_the_export_only_after_staff_check_the_mandate_and_the_data_subject_was_told_first()
    {
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?> { ["Process:AgentNoticeDays"] = "0.0001" });
        var flow = new LinkFlow(host);
        var response = await PostAsync(host, new { fileName = "valtakirja.pdf", content = Convert.ToBase64String(Pdf) });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var accepted = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = RequestId.Parse(accepted.RootElement.GetProperty("reference").GetString()!);
        await flow.ActAsync(await flow.LinkAsync(id, Agent, LinkNames.Verify));
        var review = await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);
        Assert.Contains(ReviewReason.AgentMandate, review.ReviewReasons);

        // The review mail's mandate link hands over the file as what its bytes are, never rendered by the site.
        var mandate = await host.Client.GetAsync(await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Mandate));
        Assert.Equal(HttpStatusCode.OK, mandate.StatusCode);
        Assert.Equal("application/pdf", mandate.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", mandate.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", mandate.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await mandate.Content.ReadAsByteArrayAsync());

        // Approving without saying the mandate was checked is refused, and nothing moves.
        var approve = await flow.GetAsync(await flow.LinkAsync(id, LinkFlow.StaffAddress, LinkNames.Approve));
        var unchecked_ = await flow.PostAsync(approve);
        Assert.Equal(HttpStatusCode.BadRequest, unchecked_.Status);
        Assert.Equal(Stage.AwaitingStaffReview, (await flow.StateAsync(id)).Stage);

        var done = await flow.PostAsync(unchecked_, [new("mandate-checked", "yes")]);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        var noticed = await flow.StateAsync(id);
        Assert.Equal(Stage.SubjectNoticePeriod, noticed.Stage);
        Assert.Empty(noticed.Tasks);
        var notice = await flow.MailAsync(id, SamplePerson.Email, mail => mail.Kind == nameof(MailKind.AgentRequestNotice));
        Assert.Contains("Asianajotoimisto Esimerkki", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain((await host.Outbox.ListAsync(100, null, Agent)).Mails, mail => mail.Links.Any(link => link.Name == LinkNames.Download));

        await flow.WaitForStageAsync(id, Stage.InProgress, TimeSpan.FromSeconds(40));
        await flow.WaitForTaskAsync(id, "web-analytics", SourceTaskStatus.AwaitingStaff);
        var now = DateTimeOffset.UtcNow;
        await host.Gateway.SendAsync(id, new ConfirmSourceTask(now, Actor.Staff("test"), new SourceReceipt("web-analytics", SourceAction.Export, SourceOutcome.NotFound, 0, 0, [], "Nothing.", null, now)));
        await flow.WaitForStageAsync(id, Stage.Delivered);
        await flow.MailAsync(id, Agent, mail => mail.Links.Any(link => link.Name == LinkNames.Download));
    }

    private static async Task<HttpResponseMessage> PostAsync(IntakeHost host, object? mandate)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "access",
            controller = "clewer",
            language = "en",
            subject = new { name = SamplePerson.Name, email = SamplePerson.Email },
            agent = new { name = "Asianajotoimisto Esimerkki", email = Agent, mandate },
        });
        return await host.Client.PostAsync("api/requests", new StringContent(body, Encoding.UTF8, "application/json"));
    }
}
