using System.Security.Cryptography;
using Intake.Local.Hosting;
using Microsoft.Extensions.Configuration;

namespace Intake.Integration.Tests.Host;

public sealed class LocalKeyFileTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "intake-keyfile-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Without_configured_keys_the_local_host_keeps_one_key_in_a_file_across_restarts()
    {
        var first = SigningKey.Ring(Configuration(), folder);
        var second = SigningKey.Ring(Configuration(), folder);

        Assert.True(File.Exists(Path.Combine(folder, "signing.key")));
        Assert.Equal(first.Current.Id, second.Current.Id);
        Assert.Equal(first.Current.Id, second.UnnamedId);
    }

    [Fact]
    public void A_configured_key_ring_is_used_as_it_is_and_no_key_file_is_made()
    {
        var ring = SigningKey.Ring(Configuration(("Tokens:Keys:k2026", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))), folder);

        Assert.Equal("k2026", ring.Current.Id);
        Assert.Null(ring.UnnamedId);
        Assert.False(File.Exists(Path.Combine(folder, "signing.key")));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value))).Build();
}
