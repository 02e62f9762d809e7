using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Intake.Core.DataControllers;
using Intake.Core.Requests;
using Intake.Testing;

namespace Intake.Fault.Tests;

/// <summary>
/// The local default survives what a laptop does to it: the host killed right after it answered,
/// and restarts of every kind, each followed by the work that waited for it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashSafetyTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    /// <summary>How soon after any restart the host must do the first pending work.</summary>
    private static readonly TimeSpan FirstWorkLimit = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_request_answered_202_survives_a_SIGKILL_of_the_host_one_second_later()
    {
        // The host starts its own Azurite on a data folder, as `dotnet run` does on a laptop.
        var folder = Directory.CreateTempSubdirectory("intake-crash-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Intake:DataPath"] = folder,
            ["Intake:SampleData:Folder"] = Path.Combine(folder, "sample"),
            ["Azurite:DataPath"] = Path.Combine(folder, "azurite"),
            ["Azurite:ToolsPath"] = Path.Combine(Environment.GetEnvironmentVariable("INTAKE_TOOLS") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".intake", "tools")),
            ["Engine:MaxQueuePollingMilliseconds"] = "100",
        };
        var port = LocalHostProcess.FreePort();
        try
        {
            string reference;
            await using (var host = await LocalHostProcess.StartAsync(port, settings))
            {
                using var client = new HttpClient { BaseAddress = host.BaseAddress };
                var answer = await client.PostAsJsonAsync("api/requests", new
                {
                    type = "access",
                    controller = "clerica",
                    language = "en",
                    subject = new { name = "Crash Test", email = "crash@example.com" },
                });
                Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
                reference = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
                await Task.Delay(TimeSpan.FromSeconds(1));
                host.Crash();
            }

            // The Azurite the host started notices, shuts down cleanly and saves what it held in memory.
            await WaitForAzuriteToEndAsync(folder);

            await using (var restarted = await LocalHostProcess.StartAsync(port, settings))
            {
                using var client = new HttpClient { BaseAddress = restarted.BaseAddress };
                var until = DateTime.UtcNow.AddSeconds(60);
                while (true)
                {
                    var mails = await client.GetFromJsonAsync<JsonElement>("outbox/messages?to=crash@example.com");
                    if (mails.EnumerateArray().Any(mail => mail.GetProperty("subject").GetString()!.Contains(reference, StringComparison.Ordinal)))
                    {
                        break;
                    }

                    Assert.True(DateTime.UtcNow < until, $"request {reference}, answered 202 before the crash, had no verification mail a minute after the restart");
                    await Task.Delay(200);
                }

                await restarted.StopAsync();
            }
        }
        finally
        {
            await WaitForAzuriteToEndAsync(folder);
            TryDelete(folder);
        }
    }

    [Fact]
    public async Task After_every_restart_clean_or_not_the_host_does_its_first_pending_work_within_15_seconds()
    {
        await using var faults = await FaultHost.CreateAsync(azurite, new Dictionary<string, string> { ["Engine:SubmitWaitSeconds"] = "0" });
        var host = await faults.StartProcessAsync();
        var timings = new List<(string How, TimeSpan FirstWork)>();
        try
        {
            for (var restart = 1; restart <= 10; restart++)
            {
                // Half the restarts follow a crash, half a clean stop: both must come back as fast.
                var how = restart % 2 == 0 ? "SIGKILL" : "clean stop";
                if (restart % 2 == 0)
                {
                    host.Kill();
                }
                else
                {
                    await host.StopAsync();
                }

                await host.DisposeAsync();

                // Work arrives while the host is down: it waits, durably, in the task hub.
                var mailsBefore = await faults.MailCountAsync();
                var opened = await faults.Intake.OpenAsync(Request(restart));
                Assert.True(opened.IsOpened);

                var clock = Stopwatch.StartNew();
                host = await faults.StartProcessAsync();
                while (await faults.MailCountAsync() == mailsBefore)
                {
                    Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"no work done two minutes after restart {restart} ({how})");
                    await Task.Delay(50);
                }

                timings.Add((how, clock.Elapsed));
                output.WriteLine($"restart {restart} after a {how}: first pending work done {clock.Elapsed.TotalSeconds:0.0} s after the process started");
            }
        }
        finally
        {
            await host.DisposeAsync();
        }

        var slowest = timings.MaxBy(timing => timing.FirstWork);
        output.WriteLine($"slowest: {slowest.FirstWork.TotalSeconds:0.0} s ({slowest.How}); median {timings.Select(t => t.FirstWork.TotalSeconds).Order().ElementAt(timings.Count / 2):0.0} s");
        Assert.All(timings, timing => Assert.True(timing.FirstWork <= FirstWorkLimit, $"after a {timing.How} the first work took {timing.FirstWork.TotalSeconds:0.0} s"));
    }

    private static NewRequest Request(int i) => new(
        new ControllerId("clerica"),
        RequestType.Access,
        true,
        Channel.Api,
        Language.En,
        new DataSubject($"Restart {i}", $"restart{i}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}@example.com"),
        null,
        RequestDetails.None);

    /// <summary>Waits until no Azurite runs on <paramref name="folder"/> any more.</summary>
    private static async Task WaitForAzuriteToEndAsync(string folder)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            using var find = Process.Start(new ProcessStartInfo("pgrep", ["-f", Path.Combine(folder, "azurite")]) { UseShellExecute = false, RedirectStandardOutput = true })!;
            await find.WaitForExitAsync();
            if (find.ExitCode != 0)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is ending; the temp folder is the system's to clean.
        }
    }
}
