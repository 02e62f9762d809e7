using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed partial class RoleAssignmentTests(MainTemplateFixture template)
{
    private const string AssignmentType = "Microsoft.Authorization/roleAssignments";

    // Built-in role definition ids, the same in every tenant.
    internal const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    internal const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    internal const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    internal const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    internal const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    internal const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private const string AccountScope = "[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]";

    /// <summary>The scope of the container loop: one container of the account per iteration.</summary>
    private const string ContainerScope =
        "[resourceId('Microsoft.Storage/storageAccounts/blobServices/containers', parameters('storageAccountName'), 'default', variables('appContainerNames')[copyIndex()])]";

    /// <summary>The blob data actions Storage Blob Data Contributor grants; the account-wide grant's condition must cover each.</summary>
    private static readonly string[] BlobDataActions =
    [
        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read",
        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write",
        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete",
        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action",
        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action",
    ];

    /// <summary>
    /// For each resource scope type: the access module parameter naming that resource, and the module
    /// that creates it with its name parameter. Both must be given the same name by main.bicep.
    /// </summary>
    private static readonly Dictionary<string, (string AccessParameter, string Module, string ModuleParameter)> Scopes = new()
    {
        ["Microsoft.Storage/storageAccounts"] = ("storageAccountName", "storage", "accountName"),
        ["Microsoft.KeyVault/vaults"] = ("vaultName", "vault", "vaultName"),
        ["Microsoft.Insights/components"] = ("applicationInsightsName", "monitoring", "applicationInsightsName"),
    };

    /// <summary>One role one assignment declaration grants (a loop grants several, or one role on several scopes).</summary>
    internal sealed record Grant(string RoleId, string RoleExpression, ArmResource Assignment);

    /// <summary>
    /// The roles the access module grants, read from the forms its assignments take: a single role
    /// named <c>variables('roles').key</c> (alone, or looped over scopes), or the account loop naming
    /// <c>variables('accountRoles')[copyIndex()]</c>, whose items name <c>variables('roles').key</c>.
    /// Any other form fails the test rather than being guessed at.
    /// </summary>
    internal static IReadOnlyList<Grant> Grants(ArmTemplate main)
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
            if (role == "variables('accountRoles')[copyIndex()]")
            {
                Assert.Equal("[length(variables('accountRoles'))]", assignment.CopyCount);
                grants.AddRange(ArmJson.Texts(access.Variable("accountRoles")).Select(item => new Grant(RoleId(item[1..^1]), role, assignment)));
            }
            else
            {
                grants.Add(new Grant(RoleId(role), role, assignment));
            }
        }

        return grants;
    }

    internal static void AssertIdentityHolds(ArmTemplate main, string roleId, string scopeType)
    {
        var (accessParameter, module, moduleParameter) = Scopes[scopeType];
        var access = IntakeResources.Access(main);

        var grant = Assert.Single(Grants(main), grant => grant.RoleId == roleId && grant.Assignment.Scope == $"[resourceId('{scopeType}', parameters('{accessParameter}'))]");
        ArmAssert.Expression("[parameters('principalId')]", grant.Assignment.At("properties", "principalId"));

        // The scope names the very resource the other module creates, and the principal is the app's identity.
        var name = ArmJson.Text(access.Passes(accessParameter));
        ArmAssert.Expression(name, main.Module(module).Passes(moduleParameter));
        ArmAssert.Expression(IntakeResources.IdentityReference("principalId"), access.Passes("principalId"));
    }

    /// <summary>Every role assignment in main.bicep and its modules.</summary>
    private IEnumerable<ArmResource> AllAssignments() =>
        template.Main.SelfAndModules().SelectMany(armTemplate => armTemplate.OfType(AssignmentType));

    public static TheoryData<string, string, string> AccountWideRoles => new()
    {
        { "Storage Queue Data Contributor", StorageQueueDataContributor, "Microsoft.Storage/storageAccounts" },
        { "Storage Table Data Contributor", StorageTableDataContributor, "Microsoft.Storage/storageAccounts" },
        { "Key Vault Secrets User", KeyVaultSecretsUser, "Microsoft.KeyVault/vaults" },
        { "Monitoring Metrics Publisher", MonitoringMetricsPublisher, "Microsoft.Insights/components" },
    };

#pragma warning disable xUnit1026 // the role name makes each case readable in the test report
    [Theory]
    [MemberData(nameof(AccountWideRoles))]
    public void Identity_holds_role_on_exactly_that_resource(string roleName, string roleId, string scopeType)
    {
        AssertIdentityHolds(template.Main, roleId, scopeType);
    }
#pragma warning restore xUnit1026

    internal static void AssertNoBlobDataOwner(ArmTemplate main)
    {
        Assert.DoesNotContain(Grants(main), grant => grant.RoleId == StorageBlobDataOwner);
        var everywhere = main.SelfAndModules().SelectMany(armTemplate => armTemplate.OfType(AssignmentType));
        Assert.All(everywhere, assignment => Assert.DoesNotContain(StorageBlobDataOwner, assignment.Json.ToJsonString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Identity_holds_no_storage_blob_data_owner_role()
    {
        AssertNoBlobDataOwner(template.Main);
    }

    internal static void AssertBlobRoleOnEachAppContainer(ArmTemplate main)
    {
        var access = IntakeResources.Access(main);
        var grant = Assert.Single(Grants(main), grant => grant.Assignment.Scope == ContainerScope);

        Assert.Equal(StorageBlobDataContributor, grant.RoleId);
        Assert.Equal("[length(variables('appContainerNames'))]", grant.Assignment.CopyCount);
        Assert.False(grant.Assignment.Has("properties", "condition"));
        Assert.Equal(["exports", "evidence", "[parameters('deploymentContainerName')]"], ArmJson.Texts(access.Template.Variable("appContainerNames")));
        // The same containers the storage module creates, and the package container the app deploys from.
        var storage = IntakeResources.Storage(main).Template;
        Assert.Equal(["[variables('exportsContainerName')]", "evidence"], ArmJson.Texts(storage.Variable("appContainerNames")));
        Assert.Equal("exports", ArmJson.Literal(storage.Variable("exportsContainerName")));
        ArmAssert.Expression("[variables('names').deploymentContainer]", access.Passes("deploymentContainerName"));
        ArmAssert.Expression("[variables('names').deploymentContainer]", IntakeResources.Storage(main).Passes("deploymentContainerName"));
    }

    [Fact]
    public void Blob_data_contributor_is_granted_on_each_container_the_app_uses_and_no_wider()
    {
        AssertBlobRoleOnEachAppContainer(template.Main);
    }

    internal static string EngineBlobCondition(ArmTemplate main)
    {
        var access = IntakeResources.Access(main).Template;
        var grant = Assert.Single(Grants(main), grant => grant.RoleId == StorageBlobDataContributor && grant.Assignment.Scope == AccountScope);
        Assert.Null(grant.Assignment.CopyCount);
        Assert.Equal("2.0", grant.Assignment.Value("properties", "conditionVersion"));
        ArmAssert.Expression("[variables('engineBlobCondition')]", grant.Assignment.At("properties", "condition"));
        return ArmJson.Text(access.Variable("engineBlobCondition"));
    }

    internal static void AssertAccountBlobRoleReachesOnlyEngineContainers(ArmTemplate main, string taskHubName)
    {
        var condition = EngineBlobCondition(main);
        var compact = Regex.Replace(condition, @"\s+", " ");
        const string ContainerName = "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name]";

        // Every blob data action of the role is named, so none escapes the container test...
        Assert.All(BlobDataActions, action => Assert.Contains($"!(ActionMatches{{'{action}'}})", compact, StringComparison.Ordinal));
        Assert.Equal(BlobDataActions.Length, Regex.Count(compact, "ActionMatches"));
        Assert.Equal(BlobDataActions.Length - 1, Regex.Count(compact, @"\) AND !\("));
        // ...and the container test admits the host's and the engine's prefixes, nothing else.
        var prefixes = Regex.Matches(compact, Regex.Escape(ContainerName) + @" StringStartsWith '(?<prefix>[^']*)'").Select(match => match.Groups["prefix"].Value).Order(StringComparer.Ordinal);
        Assert.Equal(["azure-webjobs-", taskHubName.ToLowerInvariant() + "-"], prefixes);
        Assert.StartsWith("( ( !(ActionMatches", compact, StringComparison.Ordinal);
        Assert.Contains("}) ) OR ( " + ContainerName, compact, StringComparison.Ordinal);
        Assert.EndsWith("' ) )", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("exports", compact, StringComparison.Ordinal);
        Assert.DoesNotContain("evidence", compact, StringComparison.Ordinal);
    }

    [Fact]
    public void The_account_wide_blob_role_reaches_only_the_hosts_and_the_engines_containers()
    {
        var hubName = JsonNode.Parse(File.ReadAllText(RepositoryLayout.FunctionsHostJson))!["extensions"]!["durableTask"]!["hubName"]!.GetValue<string>();

        AssertAccountBlobRoleReachesOnlyEngineContainers(template.Main, hubName);
    }

    /// <summary>Least privilege: exactly these grants, and no assignment outside the access module.</summary>
    internal static void AssertNoOtherRole(ArmTemplate main)
    {
        var everywhere = main.SelfAndModules().SelectMany(armTemplate => armTemplate.OfType(AssignmentType)).Count();
        Assert.Equal(everywhere, IntakeResources.Access(main).Template.OfType(AssignmentType).Count());
        var granted = Grants(main).Select(grant => $"{grant.RoleId} {grant.Assignment.Scope}").Order(StringComparer.Ordinal).ToList();
        string[] expected =
        [
            $"{StorageBlobDataContributor} {ContainerScope}",
            $"{StorageBlobDataContributor} {AccountScope}",
            $"{StorageQueueDataContributor} {AccountScope}",
            $"{StorageTableDataContributor} {AccountScope}",
            $"{KeyVaultSecretsUser} [resourceId('Microsoft.KeyVault/vaults', parameters('vaultName'))]",
            $"{MonitoringMetricsPublisher} [resourceId('Microsoft.Insights/components', parameters('applicationInsightsName'))]",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), granted);
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
