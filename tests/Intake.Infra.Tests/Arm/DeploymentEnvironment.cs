namespace Intake.Infra.Tests.Arm;

/// <summary>
/// The subscription, tenant and resource group a template is evaluated against. Stand-in values:
/// the tests compare resources of one evaluation with each other, never with real Azure ids.
/// </summary>
public sealed record DeploymentEnvironment(
    string SubscriptionId,
    string TenantId,
    string ResourceGroupName,
    string Location)
{
    public static DeploymentEnvironment Test { get; } = new(
        "11111111-2222-3333-4444-555555555555",
        "66666666-7777-8888-9999-000000000000",
        "rg-intake-test",
        "westeurope");

    public string SubscriptionResourceId => $"/subscriptions/{SubscriptionId}";

    public string ResourceGroupResourceId => $"{SubscriptionResourceId}/resourceGroups/{ResourceGroupName}";
}
