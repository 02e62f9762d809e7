using System.Security.Cryptography;
using Intake.Adapters.Hosting;
using Intake.Core.Tokens;
using Microsoft.Extensions.Configuration;

namespace Intake.Integration.Tests.Host;

public sealed class LinkKeySettingsTests
{
    private static readonly string Old = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string New = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void The_signing_key_alone_is_one_key_that_signs_and_checks_tokens_without_a_key_id()
    {
        var ring = Read(("Tokens:SigningKey", Old));

        Assert.Single(ring.Keys);
        Assert.Equal(LinkKey.IdOf(Convert.FromBase64String(Old)), ring.Current.Id);
        Assert.Equal(ring.Current.Id, ring.UnnamedId);
    }

    [Fact]
    public void A_ring_names_its_current_key_retires_and_revokes_the_others()
    {
        var legacy = LinkKey.IdOf(Convert.FromBase64String(Old));
        var ring = Read(
            ("Tokens:SigningKey", Old),
            ("Tokens:Keys:k2026", New),
            ("Tokens:Keys:leaked", Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))),
            ("Tokens:CurrentKey", "k2026"),
            ("Tokens:RetiredKeys:" + legacy, "2026-03-31T00:00:00+02:00"),
            ("Tokens:RevokedKeys", "leaked"));

        Assert.Equal("k2026", ring.Current.Id);
        Assert.Equal(legacy, ring.UnnamedId);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 22, 0, 0, TimeSpan.Zero), ring.Find(legacy)!.RetiredUntil);
        Assert.True(ring.Find("leaked")!.Revoked);
    }

    [Fact]
    public void No_key_at_all_stops_the_host_naming_both_ways_to_give_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read());
        Assert.Contains("Tokens:SigningKey is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("Tokens:Keys:<id>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_wrong_setting_is_named_on_its_own_line_and_no_secret_is_repeated()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(
            ("Tokens:Keys:K2026", New),
            ("Tokens:Keys:short", Convert.ToBase64String(new byte[16])),
            ("Tokens:Keys:notbase64", "this is not base64!"),
            ("Tokens:Keys:k2025", Old),
            ("Tokens:Keys:k2027", New),
            ("Tokens:CurrentKey", "k2099"),
            ("Tokens:RetiredKeys:k2025", "next spring"),
            ("Tokens:RetiredKeys:k2024", "2026-03-31T00:00:00Z"),
            ("Tokens:RevokedKeys", "k2025x"),
            ("Tokens:RevokedKey", "k2025")));

        var lines = error.Message.Split(Environment.NewLine).Skip(1).ToList();
        Assert.Contains(lines, line => line.Contains("Tokens:RevokedKey is not a setting", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Tokens:Keys:K2026: a key id is", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Tokens:Keys:short must be at least 32 bytes", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Tokens:Keys:notbase64 is not base64", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Tokens:CurrentKey = 'k2099' names no configured key", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Tokens:RetiredKeys:k2025 = 'next spring' is not an ISO 8601 time", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Tokens:RetiredKeys:k2024 names no configured key", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Tokens:RevokedKeys names 'k2025x'", StringComparison.Ordinal));
        Assert.Equal(8, lines.Count);
        Assert.DoesNotContain(Old, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(New, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_keys_without_a_current_one_are_refused_naming_the_signing_keys_id()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(("Tokens:SigningKey", Old), ("Tokens:Keys:k2026", New)));
        Assert.Contains($"{LinkKey.IdOf(Convert.FromBase64String(Old))} from Tokens:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tokens:RetiredKeys:k2026", "2026-03-31T00:00:00Z")]
    [InlineData("Tokens:RevokedKeys", "k2026")]
    public void The_current_key_cannot_be_retired_or_revoked(string setting, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(("Tokens:Keys:k2026", New), (setting, value)));
        Assert.Contains("current key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retirement_without_an_offset_is_refused_rather_than_read_in_the_servers_zone()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(
            ("Tokens:Keys:k2025", Old), ("Tokens:Keys:k2026", New), ("Tokens:CurrentKey", "k2026"), ("Tokens:RetiredKeys:k2025", "2026-03-31T00:00:00")));
        Assert.Contains("Tokens:RetiredKeys:k2025", error.Message, StringComparison.Ordinal);
    }

    private static LinkKeyRing Read(params (string Key, string Value)[] settings) =>
        LinkKeySettings.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build());
}
