using System.Text;
using Intake.Adapters.Sources;
using Intake.Core.Sources;
using Intake.Testing;

namespace Intake.Integration.Tests.Sources;

[Collection(AzuriteCollection.Name)]
public sealed class ManualTaskTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private SampleWorld world = null!;

    public async Task InitializeAsync() => world = await SampleWorld.CreateAsync(azurite);

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Manual_source_asks_staff_with_the_maps_instructions()
    {
        var receipt = await world.Runner.RunAsync(world.Job("clewer", "web-analytics", SourceAction.Erase, SampleWorld.NewRequest()));

        Assert.Equal(SourceOutcome.AwaitingStaff, receipt.Outcome);
        Assert.Contains("User Deletion", receipt.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_confirmation_with_a_screenshot_becomes_the_final_receipt_in_evidence()
    {
        var request = SampleWorld.NewRequest();
        var job = world.Job("clewer", "web-analytics", SourceAction.Erase, request);
        await world.Runner.RunAsync(job);
        var confirmer = new ManualTaskConfirmer(world.Evidence);
        var confirmation = new ManualTaskConfirmation(request, "web-analytics", SourceAction.Erase, SourceOutcome.Applied, 1, 1, [], "User deleted in Google Analytics.");
        var at = new DateTimeOffset(2026, 6, 16, 9, 30, 0, TimeSpan.FromHours(3));
        using var screenshot = new MemoryStream(Encoding.UTF8.GetBytes("fake png"));

        var receipt = await confirmer.ConfirmAsync(confirmation, screenshot, "../../ga deletion.png", at);

        Assert.Equal($"{request.Value}/attachments/web-analytics/ga_deletion.png", receipt.EvidenceBlob);
        var stored = await world.Evidence.Container.GetBlobClient(receipt.EvidenceBlob).DownloadContentAsync();
        Assert.Equal("fake png", stored.Value.Content.ToString());
        var again = await world.Runner.RunAsync(job);
        Assert.Equal(SourceOutcome.Applied, again.Outcome);
        Assert.Equal("User deleted in Google Analytics.", again.Note);
    }

    [Fact]
    public async Task Confirmation_without_a_note_is_refused()
    {
        var confirmer = new ManualTaskConfirmer(world.Evidence);
        var confirmation = new ManualTaskConfirmation(SampleWorld.NewRequest(), "web-analytics", SourceAction.Erase, SourceOutcome.Applied, 1, 1, [], "");

        await Assert.ThrowsAsync<ArgumentException>(() => confirmer.ConfirmAsync(confirmation, null, null, DateTimeOffset.UtcNow));
    }
}
