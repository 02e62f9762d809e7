using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Intake.Local.Azurite;

/// <summary>
/// One running Azurite, started by us and stopped by us. Azurite is started as a single node
/// process (never through npx, whose wrapper can leave the real server running when killed), with
/// a preloaded watchdog that stops it cleanly when our process disappears, even after a SIGKILL:
/// no orphans, and no accepted request lost to Azurite's unsaved memory.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The development account name every Azurite serves.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The published, fixed development account key (not a secret: the same in every Azurite).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// Preloaded into Azurite's node process. When the host that started Azurite is gone — however
    /// it ended, SIGKILL included — Azurite is sent SIGTERM, its own clean shutdown, which writes
    /// the data it holds in memory to its folder before it exits. A plain exit would skip that
    /// write and lose the last seconds of accepted requests.
    /// </summary>
    private const string Watchdog = """
        // Stops Azurite cleanly (SIGTERM: it saves its data first) when the process that started it is gone.
        const parent = Number(process.env.INTAKE_PARENT_PID || 0);
        if (parent > 0) {
          const timer = setInterval(() => {
            try { process.kill(parent, 0); } catch { clearInterval(timer); process.kill(process.pid, 'SIGTERM'); }
          }, 250);
          timer.unref();
        }
        """;

    private readonly Process process;
    private readonly AzuriteOptions options;

    private AzuriteProcess(Process process, AzuriteOptions options)
    {
        this.process = process;
        this.options = options;
    }

    public int BlobPort => options.BlobPort;

    public int QueuePort => options.QueuePort;

    public int TablePort => options.TablePort;

    public int ProcessId => process.Id;

    /// <summary>A full connection string with explicit endpoints (the short form only knows the default ports).</summary>
    public string ConnectionString => ConnectionStringFor(options.Host, options.BlobPort, options.QueuePort, options.TablePort);

    public static string ConnectionStringFor(string host, int blobPort, int queuePort, int tablePort) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint=http://{host}:{blobPort}/{AccountName};QueueEndpoint=http://{host}:{queuePort}/{AccountName};TableEndpoint=http://{host}:{tablePort}/{AccountName};");

    /// <summary>Installs Azurite if needed, starts it on free (or the given) ports and waits until all three services answer.</summary>
    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var script = await AzuriteInstaller.EnsureInstalledAsync(options, cancellationToken);
        var resolved = new AzuriteOptions
        {
            Version = options.Version,
            ToolsPath = options.ToolsPath,
            DataPath = options.DataPath,
            Host = options.Host,
            InMemory = options.InMemory,
            StartTimeout = options.StartTimeout,
            BlobPort = options.BlobPort == 0 ? FreePort() : options.BlobPort,
            QueuePort = options.QueuePort == 0 ? FreePort() : options.QueuePort,
            TablePort = options.TablePort == 0 ? FreePort() : options.TablePort,
        };

        var watchdog = Path.Combine(resolved.ToolsPath, "azurite", "intake-parent-watchdog.js");
        if (!File.Exists(watchdog) || await File.ReadAllTextAsync(watchdog, cancellationToken) != Watchdog)
        {
            await File.WriteAllTextAsync(watchdog, Watchdog, cancellationToken);
        }

        var start = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["INTAKE_PARENT_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var arguments = new List<string>
        {
            "--require", watchdog, script,
            "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
            "--blobHost", resolved.Host, "--queueHost", resolved.Host, "--tableHost", resolved.Host,
            "--blobPort", resolved.BlobPort.ToString(CultureInfo.InvariantCulture),
            "--queuePort", resolved.QueuePort.ToString(CultureInfo.InvariantCulture),
            "--tablePort", resolved.TablePort.ToString(CultureInfo.InvariantCulture),
        };
        if (resolved.InMemory)
        {
            arguments.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(resolved.DataPath);
            arguments.Add("--location");
            arguments.Add(resolved.DataPath);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new AzuriteUnavailableException("Could not start node for Azurite.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new AzuriteUnavailableException("Intake runs Azurite with Node.js, but 'node' could not be started: install Node.js 20 or newer, or set ConnectionStrings:Storage to a storage account.", e);
        }

        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var azurite = new AzuriteProcess(process, resolved);
        try
        {
            await azurite.WaitUntilAnsweringAsync(cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            string detail;
            lock (stderr)
            {
                detail = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "no output";
            }

            throw new AzuriteUnavailableException($"Azurite did not answer within {resolved.StartTimeout.TotalSeconds:0} s: {detail}");
        }

        return azurite;
    }

    /// <summary>Stops Azurite gracefully (SIGTERM), killing it if it does not exit within a few seconds.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        try
        {
            using var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
            if (term is not null)
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await process.WaitForExitAsync(grace.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Kill();
        }
    }

    /// <summary>Ends Azurite at once, as a crash would (fault tests).</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StartTimeout);
        foreach (var port in new[] { options.BlobPort, options.QueuePort, options.TablePort })
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new AzuriteUnavailableException($"Azurite exited with code {process.ExitCode} while starting.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(options.Host, port, timeout.Token);
                    break;
                }
                catch (SocketException)
                {
                    await Task.Delay(100, timeout.Token);
                }
            }
        }
    }
}
