using System.Text.RegularExpressions;
using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed partial class RoleAssignmentTests(MainTemplateFixture template)
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

    /// <summary>
    /// For each scope type: the access module parameter naming that resource, and the module
    /// that creates it with its name parameter. Both must be given the same name by main.bicep.
    /// </summary>
    private static readonly Dictionary<string, (string AccessParameter, string Module, string ModuleParameter)> Scopes = new()
    {
        ["Microsoft.Storage/storageAccounts"] = ("storageAccountName", "storage", "accountName"),
        ["Microsoft.KeyVault/vaults"] = ("vaultName", "vault", "vaultName"),
        ["Microsoft.Insights/components"] = ("applicationInsightsName", "monitoring", "applicationInsightsName"),
    };

    /// <summary>One role one assignment declaration grants (a loop grants several).</summary>
    private sealed record Grant(string RoleId, string RoleExpression, ArmResource Assignment);

    /// <summary>
    /// The roles the access module grants, read from the two forms its assignments take: a single
    /// assignment names <c>variables('roles').key</c>; the storage loop names
    /// <c>variables('storageRoles')[copyIndex()]</c>, whose items name <c>variables('roles').key</c>.
    /// Any other form fails the test rather than being guessed at.
    /// </summary>
    private static IReadOnlyList<Grant> Grants(ArmTemplate main)
    {
        var access = IntakeResources.Access(main).Template;
        string RoleId(string roleExpression)
        {
            var key = RoleKey().Match(roleExpression);
            Assert.True(key.Success, $"Unexpected role expression {roleExpression}.");
            return ArmJson.Text(access.Variable("roles", key.Groups["key"].Value));
        }

        var grants = new List<Grant>();
        foreach (var assignment in access.OfType(AssignmentType))
        {
            var definition = RoleDefinition().Match(ArmJson.Text(assignment.At("properties", "roleDefinitionId")));
            Assert.True(definition.Success, $"Unexpected roleDefinitionId in {assignment}.");
            var role = definition.Groups["role"].Value;
            if (role == "variables('storageRoles')[copyIndex()]")
            {
                Assert.Equal("[length(variables('storageRoles'))]", assignment.CopyCount);
                grants.AddRange(ArmJson.Texts(access.Variable("storageRoles")).Select(item => new Grant(RoleId(item[1..^1]), role, assignment)));
            }
            else
            {
                Assert.Null(assignment.CopyCount);
                grants.Add(new Grant(RoleId(role), role, assignment));
            }
        }

        return grants;
    }

    internal static void AssertIdentityHolds(ArmTemplate main, string roleId, string scopeType)
    {
        var (accessParameter, module, moduleParameter) = Scopes[scopeType];
        var access = IntakeResources.Access(main);

        var grant = Assert.Single(Grants(main), grant => grant.RoleId == roleId);
        Assert.Equal($"[resourceId('{scopeType}', parameters('{accessParameter}'))]", grant.Assignment.Scope);
        ArmAssert.Expression("[parameters('principalId')]", grant.Assignment.At("properties", "principalId"));

        // The scope names the very resource the other module creates, and the principal is the app's identity.
        var name = ArmJson.Text(access.Passes(accessParameter));
        ArmAssert.Expression(name, main.Module(module).Passes(moduleParameter));
        ArmAssert.Expression(IntakeResources.IdentityReference("principalId"), access.Passes("principalId"));
    }

    /// <summary>Every role assignment in main.bicep and its modules.</summary>
    private IEnumerable<ArmResource> AllAssignments() =>
        template.Main.SelfAndModules().SelectMany(armTemplate => armTemplate.OfType(AssignmentType));

#pragma warning disable xUnit1026 // the role name makes each case readable in the test report
    [Theory]
    [MemberData(nameof(ExpectedRoles))]
    public void Identity_holds_role_on_exactly_that_resource(string roleName, string roleId, string scopeType)
    {
        AssertIdentityHolds(template.Main, roleId, scopeType);
    }
#pragma warning restore xUnit1026

    /// <summary>Least privilege: the five expected roles, each once, and no assignment outside the access module.</summary>
    internal static void AssertNoOtherRole(ArmTemplate main)
    {
        var everywhere = main.SelfAndModules().SelectMany(armTemplate => armTemplate.OfType(AssignmentType)).Count();
        Assert.Equal(everywhere, IntakeResources.Access(main).Template.OfType(AssignmentType).Count());
        var granted = Grants(main).Select(grant => grant.RoleId).Order().ToList();
        var expected = ExpectedRoles.Select(row => (string)row[1]).Order().ToList();

        Assert.Equal(expected, granted);
    }

    [Fact]
    public void Identity_holds_no_other_role()
    {
        AssertNoOtherRole(template.Main);
    }

    [Fact]
    public void No_role_is_granted_on_the_resource_group_or_subscription()
    {
        // An assignment without a scope lands on the deployment's resource group.
        Assert.All(AllAssignments(), assignment =>
        {
            Assert.NotNull(assignment.Scope);
            Assert.Matches(@"^\[resourceId\('Microsoft\.(Storage|KeyVault|Insights)/", assignment.Scope);
        });
    }

    [Fact]
    public void Assignments_declare_a_service_principal_so_a_new_identity_is_not_rejected()
    {
        Assert.All(AllAssignments(), assignment =>
            Assert.Equal("ServicePrincipal", assignment.Value("properties", "principalType")));
    }

    [Fact]
    public void Assignment_names_are_distinct_and_stable_between_deployments()
    {
        // guid() of the scope, the identity's resource id and the role: the same on every
        // deployment, and different for every (scope, role) pair.
        var grants = Grants(template.Main);
        foreach (var declaration in grants.GroupBy(grant => grant.Assignment.Json))
        {
            var assignment = declaration.First().Assignment;
            var role = Assert.Single(declaration.Select(grant => grant.RoleExpression).Distinct());
            Assert.Equal($"[guid({assignment.Scope![1..^1]}, parameters('identityId'), {role})]", assignment.Name);
        }

        ArmAssert.Expression(IntakeResources.IdentityId, IntakeResources.Access(template.Main).Passes("identityId"));
        Assert.Equal(grants.Count, grants.Select(grant => (grant.Assignment.Scope, grant.RoleId)).Distinct().Count());
    }

    [Fact]
    public void Function_app_is_deployed_after_its_roles_are_granted()
    {
        Assert.Contains(
            "[resourceId('Microsoft.Resources/deployments', 'access')]",
            IntakeResources.FunctionAppModule(template.Main).Deployment.DependsOn);
    }

    [GeneratedRegex(@"^\[subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions', (?<role>.+)\)\]$")]
    private static partial Regex RoleDefinition();

    [GeneratedRegex(@"^variables\('roles'\)\.(?<key>\w+)$")]
    private static partial Regex RoleKey();
}
