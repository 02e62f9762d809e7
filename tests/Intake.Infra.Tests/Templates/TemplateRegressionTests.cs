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

    [Fact]
    public async Task Blob_owner_check_fails_when_the_account_gets_storage_blob_data_owner_again()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/access.bicep",
            "storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'",
            "storageBlobDataContributor: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'");

        Assert.ThrowsAny<XunitException>(() => RoleAssignmentTests.AssertNoBlobDataOwner(weakened.Main));
    }

    [Fact]
    public async Task Engine_blob_check_fails_when_the_account_wide_role_loses_its_condition()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/access.bicep", "    condition: engineBlobCondition\n    conditionVersion: '2.0'\n", string.Empty);

        Assert.ThrowsAny<XunitException>(() => RoleAssignmentTests.AssertAccountBlobRoleReachesOnlyEngineContainers(weakened.Main, "IntakeHub"));
    }

    [Fact]
    public async Task Engine_blob_check_fails_when_the_condition_admits_every_container()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/access.bicep", "StringStartsWith 'intakehub-'", "StringStartsWith ''");

        Assert.ThrowsAny<XunitException>(() => RoleAssignmentTests.AssertAccountBlobRoleReachesOnlyEngineContainers(weakened.Main, "IntakeHub"));
    }

    [Fact]
    public async Task Container_check_fails_when_a_data_container_loses_its_own_grant()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/access.bicep", "  'evidence'\n  deploymentContainerName\n", "  deploymentContainerName\n");

        Assert.ThrowsAny<XunitException>(() => RoleAssignmentTests.AssertBlobRoleOnEachAppContainer(weakened.Main));
    }

    [Fact]
    public async Task Sign_in_check_fails_when_the_staff_pages_are_left_to_the_link_alone()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/functionApp.bicep", "Staff__RequireSignIn: 'true'", "Staff__RequireSignIn: 'false'");

        Assert.ThrowsAny<XunitException>(() => StaffSignInTemplateTests.AssertStaffPagesRequireSignIn(weakened.Main));
    }

    [Fact]
    public async Task Anonymous_paths_check_fails_when_sign_in_is_required_for_the_whole_site()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/functionApp.bicep", "requireAuthentication: false", "requireAuthentication: true");

        Assert.ThrowsAny<XunitException>(() => StaffSignInTemplateTests.AssertPublicPathsStayAnonymous(weakened.Main));
    }

    [Fact]
    public async Task Sas_maximum_check_fails_when_the_parameter_allows_an_hour()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "main.bicep", "@maxValue(10)\nparam downloadSasMinutes", "@maxValue(60)\nparam downloadSasMinutes");

        Assert.ThrowsAny<XunitException>(() => StaffSignInTemplateTests.AssertSasMinutesAtMostTen(weakened.Main));
    }

    [Fact]
    public async Task Https_check_fails_when_the_deployment_endpoint_accepts_old_tls()
    {
        var weakened = await TemplateMutation.CompileAsync(
            "modules/functionApp.bicep", "scmMinTlsVersion: '1.2'", "scmMinTlsVersion: '1.0'");

        Assert.ThrowsAny<XunitException>(() => StaffSignInTemplateTests.AssertHttpsOnlyWithModernTls(weakened.Main));
    }
}
