using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Intake.Testing;

/// <summary>
/// The local host as a child process (<c>dotnet Intake.Local.dll</c>), for tests that kill it the
/// way a crash would. Settings go in as environment variables; the host shares storage with the
/// test through the connection string it is given.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process process;

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => process.HasExited;

    /// <summary>A free loopback port to give a host (and keep across its restarts).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the host on <paramref name="port"/> with <paramref name="settings"/> (configuration keys, ':' separated) and waits for /healthz.</summary>
    public static async Task<LocalHostProcess> StartAsync(int port, IReadOnlyDictionary<string, string> settings, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Intake.Local.dll"));
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["Intake__PublicBaseUrl"] = baseAddress.ToString();
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var log = Environment.GetEnvironmentVariable("INTAKE_TEST_HOST_LOG");
        var sink = log is null ? null : TextWriter.Synchronized(new StreamWriter(log + "." + port.ToString(CultureInfo.InvariantCulture), append: true) { AutoFlush = true });
        process.OutputDataReceived += (_, line) => sink?.WriteLine(line.Data);
        process.ErrorDataReceived += (_, line) => sink?.WriteLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new LocalHostProcess(process, baseAddress);

        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} while starting.");
            }

            try
            {
                if ((await client.GetAsync("healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        host.Kill();
        throw new TimeoutException("The host did not answer /healthz in time.");
    }

    /// <summary>SIGKILL of the host alone: its children (an Azurite it started) are left to notice.</summary>
    public void Crash()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM, as a service manager or Ctrl+C stops the host: it shuts down cleanly.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            await term!.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(patience.Token);
    }

    /// <summary>SIGKILL of the host and everything it started: no shutdown, no flushing — a crash of the machine's processes.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
