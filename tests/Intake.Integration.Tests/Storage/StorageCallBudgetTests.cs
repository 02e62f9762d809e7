using System.Text.Json;
using Intake.Core.Notifications;
using Intake.Core.Process;
using Intake.Core.Process.Commands;
using Intake.Core.Requests;
using Intake.Integration.Tests.Links;
using Intake.Testing;

namespace Intake.Integration.Tests.Storage;

/// <summary>
/// Storage calls are what a request costs in Azure (each is a billed transaction) and what bounds
/// throughput on the local host. This test counts the calls of each step of an access request on
/// the real host and engine and fails when a step needs more than 20 % above its budget
/// (<c>storage-call-budget.json</c>): a change that adds round trips must say so by raising the budget.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageCallBudgetTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const double Allowance = 1.2;

    [Fact]
    public async Task Each_step_of_an_access_request_stays_within_its_storage_call_budget()
    {
        var budget = JsonSerializer.Deserialize<Dictionary<string, int>>(
            await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Storage", "storage-call-budget.json")))!;
        await using var host = await IntakeHost.StartAsync(azurite, new Dictionary<string, string?>
        {
            // Only what requests cause is counted: the storage watch and the history sweep stay still.
            ["Engine:StorageWatchSeconds"] = "0",
            ["Engine:HistoryPurgeMinutes"] = "600",
        });
        var flow = new LinkFlow(host);
        using var log = new StorageCallLog(azurite.Azurite.BlobPort, azurite.Azurite.QueuePort, azurite.Azurite.TablePort, host.Storage.Options.Prefix);
        await SettledAsync(log);

        // The first request of a host pays for tables and containers made on first use; the budget is for the next.
        await RunAsync(host, flow, log, new Dictionary<string, int>(), "first@example.com", quiet: true);
        var measured = new Dictionary<string, int>();
        await RunAsync(host, flow, log, measured, "second@example.com", quiet: false);

        output.WriteLine("measured: " + JsonSerializer.Serialize(measured));
        foreach (var (step, calls) in measured)
        {
            Assert.True(calls > 0, $"no storage calls counted for {step}: the counting itself is broken");
            Assert.True(
                calls <= budget[step] * Allowance,
                $"{step}: {calls} storage calls, budget {budget[step]} (+20 % = {budget[step] * Allowance:0}). If the new calls are intended, raise the budget in storage-call-budget.json and say why in the commit.");
        }
    }

    private async Task RunAsync(IntakeHost host, LinkFlow flow, StorageCallLog log, Dictionary<string, int> measured, string email, bool quiet)
    {
        log.Clear();
        var id = await flow.OpenAsync("clerica", email: email);
        using (StorageCallLog.Unobserved())
        {
            await flow.MailAsync(id, email, mail => mail.Kind == nameof(MailKind.VerificationRequested));
        }

        measured["submit"] = await StepAsync(log, quiet, "submit → verification mail");

        await host.Gateway.SendAsync(id, new ConfirmIdentity(DateTimeOffset.UtcNow, Actor.Person));
        using (StorageCallLog.Unobserved())
        {
            await flow.WaitForStageAsync(id, Stage.AwaitingStaffReview);
        }

        measured["verify"] = await StepAsync(log, quiet, "identity confirmed → staff review");

        await host.Gateway.SendAsync(id, new ApproveReview(DateTimeOffset.UtcNow, Actor.Staff("budget"), null));
        using (StorageCallLog.Unobserved())
        {
            await flow.WaitForStageAsync(id, Stage.Delivered, TimeSpan.FromSeconds(60));
        }

        measured["approve"] = await StepAsync(log, quiet, "approved → export delivered (4 sources)");
    }

    private async Task<int> StepAsync(StorageCallLog log, bool quiet, string title)
    {
        await SettledAsync(log);
        var work = log.Work;
        if (!quiet)
        {
            output.WriteLine($"{title}: {work.Count} calls ({log.Calls.Count - work.Count} of idle upkeep not counted)");
            foreach (var kind in work.GroupBy(call => call.Kind).OrderByDescending(group => group.Count()))
            {
                output.WriteLine($"  {kind.Count(),3} {kind.Key}");
            }
        }

        log.Clear();
        return work.Count;
    }

    // The engine is done with a step when a second passes without a call that is work.
    private static async Task SettledAsync(StorageCallLog log)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            var last = log.Work.Select(call => call.At).DefaultIfEmpty(DateTime.MinValue).Max();
            if (DateTime.UtcNow - last > TimeSpan.FromSeconds(1))
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The engine kept making storage calls for 30 s after the step.");
    }
}
