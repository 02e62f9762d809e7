using Intake.Core.Audit;
using Intake.Core.Controllers;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Testing;

namespace Intake.Fault.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class HostKillTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Requests = 50;

    [Fact]
    public async Task Killing_the_host_with_50_requests_in_flight_loses_nothing_and_sends_every_mail_once()
    {
        await using var faults = await FaultHost.CreateAsync(azurite);
        var host = await faults.StartProcessAsync();

        var opened = await Task.WhenAll(Enumerable.Range(0, Requests).Select(i => faults.Intake.OpenAsync(Request(i))));
        var ids = opened.Select(result => result.Id!.Value).ToList();
        await KillWhenHalfDoneAsync(faults, host, 0, Requests, "verification");

        await using (host = await faults.StartProcessAsync())
        {
            await WaitForMailsAsync(faults, Requests, TimeSpan.FromSeconds(90));

            // Every person verifies: two more mails each (acknowledgement, staff review). Kill again half-way.
            var now = DateTimeOffset.UtcNow;
            var confirming = Task.WhenAll(ids.Select(id => faults.Gateway.SendAsync(id, new ConfirmIdentity(now, Actor.Person))));
            await KillWhenHalfDoneAsync(faults, host, Requests, Requests * 3, "acknowledgement and review");
            await confirming;
        }

        await using (host = await faults.StartProcessAsync())
        {
            await WaitForMailsAsync(faults, Requests * 3, TimeSpan.FromSeconds(90));

            // A mail sent just before the kill whose activity had not yet reported back runs again
            // once its message reappears; the outbox recognises the effect id and sends nothing twice.
            await WaitUntilSettledAsync(faults, ids, TimeSpan.FromSeconds(60));
        }

        var mail = await faults.AllMailAsync();
        foreach (var group in mail.GroupBy(m => (m.Reference, m.Kind)))
        {
            Assert.True(group.Count() == 1, $"{group.Count()} mails of kind {group.Key.Kind} for {group.Key.Reference}");
        }

        foreach (var id in ids)
        {
            var state = await faults.Gateway.FindAsync(id);
            Assert.Equal(Stage.AwaitingStaffReview, state!.Stage);
            Assert.True(AuditChain.Verify(await faults.Store.AuditTrailAsync(id)).IsIntact);
            Assert.Contains(mail, m => m.Reference == id.Value && m.Kind == nameof(MailKind.VerificationRequested));
            Assert.Contains(mail, m => m.Reference == id.Value && m.Kind == nameof(MailKind.RequestAcknowledged));
            Assert.Contains(mail, m => m.Reference == id.Value && m.Kind == nameof(MailKind.StaffReviewRequested));
        }

        Assert.Equal(Requests * 3, mail.Count);
    }

    private async Task KillWhenHalfDoneAsync(FaultHost faults, LocalHostProcess host, int baseline, int expected, string what)
    {
        // Kill once about a third of this phase's mails are out, so some are done, some in flight.
        var until = DateTime.UtcNow.AddSeconds(60);
        while ((await faults.MailCountAsync()) - baseline < (expected - baseline) / 3 && DateTime.UtcNow < until)
        {
            await Task.Delay(5);
        }

        host.Kill();
        var atKill = await faults.MailCountAsync();
        output.WriteLine($"killed the host during {what}: {atKill} of {expected} mails sent");
        Assert.True(atKill < expected, $"the host finished all {expected} mails before it could be killed; the test proves nothing");
    }

    private static async Task WaitForMailsAsync(FaultHost faults, int expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (await faults.MailCountAsync() < expected)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Only {(await faults.AllMailAsync()).Count} of {expected} mails after {timeout}.");
            }

            await Task.Delay(200);
        }
    }

    private static async Task WaitUntilSettledAsync(FaultHost faults, IEnumerable<RequestId> ids, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        foreach (var id in ids)
        {
            while ((await faults.Gateway.FindAsync(id))?.Stage != Stage.AwaitingStaffReview)
            {
                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"{id} did not reach the staff review within {timeout}.");
                }

                await Task.Delay(200);
            }
        }
    }

    private static NewRequest Request(int i) => new(
        new ControllerId(i % 2 == 0 ? "clerica" : "clewer"),
        RequestType.Access,
        true,
        Channel.Api,
        Language.En,
        new DataSubject($"Person {i}", $"person{i}@example.com"),
        null,
        RequestDetails.None);
}
