using System.Net.Sockets;
using Intake.Local.Azurite;
using Intake.Testing;

namespace Intake.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteProcessTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Started_azurite_answers_on_all_three_ports()
    {
        foreach (var port in new[] { fixture.Azurite.BlobPort, fixture.Azurite.QueuePort, fixture.Azurite.TablePort })
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            Assert.True(client.Connected);
        }
    }

    [Fact]
    public async Task Stopping_azurite_frees_its_port()
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemory = true });
        var port = azurite.TablePort;
        await azurite.DisposeAsync();

        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync("127.0.0.1", port));
    }
}
