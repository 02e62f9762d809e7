using System.Net;
using Intake.Core.Controllers;
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
}
