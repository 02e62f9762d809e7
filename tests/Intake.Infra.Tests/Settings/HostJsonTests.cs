using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Settings;

public sealed class HostJsonTests
{
    private static JsonObject Host => JsonNode.Parse(File.ReadAllText(RepositoryLayout.FunctionsHostJson))!.AsObject();

    private static JsonNode DurableTask => Host["extensions"]!["durableTask"]!;

    [Fact]
    public void Host_uses_schema_version_2()
    {
        Assert.Equal("2.0", Host["version"]!.GetValue<string>());
    }

    [Fact]
    public void Pages_are_served_from_the_root_without_the_api_prefix()
    {
        Assert.Equal("", Host["extensions"]!["http"]!["routePrefix"]!.GetValue<string>());
    }

    [Fact]
    public void Task_hub_name_is_valid_for_the_azure_storage_provider()
    {
        // Azure Storage task hubs: 3-45 characters, letters and digits, starting with a letter.
        Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,44}$", DurableTask["hubName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("maxConcurrentActivityFunctions")]
    [InlineData("maxConcurrentOrchestratorFunctions")]
    public void Concurrency_is_bounded(string setting)
    {
        Assert.InRange(DurableTask[setting]!.GetValue<int>(), 1, 100);
    }

    [Fact]
    public void Orchestration_inputs_and_outputs_stay_out_of_the_logs()
    {
        // Inputs carry the requester's address and request contents: personal data.
        Assert.False(DurableTask["tracing"]!["traceInputsAndOutputs"]!.GetValue<bool>());
    }
}
