using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class StorageAccountTests(MainTemplateFixture template)
{
    private const string AccountType = "Microsoft.Storage/storageAccounts";
    private const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";

    private ArmTemplate Storage => IntakeResources.Storage(template.Main).Template;

    /// <summary>Shared with the regression test that proves this check fails on a weaker template.</summary>
    internal static void AssertNoSharedKeyAndNoAnonymousAccess(ArmTemplate main)
    {
        var account = IntakeResources.Storage(main).Template.Single(AccountType);
        Assert.Equal(false, account.Value("properties", "allowSharedKeyAccess"));
        Assert.Equal(false, account.Value("properties", "allowBlobPublicAccess"));
    }

    /// <summary>
    /// The names a resource loop of the storage module creates: it must loop over the given
    /// variable with the usual child name, and the names are that variable's items as written.
    /// </summary>
    private IReadOnlyList<string> LoopedNames(string type, string parentPath, string variable)
    {
        var loop = Assert.Single(Storage.OfType(type), resource => resource.CopyCount is not null);
        Assert.Equal($"[length(variables('{variable}'))]", loop.CopyCount);
        Assert.Equal($"[format('{{0}}/{{1}}/{{2}}', parameters('accountName'), '{parentPath}', variables('{variable}')[copyIndex()])]", loop.Name);
        return ArmJson.Texts(Storage.Variable(variable));
    }

    [Fact]
    public void Account_refuses_shared_keys_and_anonymous_blob_reads()
    {
        AssertNoSharedKeyAndNoAnonymousAccess(template.Main);
    }

    [Fact]
    public void Account_is_general_purpose_v2_reached_only_over_https_with_tls_1_2()
    {
        var account = Storage.Single(AccountType);

        Assert.Equal("StorageV2", account.Value("kind"));
        Assert.Equal(true, account.Value("properties", "supportsHttpsTrafficOnly"));
        Assert.Equal("TLS1_2", account.Value("properties", "minimumTlsVersion"));
    }

    [Fact]
    public void Account_name_fits_the_storage_naming_rule()
    {
        // 3-24 lowercase letters and digits: 'st', at most 9 characters of the prefix with its
        // hyphens removed and lowered, then the 13-character token (2 + 9 + 13 = 24).
        Assert.Equal("[parameters('accountName')]", Storage.Single(AccountType).Name);
        ArmAssert.Expression("[variables('names').storage]", IntakeResources.Storage(template.Main).Passes("accountName"));
        ArmAssert.Expression(
            "[format('{0}{1}', take(format('st{0}', variables('compactPrefix')), 11), variables('resourceToken'))]",
            template.Main.Variable("names", "storage"));
        ArmAssert.Expression("[toLower(replace(parameters('namePrefix'), '-', ''))]", template.Main.Variable("compactPrefix"));
        ArmAssert.Expression(IntakeResources.ResourceToken, template.Main.Variable("resourceToken"));
    }

    [Theory]
    [InlineData("exports")]
    [InlineData("evidence")]
    [InlineData("dataprotection")]
    [InlineData("app-package")]
    public void Blob_container_exists_without_public_access(string container)
    {
        Assert.All(Storage.OfType(ContainerType), declared => Assert.Equal("None", declared.Value("properties", "publicAccess")));

        // The app's containers come from a loop whose first item is the variable the lifecycle
        // rule also uses; the deployment container is the one single container, named by main.bicep.
        var looped = LoopedNames(ContainerType, "default", "appContainerNames");
        Assert.Equal(["[variables('exportsContainerName')]", "evidence", "dataprotection"], looped);
        var deployment = Assert.Single(Storage.OfType(ContainerType), resource => resource.CopyCount is null);
        Assert.Equal("[format('{0}/{1}/{2}', parameters('accountName'), 'default', parameters('deploymentContainerName'))]", deployment.Name);
        ArmAssert.Expression("[variables('names').deploymentContainer]", IntakeResources.Storage(template.Main).Passes("deploymentContainerName"));

        string[] names =
        [
            ArmJson.Text(Storage.Variable("exportsContainerName")),
            looped[1],
            looped[2],
            ArmJson.Text(template.Main.Variable("names", "deploymentContainer")),
        ];
        Assert.Contains(container, names);
    }

    [Fact]
    public void No_queue_or_table_of_the_retired_engine_is_deployed()
    {
        // The request process runs on Durable Functions, whose task hub makes its own queues and tables.
        Assert.Empty(Storage.OfType("Microsoft.Storage/storageAccounts/queueServices/queues"));
        Assert.DoesNotContain("wake", LoopedNames("Microsoft.Storage/storageAccounts/tableServices/tables", "default", "tableNames"));
    }

    [Fact]
    public void The_form_protection_keys_have_a_private_container()
    {
        Assert.Contains("dataprotection", LoopedNames(ContainerType, "default", "appContainerNames"));
    }

    [Theory]
    [InlineData("requests")]
    [InlineData("outbox")]
    [InlineData("subjects")]
    [InlineData("idempotency")]
    [InlineData("suppression")]
    [InlineData("revokedlinks")]
    [InlineData("ratelimits")]
    [InlineData("requestindex")]
    [InlineData("viewlog")]
    public void Table_exists(string table)
    {
        Assert.Contains(table, LoopedNames("Microsoft.Storage/storageAccounts/tableServices/tables", "default", "tableNames"));
    }

    [Fact]
    public void Blob_soft_delete_is_off_so_deleted_exports_do_not_linger()
    {
        var blobService = Storage.Single("Microsoft.Storage/storageAccounts/blobServices");

        Assert.Equal(false, blobService.Value("properties", "deleteRetentionPolicy", "enabled"));
        Assert.Equal(false, blobService.Value("properties", "containerDeleteRetentionPolicy", "enabled"));
    }
}
