using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class RoleAssignmentTests(MainTemplateFixture template)
{
    private const string AssignmentType = "Microsoft.Authorization/roleAssignments";

    // Built-in role definition ids, the same in every tenant.
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    public static TheoryData<string, string, string> ExpectedRoles => new()
    {
        { "Storage Blob Data Owner", StorageBlobDataOwner, "Microsoft.Storage/storageAccounts" },
        { "Storage Queue Data Contributor", StorageQueueDataContributor, "Microsoft.Storage/storageAccounts" },
        { "Storage Table Data Contributor", StorageTableDataContributor, "Microsoft.Storage/storageAccounts" },
        { "Key Vault Secrets User", KeyVaultSecretsUser, "Microsoft.KeyVault/vaults" },
        { "Monitoring Metrics Publisher", MonitoringMetricsPublisher, "Microsoft.Insights/components" },
    };

    internal static void AssertIdentityHolds(EvaluatedTemplate deployed, string roleId, string scopeType)
    {
        var scope = deployed.Single(scopeType);
        var principal = IntakeResources.IdentityRuntimeValue(deployed, "principalId");
        var matching = deployed.OfType(AssignmentType).Where(assignment =>
            RoleOf(assignment) == roleId
            && assignment.Scope == scope.Id
            && ArmValue.Text(assignment.Property("properties", "principalId")) == principal);
        Assert.Single(matching);
    }

    private static string RoleOf(DeployedResource assignment) =>
        ArmValue.AsString(assignment.Property("properties", "roleDefinitionId")).Split('/')[^1];

#pragma warning disable xUnit1026 // the role name makes each case readable in the test report
    [Theory]
    [MemberData(nameof(ExpectedRoles))]
    public void Identity_holds_role_on_exactly_that_resource(string roleName, string roleId, string scopeType)
    {
        AssertIdentityHolds(template.Deployed, roleId, scopeType);
    }
#pragma warning restore xUnit1026

    [Fact]
    public void Identity_holds_no_other_role()
    {
        var granted = template.Deployed.OfType(AssignmentType).Select(RoleOf).Order().ToList();
        var expected = ExpectedRoles.Select(row => (string)row[1]).Order().ToList();

        Assert.Equal(expected, granted);
    }

    [Fact]
    public void No_role_is_granted_on_the_resource_group_or_subscription()
    {
        Assert.All(template.Deployed.OfType(AssignmentType), assignment =>
        {
            Assert.NotNull(assignment.Scope);
            Assert.Contains("/providers/", assignment.Scope, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Assignments_declare_a_service_principal_so_a_new_identity_is_not_rejected()
    {
        Assert.All(template.Deployed.OfType(AssignmentType), assignment =>
            Assert.Equal("ServicePrincipal", assignment.Property("properties", "principalType")));
    }

    [Fact]
    public void Assignment_names_are_distinct_and_stable_between_deployments()
    {
        var first = template.Deployed.OfType(AssignmentType).Select(assignment => assignment.Name).ToList();
        var again = template.Compiled.Evaluate().OfType(AssignmentType).Select(assignment => assignment.Name).ToList();

        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, again);
    }

    [Fact]
    public void Function_app_is_deployed_after_its_roles_are_granted()
    {
        var functionAppModule = template.Deployed.Named("Microsoft.Resources/deployments", "functionApp");
        var accessModule = template.Deployed.Named("Microsoft.Resources/deployments", "access");

        var dependsOn = ArmValue.AsList(functionAppModule.Property("dependsOn")).Select(ArmValue.Text);
        Assert.Contains(accessModule.Id, dependsOn);
    }
}
