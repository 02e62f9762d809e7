using Xunit.Sdk;

namespace Intake.Infra.Tests.Templates;

/// <summary>
/// Each check above must fail when the template loses what it guards: these compile a copy of
/// infra/ with one regression and run the same check against it.
/// </summary>
public sealed class TemplateRegressionTests
{
    [Fact]
    public async Task Storage_check_fails_when_shared_key_access_is_allowed()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/storage.bicep", "allowSharedKeyAccess: false", "allowSharedKeyAccess: true");

        Assert.ThrowsAny<XunitException>(() => StorageAccountTests.AssertNoSharedKeyAndNoAnonymousAccess(weakened.Main));
    }

    [Fact]
    public async Task Storage_check_fails_when_anonymous_blob_reads_are_allowed()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/storage.bicep", "allowBlobPublicAccess: false", "allowBlobPublicAccess: true");

        Assert.ThrowsAny<XunitException>(() => StorageAccountTests.AssertNoSharedKeyAndNoAnonymousAccess(weakened.Main));
    }

    [Fact]
    public async Task Lifecycle_check_fails_when_the_grace_day_is_dropped()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/storage.bicep", "var exportGraceDays = 1", "var exportGraceDays = 0");

        Assert.ThrowsAny<XunitException>(() => ExportLifecycleTests.AssertDeletedOneDayAfterLinksExpire(weakened.Main));
    }

    [Fact]
    public async Task Key_vault_reference_check_fails_when_a_secret_is_passed_by_value()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/functionApp.bicep",
            "Tokens__SigningKey: format(keyVaultReference, tokenSigningKeyUri)",
            "Tokens__SigningKey: tokenSigningKeyUri");

        Assert.ThrowsAny<XunitException>(() => AppSettingsTests.AssertSecretsAreKeyVaultReferences(weakened.Main));
    }

    [Fact]
    public async Task Role_check_fails_when_the_vault_role_is_granted_on_the_resource_group()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/access.bicep",
            "  name: guid(vault.id, identityId, roles.keyVaultSecretsUser)\n  scope: vault\n",
            "  name: guid(vault.id, identityId, roles.keyVaultSecretsUser)\n");

        Assert.ThrowsAny<XunitException>(() => RoleAssignmentTests.AssertIdentityHolds(
            weakened.Main, "4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults"));
    }

    [Fact]
    public async Task Least_privilege_check_fails_when_the_storage_loop_grants_one_role_more()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/access.bicep",
            "  roles.storageTableDataContributor\n]",
            "  roles.storageTableDataContributor\n  roles.keyVaultSecretsUser\n]");

        Assert.ThrowsAny<XunitException>(() => RoleAssignmentTests.AssertNoOtherRole(weakened.Main));
    }
}
