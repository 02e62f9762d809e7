using Intake.Core.Audit;
using Intake.Core.DataControllers;
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
            await WaitForStageAsync(faults, ids, Stage.AwaitingStaffReview, TimeSpan.FromSeconds(60));
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

    [Fact]
    public async Task Killing_the_host_during_the_fan_out_to_the_sources_applies_every_source_once()
    {
        const int Count = 20;
        await using var faults = await FaultHost.CreateAsync(azurite);
        var host = await faults.StartProcessAsync();
        var ids = new List<RequestId>();
        foreach (var result in await Task.WhenAll(Enumerable.Range(0, Count).Select(i => faults.Intake.OpenAsync(Request(2 * i)))))
        {
            ids.Add(result.Id!.Value);
        }

        var now = DateTimeOffset.UtcNow;
        await Task.WhenAll(ids.Select(id => faults.Gateway.SendAsync(id, new ConfirmIdentity(now, Actor.Person))));
        await WaitForStageAsync(faults, ids, Stage.AwaitingStaffReview, TimeSpan.FromSeconds(90));
        var reviewed = await faults.MailCountAsync();

        // Staff approve all at once: every request fans out to Clerica's four sources. Kill the host
        // early in the fan-out, so some sources are done, some running, some queued.
        var approving = Task.WhenAll(ids.Select(id => faults.Gateway.SendAsync(id, new ApproveReview(DateTimeOffset.UtcNow, Actor.Staff("fault"), null))));
        await KillWhenHalfDoneAsync(faults, host, reviewed, reviewed + Count, "the fan-out");
        await approving;

        await using (host = await faults.StartProcessAsync())
        {
            await WaitForStageAsync(faults, ids, Stage.Delivered, TimeSpan.FromSeconds(120));
        }

        foreach (var id in ids)
        {
            var state = (await faults.Gateway.FindAsync(id))!;
            var trail = await faults.Store.AuditTrailAsync(id);
            Assert.True(AuditChain.Verify(trail).IsIntact);
            Assert.Equal(state.Tasks.Count, trail.Count(record => record.EventName == "source-task-finished"));
            Assert.All(state.Tasks.Values, task => Assert.Equal(1, task.Attempts));
            Assert.Single(trail, record => record.EventName == "export-assembled");
        }

        var mail = await faults.AllMailAsync();
        foreach (var group in mail.GroupBy(m => (m.Reference, m.Kind)))
        {
            Assert.True(group.Count() == 1, $"{group.Count()} mails of kind {group.Key.Kind} for {group.Key.Reference}");
        }
    }

    private static async Task WaitForStageAsync(FaultHost faults, IEnumerable<RequestId> ids, Stage stage, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        foreach (var id in ids)
        {
            while ((await faults.Gateway.FindAsync(id))?.Stage != stage)
            {
                if (DateTime.UtcNow > until)
                {
                    throw new TimeoutException($"{id} did not reach {stage} within {timeout}.");
                }

                await Task.Delay(200);
            }
        }
    }

    private async Task KillWhenHalfDoneAsync(FaultHost faults, LocalHostProcess host, int baseline, int expected, string what)
    {
        // Kill as soon as a tenth of this phase's mails are out, so some are done and most are in
        // flight or queued. (A third was too late: the engine sometimes finished all 50 before the kill.)
        var until = DateTime.UtcNow.AddSeconds(60);
        while ((await faults.MailCountAsync()) - baseline < Math.Max(1, (expected - baseline) / 10) && DateTime.UtcNow < until)
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
