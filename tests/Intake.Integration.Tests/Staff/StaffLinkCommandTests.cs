using System.Globalization;
using System.Net;
using Intake.Integration.Tests.Links;
using Intake.Local.Cli;
using Intake.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Integration.Tests.Staff;

[Collection(AzuriteCollection.Name)]
public sealed class StaffLinkCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Staff_link_prints_an_overview_link_the_running_host_accepts()
    {
        await using var host = await IntakeHost.StartAsync(azurite);
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var id = await new LinkFlow(host).OpenAsync();

        var (exit, output, error) = await RunAsync("staff-link", "clewer", "--data-path", configuration["Intake:DataPath"]!, "--base-url", host.BaseAddress.AbsoluteUri);

        Assert.True(exit == ExitCodes.Success, error);
        var link = new Uri(output.Trim());
        Assert.StartsWith(host.BaseAddress.AbsoluteUri + "staff/", link.AbsoluteUri, StringComparison.Ordinal);
        var page = await new LinkFlow(host).GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(id.Value, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_link_for_an_unknown_controller_names_the_configured_ones_and_exits_2()
    {
        var (exit, output, error) = await RunAsync("staff-link", "acme", "--data-path", Path.Combine(Path.GetTempPath(), "intake-cli-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("clerica, clewer", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await IntakeCommandLine.InvokeAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
