using System.Security.Cryptography;
using Intake.Core.Tokens;
using Intake.Testing;

namespace Intake.Integration.Tests.Cli;

[Collection(AzuriteCollection.Name)]
public sealed class RevokeLinkCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_url_that_holds_no_link_exits_2_before_touching_storage()
    {
        var run = await CommandLineRun.InvokeAsync("revoke-link", "https://intake.example/fi/lomake");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("neither a link", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_this_installation_did_not_sign_is_not_revoked_and_exits_2()
    {
        var foreign = new LinkTokenSigner(RandomNumberGenerator.GetBytes(32))
            .Sign(new LinkToken("R-0123-4567-89", "verify", TokenAudience.Person, DateTimeOffset.UtcNow.AddDays(1), "n", true));

        var run = await CommandLineRun.InvokeAsync(
            "revoke-link",
            "http://127.0.0.1:7071/l/" + foreign,
            $"--ConnectionStrings:Storage={azurite.ConnectionString}",
            $"--Storage:Prefix={StoragePrefix.New('c')}",
            $"--Tokens:SigningKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            "--Intake:SampleData:Enabled=false");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a link this installation signed (tampered)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, run.Error + run.Output, StringComparison.Ordinal);
    }
}
