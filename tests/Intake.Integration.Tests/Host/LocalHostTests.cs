using System.Net;
using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Requests;
using Intake.Core.Submissions;
using Intake.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Host;

[Collection(AzuriteCollection.Name)]
public sealed class LocalHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_answers_200_while_storage_is_reachable()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var response = await host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_opened_in_the_host_sends_its_verification_mail_through_the_worker()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var intake = host.Services.GetRequiredService<IntakeService>();
        var opened = await intake.OpenAsync(new NewRequest(
            new ControllerId("clerica"), RequestType.Access, true, Channel.Api, Language.Fi,
            new DataSubject("Maija Meikäläinen", "maija.meikalainen@example.com"), null, RequestDetails.None));
        Assert.True(opened.IsOpened);

        var mail = await host.WaitForMailAsync("maija.meikalainen@example.com", m => m.Links.Any(l => l.Name == LinkNames.Verify));
        Assert.Contains(opened.Id!.Value.Value, mail.Subject + mail.Text, StringComparison.Ordinal);
        Assert.StartsWith(host.BaseAddress.ToString(), mail.Links.Single(l => l.Name == LinkNames.Verify).Url.ToString(), StringComparison.Ordinal);
        var state = await host.Gateway.FindAsync(opened.Id.Value);
        Assert.Equal(Stage.AwaitingVerification, state!.Stage);
    }

    [Fact]
    public async Task With_a_SendGrid_key_the_host_mails_through_the_real_SendGrid_client_and_a_failed_send_is_retried()
    {
        await using var sink = await SendGridSink.StartAsync("SG.test-key");
        sink.FailNext(1, HttpStatusCode.ServiceUnavailable);
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["SendGrid:ApiKey"] = "SG.test-key",
            ["SendGrid:Host"] = sink.Host,
            ["SendGrid:FromEmail"] = "privacy@example.org",
        });
        var intake = host.Services.GetRequiredService<IntakeService>();
        var opened = await intake.OpenAsync(new NewRequest(
            new ControllerId("clewer"), RequestType.Erasure, true, Channel.WebForm, Language.Sv,
            new DataSubject("Sven Svensson", "sven@example.com"), null, RequestDetails.None));

        var until = DateTime.UtcNow.AddSeconds(20);
        while (sink.Received.Count == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        Assert.True(sink.Received.Count == 1, $"sink saw {sink.Requests} calls");
        var mail = sink.Received[0];
        Assert.Equal(2, sink.Requests);
        Assert.Equal("sven@example.com", mail.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Contains(opened.Id!.Value.Value, mail.GetRawText(), StringComparison.Ordinal);
    }
}
