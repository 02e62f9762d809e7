using Intake.Local.SampleData;
using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.Integration.Tests.Lifecycle;

[Collection(AzuriteCollection.Name)]
public sealed class HangingSourceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_hanging_source_does_not_hold_up_the_others_and_is_flagged_to_staff_with_a_retry_link()
    {
        await using var partner = await HangingPartner.StartAsync();
        var maps = Path.Combine(Path.GetTempPath(), "intake-maps-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(maps);
        var clerica = await File.ReadAllTextAsync(Path.Combine(Intake.Adapters.Hosting.DataMapFolder.Locate(), "clerica.json"));
        var slowSource = $$"""
            ,
                {
                  "id": "slow-partner",
                  "name": { "fi": "Kumppanin järjestelmä", "sv": "Partnerns system", "en": "Partner system" },
                  "kind": "webhook",
                  "webhook": { "url": "{{partner.Url}}", "signingKey": "slow" },
                  "categories": ["contact"],
                  "purposes": ["customer-relationship"],
                  "timeoutSeconds": 1,
                  "maxAttempts": 1,
                  "actions": { "export": {} }
                }
              ],

              "recipients"
            """;
        var marker = clerica.IndexOf("\n  ],\n\n  \"recipients\"", StringComparison.Ordinal);
        Assert.True(marker > 0, "the sample map changed shape; update this test's insertion point");
        await File.WriteAllTextAsync(Path.Combine(maps, "clerica.json"), clerica[..marker] + slowSource + clerica[(marker + "\n  ],\n\n  \"recipients\"".Length)..]);

        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["Intake:DataMaps:Folder"] = maps,
            ["Intake:SigningKeys:slow"] = "a signing key long enough for the partner",
            // The other system runs on this machine over plain http: allowed in Development only.
            ["environment"] = "Development",
            ["Process:ApprovalRequiredFor"] = "none",
            ["Process:SourceAttempts"] = "2",
            ["Process:SourceRetryMinutes"] = "0.02",
        });
        var intake = host.Services.GetRequiredService<Intake.Core.Submissions.IntakeService>();
        var opened = await intake.OpenAsync(new NewRequest(
            new ControllerId("clerica"), RequestType.Access, true, Channel.WebForm, Language.Fi,
            new DataSubject(SamplePerson.Name, SamplePerson.Email), null, RequestDetails.None));
        var id = opened.Id!.Value;
        await host.Gateway.SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person));
        // The payroll source holds identity codes: staff approve even without a policy approval.
        await host.Gateway.SendAsync(id, new ApproveReview(DateTimeOffset.UtcNow, Actor.Staff("test"), null));

        var staffMail = await host.WaitForMailAsync("privacy@clerica.example", m => m.Kind == nameof(MailKind.SourceFailed), TimeSpan.FromSeconds(60));
        Assert.Contains(staffMail.Links, link => link.Name == LinkNames.Retry);
        Assert.Contains(staffMail.Links, link => link.Name == LinkNames.ConfirmTask);

        var state = (await host.Gateway.FindAsync(id))!;
        var slow = state.Tasks["slow-partner"];
        Assert.Equal(SourceTaskStatus.Flagged, slow.Status);
        Assert.Equal(2, slow.Attempts);
        var others = state.Tasks.Values.Where(task => task.SourceId != "slow-partner").ToList();
        Assert.NotEmpty(others);
        Assert.All(others, task => Assert.Equal(SourceTaskStatus.Finished, task.Status));
        Assert.Equal(Stage.InProgress, state.Stage);
    }

    /// <summary>A partner system that accepts the connection and never answers.</summary>
    private sealed class HangingPartner : IAsyncDisposable
    {
        private readonly WebApplication app;

        private HangingPartner(WebApplication app, string url)
        {
            this.app = app;
            Url = url;
        }

        public string Url { get; }

        public static async Task<HangingPartner> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapPost("/jobs", async (HttpContext context) => await Task.Delay(TimeSpan.FromMinutes(5), context.RequestAborted));
            await app.StartAsync();
            var address = app.Urls.First();
            return new HangingPartner(app, address + "/jobs");
        }

        public async ValueTask DisposeAsync()
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await app.StopAsync(stop.Token);
            await app.DisposeAsync();
        }
    }
}
