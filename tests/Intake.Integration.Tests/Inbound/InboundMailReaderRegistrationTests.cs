using Intake.Web.Inbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Inbound;

public sealed class InboundMailReaderRegistrationTests
{
    [Fact]
    public async Task Limits_and_own_addresses_are_read_from_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Intake:Inbound:MaxMessageBytes"] = "1024",
                ["Intake:Inbound:OwnAddresses:0"] = "tietosuoja@example.com",
            })
            .Build();
        using var provider = new ServiceCollection().AddInboundMailReader(configuration).BuildServiceProvider();
        var reader = provider.GetRequiredService<InboundMailReader>();

        var tooLarge = await reader.ReadMimeAsync(new MemoryStream(new byte[2048]));
        var loop = await reader.ReadMimeAsync(new MemoryStream("From: tietosuoja@example.com\nSubject: x\n\ny\n"u8.ToArray()));

        Assert.Equal(Intake.Core.Inbound.RejectionReason.TooLarge, Assert.IsType<Intake.Core.Inbound.InboundRejected>(tooLarge).Reason);
        Assert.Equal(Intake.Core.Inbound.IgnoreReason.Loop, Assert.IsType<Intake.Core.Inbound.InboundIgnored>(loop).Reason);
    }

    [Fact]
    public void A_broken_limit_fails_at_start_up_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Intake:Inbound:MaxNestingDepth"] = "0" })
            .Build();

        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddInboundMailReader(configuration));

        Assert.Contains("Intake:Inbound:MaxNestingDepth", error.Message, StringComparison.Ordinal);
    }
}
