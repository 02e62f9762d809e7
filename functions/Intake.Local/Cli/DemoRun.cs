using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Intake.Local.Azurite;
using Intake.Local.SampleData;
using Intake.Core.DataControllers;
using Intake.Core.Notifications;
using Intake.Core.Submissions;
using Intake.Local.Hosting;
using Intake.Local.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Local.Cli;

/// <summary>
/// One access request for the sample person, end to end, the way people would do it: submitted
/// through the HTTP API, the address confirmed through the mailed link (GET, then POST), approved by
/// staff through theirs, any manual source recorded through its link, and the export downloaded
/// through the download link (302 to a short-lived SAS) and checked against its manifest. Runs on a
/// fresh in-memory Azurite and a host of its own, both stopped at the end.
/// </summary>
public sealed class DemoRun : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly DemoOptions options;
    private readonly DemoLog log;
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "intake-demo-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly HashSet<string> usedLinks = new(StringComparer.Ordinal);
    private AzuriteProcess? azurite;
    private WebApplication? app;
    private HttpClient? client;

    private DemoRun(DemoOptions options, TextWriter output)
    {
        this.options = options;
        log = new DemoLog(output);
    }

    private HttpClient Client => client ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>Runs every step; throws <see cref="DemoStepFailedException"/> naming the step that failed.</summary>
    public static async Task<DemoResult> RunAsync(DemoOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        await using var run = new DemoRun(options, output);
        return await run.RunStepsAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // The sample SQLite files may still be held open for a moment; the temp folder is the system's to clean.
        }
    }

    private async Task<DemoResult> RunStepsAsync(CancellationToken cancellationToken)
    {
        azurite = await log.StepAsync(
            "Start Azurite (in memory)",
            () => AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true }, cancellationToken),
            started => $"blob {started.BlobPort}, queue {started.QueuePort}, table {started.TablePort}");
        var baseAddress = await log.StepAsync("Start the local host", () => StartHostAsync(cancellationToken), address => address.AbsoluteUri);
        var staff = await log.StepAsync("Find the controller's privacy contact", () => Task.FromResult(StaffAddress()), address => address);

        var reference = await log.StepAsync("Submit an access request through the HTTP API", () => SubmitAsync(cancellationToken), id => id);
        var verify = await log.StepAsync("Find the verification mail in the outbox", () => LinkAsync(SamplePerson.Email, reference, LinkNames.Verify, cancellationToken));
        var verifyForm = await log.StepAsync("Open the verification link (GET: only shows)", () => OpenFormAsync(verify, cancellationToken));
        await log.StepAsync("Confirm the address (POST)", () => PostFormAsync(verifyForm, [], cancellationToken));

        var approve = await log.StepAsync("Find the staff review mail", () => LinkAsync(staff, reference, LinkNames.Approve, cancellationToken));
        var approveForm = await log.StepAsync("Open the approval page as staff (GET)", () => OpenFormAsync(approve, cancellationToken));
        await log.StepAsync("Approve the request (POST)", () => PostFormAsync(approveForm, [], cancellationToken));

        Uri download;
        while (true)
        {
            var next = await log.StepAsync(
                "Wait for the sources",
                () => NextAsync(staff, reference, cancellationToken),
                found => found.Name == LinkNames.Download ? "the export is ready" : "a manual source waits for staff");
            if (next.Name == LinkNames.Download)
            {
                download = next.Url;
                break;
            }

            var taskForm = await log.StepAsync("Open the manual task page as staff (GET)", () => OpenFormAsync(next.Url, cancellationToken));
            await log.StepAsync("Record what was found in the manual source (POST)", () => PostFormAsync(
                taskForm,
                [new("outcome", "NotFound"), new("rows-found", "0"), new("rows-affected", "0"), new("note", "Demo: searched the system by hand; nothing about this person.")],
                cancellationToken,
                multipart: true));
        }

        var downloadForm = await log.StepAsync("Open the download link (GET: only shows the button)", () => OpenFormAsync(download, cancellationToken));
        var sas = await log.StepAsync("Press the download button (POST: 302 to a fresh SAS)", () => RedirectAsync(downloadForm, cancellationToken), uri => uri.Host + ":" + uri.Port);
        var zip = await log.StepAsync("Download the export from storage", () => FetchAsync(sas, cancellationToken), bytes => bytes.Length + " bytes");
        var saved = await log.StepAsync("Save the ZIP", () => SaveAsync(sas, zip, cancellationToken), path => path);
        var files = await log.StepAsync("Verify the manifest hashes", () => Task.FromResult(DemoManifest.Verify(zip)), count => count + " files match");
        return new DemoResult(reference, baseAddress, download, saved, files);
    }

    private async Task<Uri> StartHostAsync(CancellationToken cancellationToken)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var builder = LocalApp.CreateBuilder([]);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = azurite!.ConnectionString,
            ["Intake:PublicBaseUrl"] = baseAddress.AbsoluteUri,
            // A folder of its own: a fresh signing key and fresh sample data, removed at the end.
            ["Intake:DataPath"] = dataFolder,
            ["Intake:SampleData:Folder"] = Path.Combine(dataFolder, "sample"),
            ["Engine:PollIntervalMilliseconds"] = "50",
            ["Engine:ScanIntervalMilliseconds"] = "200",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        await using (await LocalPreparation.RunAsync(builder, TextWriter.Null, cancellationToken))
        {
            // Storage is given, so preparation started no Azurite of its own: nothing to stop here.
        }

        app = LocalApp.Build(builder);
        await app.StartAsync(cancellationToken);
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        return baseAddress;
    }

    private string StaffAddress()
    {
        var catalog = app!.Services.GetRequiredService<IControllerCatalog>();
        return catalog.Find(new ControllerId(options.Controller))?.PrivacyContactEmail
            ?? throw new DemoStepFailedException($"No controller '{options.Controller}' is configured; the sample controllers are {string.Join(", ", catalog.Controllers.Select(c => c.Id.Value))}.");
    }

    private async Task<string> SubmitAsync(CancellationToken cancellationToken)
    {
        var body = new
        {
            type = "access",
            controller = options.Controller,
            language = "en",
            subject = new { name = SamplePerson.Name, email = SamplePerson.Email, customerNumber = SamplePerson.CustomerNumber },
            details = new { text = "Please send me a copy of my personal data (Intake demo)." },
        };
        using var response = await Client.PostAsJsonAsync("api/requests", body, Json, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new DemoStepFailedException($"POST /api/requests answered {(int)response.StatusCode}, not 202: {Shorten(text)}");
        }

        using var answer = JsonDocument.Parse(text);
        return answer.RootElement.TryGetProperty("reference", out var reference) && reference.GetString() is { Length: > 0 } id
            ? id
            : throw new DemoStepFailedException("The API's answer has no reference.");
    }

    /// <summary>The first link of that name, not used before, in a mail to <paramref name="to"/> about the request.</summary>
    private async Task<Uri> LinkAsync(string to, string reference, string name, CancellationToken cancellationToken)
    {
        var found = await WaitForLinkAsync(to, reference, [name], cancellationToken);
        return found.Url;
    }

    /// <summary>The next thing the demo must act on once staff approved: a manual source's link, or the download link.</summary>
    private async Task<(string Name, Uri Url)> NextAsync(string staff, string reference, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + options.WaitTimeout;
        while (DateTime.UtcNow < until)
        {
            if (await FindLinkAsync(SamplePerson.Email, reference, [LinkNames.Download], cancellationToken) is { } ready)
            {
                return ready;
            }

            if (await FindLinkAsync(staff, reference, [LinkNames.ConfirmTask], cancellationToken) is { } manual)
            {
                return manual;
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new DemoStepFailedException($"Neither the answer nor a manual task arrived within {options.WaitTimeout.TotalSeconds:0} s.");
    }

    private async Task<(string Name, Uri Url)> WaitForLinkAsync(string to, string reference, string[] names, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + options.WaitTimeout;
        while (DateTime.UtcNow < until)
        {
            if (await FindLinkAsync(to, reference, names, cancellationToken) is { } found)
            {
                return found;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new DemoStepFailedException($"No mail with a {string.Join(" or ", names)} link arrived within {options.WaitTimeout.TotalSeconds:0} s.");
    }

    /// <summary>Reads the outbox the way a person reads mail: through the host's outbox API, newest first.</summary>
    private async Task<(string Name, Uri Url)?> FindLinkAsync(string to, string reference, string[] names, CancellationToken cancellationToken)
    {
        var mails = await Client.GetFromJsonAsync<List<OutboxMessageJson>>($"outbox/messages?to={Uri.EscapeDataString(to)}&limit=50", Json, cancellationToken) ?? [];
        foreach (var mail in mails.Where(m => m.Subject.Contains(reference, StringComparison.Ordinal) || m.Text.Contains(reference, StringComparison.Ordinal)).Reverse())
        {
            foreach (var link in mail.Links.Where(l => names.Contains(l.Name) && !usedLinks.Contains(l.Url)))
            {
                usedLinks.Add(link.Url);
                return (link.Name, new Uri(link.Url));
            }
        }

        return null;
    }

    private async Task<DemoForm> OpenFormAsync(Uri link, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(link, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new DemoStepFailedException($"GET {link.AbsolutePath[..Math.Min(link.AbsolutePath.Length, 16)]}… answered {(int)response.StatusCode}.");
        }

        return DemoForm.Read(html) ?? throw new DemoStepFailedException("The page has no form to confirm.");
    }

    private async Task PostFormAsync(DemoForm form, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellationToken, bool multipart = false)
    {
        var all = form.Hidden.Concat(fields).ToList();
        using HttpContent content = multipart ? Multipart(all) : new FormUrlEncodedContent(all);
        using var response = await Client.PostAsync(form.Action, content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new DemoStepFailedException($"POST answered {(int)response.StatusCode}, not 200.");
        }
    }

    private async Task<Uri> RedirectAsync(DemoForm download, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(download.Hidden);
        using var response = await Client.PostAsync(download.Action, content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { IsAbsoluteUri: true } location)
        {
            throw new DemoStepFailedException($"The download link answered {(int)response.StatusCode}, not a 302 to storage.");
        }

        return location;
    }

    private static async Task<byte[]> FetchAsync(Uri sas, CancellationToken cancellationToken)
    {
        // Storage is another site: no cookies, no Intake client settings.
        using var storage = new HttpClient();
        return await storage.GetByteArrayAsync(sas, cancellationToken);
    }

    private async Task<string> SaveAsync(Uri sas, byte[] zip, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.OutputFolder);
        var path = Path.GetFullPath(Path.Combine(options.OutputFolder, Path.GetFileName(sas.AbsolutePath)));
        await File.WriteAllBytesAsync(path, zip, cancellationToken);
        return path;
    }

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
