using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Templates;

[Collection(MainTemplateCollection.Name)]
public sealed class StorageAccountTests(MainTemplateFixture template)
{
    private const string AccountType = "Microsoft.Storage/storageAccounts";

    /// <summary>Shared with the regression test that proves this check fails on a weaker template.</summary>
    internal static void AssertNoSharedKeyAndNoAnonymousAccess(EvaluatedTemplate deployed)
    {
        var account = deployed.Single(AccountType);
        Assert.Equal(false, account.Property("properties", "allowSharedKeyAccess"));
        Assert.Equal(false, account.Property("properties", "allowBlobPublicAccess"));
    }

    [Fact]
    public void Account_refuses_shared_keys_and_anonymous_blob_reads()
    {
        AssertNoSharedKeyAndNoAnonymousAccess(template.Deployed);
    }

    [Fact]
    public void Account_is_general_purpose_v2_reached_only_over_https_with_tls_1_2()
    {
        var account = template.Deployed.Single(AccountType);

        Assert.Equal("StorageV2", account.Property("kind"));
        Assert.Equal(true, account.Property("properties", "supportsHttpsTrafficOnly"));
        Assert.Equal("TLS1_2", account.Property("properties", "minimumTlsVersion"));
    }

    [Fact]
    public void Account_name_fits_the_storage_naming_rule()
    {
        var name = template.Deployed.Single(AccountType).Name;

        Assert.InRange(name.Length, 3, 24);
        Assert.All(name, character => Assert.True(char.IsAsciiLetterLower(character) || char.IsAsciiDigit(character), name));
    }

    [Theory]
    [InlineData("exports")]
    [InlineData("evidence")]
    [InlineData("app-package")]
    public void Blob_container_exists_without_public_access(string container)
    {
        var found = template.Deployed.Named("Microsoft.Storage/storageAccounts/blobServices/containers", container);

        Assert.Equal("None", found.Property("properties", "publicAccess"));
    }

    [Fact]
    public void Work_queue_exists()
    {
        Assert.NotNull(template.Deployed.Named("Microsoft.Storage/storageAccounts/queueServices/queues", "work"));
    }

    [Theory]
    [InlineData("requests")]
    [InlineData("wake")]
    [InlineData("outbox")]
    [InlineData("subjects")]
    [InlineData("idempotency")]
    [InlineData("suppression")]
    [InlineData("revokedlinks")]
    public void Table_exists(string table)
    {
        Assert.NotNull(template.Deployed.Named("Microsoft.Storage/storageAccounts/tableServices/tables", table));
    }

    [Fact]
    public void Blob_soft_delete_is_off_so_deleted_exports_do_not_linger()
    {
        var blobService = template.Deployed.Single("Microsoft.Storage/storageAccounts/blobServices");

        Assert.Equal(false, blobService.Property("properties", "deleteRetentionPolicy", "enabled"));
        Assert.Equal(false, blobService.Property("properties", "containerDeleteRetentionPolicy", "enabled"));
    }
}
