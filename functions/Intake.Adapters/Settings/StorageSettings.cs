using System.ComponentModel.DataAnnotations;
using Intake.Adapters.Storage;
using Intake.Settings;
using Microsoft.Extensions.Configuration;

namespace Intake.Adapters.Settings;

/// <summary>
/// Where Intake keeps its state: configuration section <c>Storage</c>, and the connection strings
/// other tools set. <c>ConnectionStrings:Storage</c> wins; then an account reached by managed
/// identity (<c>Storage:AccountName</c>, or the identity-based <c>AzureWebJobsStorage:accountName</c>
/// the Functions platform uses); then the <c>AzureWebJobsStorage</c> connection string (as in
/// local.settings.json).
/// </summary>
public sealed class StorageSettings : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>An account reached with <c>DefaultAzureCredential</c> (managed identity in Azure).</summary>
    [RegularExpression("^[a-z0-9]{3,24}$", ErrorMessage = "{0} must be a storage account name: 3 to 24 lowercase letters and digits.")]
    public string? AccountName { get; set; }

    /// <summary>The client id of a user-assigned managed identity; unset uses the default credential chain.</summary>
    public string? ClientId { get; set; }

    /// <summary>Put before every table, queue and container name, so several installations (or test runs) can share an account.</summary>
    [RegularExpression("^[a-z]*$", ErrorMessage = "{0} may contain only lowercase letters a-z (tables, queues and containers share it).")]
    public string Prefix { get; set; } = string.Empty;

    /// <summary>From <c>ConnectionStrings:Storage</c> or <c>AzureWebJobsStorage</c> (<see cref="ApplyConnection"/>), not from this section.</summary>
    public string? ConnectionString { get; private set; }

    /// <summary>
    /// The settings as the host binds them, not yet checked (the host checks them when it starts):
    /// for the local host, which decides before it is built whether it needs its own Azurite.
    /// </summary>
    public static StorageSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new StorageSettings();
        SettingsBinder.Bind(configuration.GetSection(SectionName), settings);
        settings.ApplyConnection(configuration);
        return settings;
    }

    /// <summary>
    /// The names Intake's tables and containers get, for the defaults of other sections (the
    /// evidence and export containers, the outbox table). Read without the check, so those
    /// sections do not fail along with this one: a wrong prefix is left out here and reported as
    /// <c>Storage:Prefix</c> alone.
    /// </summary>
    public static StorageOptions Names(IConfiguration configuration)
    {
        var settings = Read(configuration);
        return new StorageOptions { Prefix = settings.Prefix.All(char.IsAsciiLetterLower) ? settings.Prefix : string.Empty };
    }

    /// <summary>Fills in what lives outside the section, by the precedence above.</summary>
    public void ApplyConnection(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ConnectionString = Value(configuration, "ConnectionStrings:Storage")
            ?? (AccountName is null ? Value(configuration, "AzureWebJobsStorage") ?? Value(configuration, "Values:AzureWebJobsStorage") : null);
        AccountName ??= Value(configuration, "AzureWebJobsStorage:accountName");
        ClientId ??= Value(configuration, "AzureWebJobsStorage:clientId");
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && string.IsNullOrWhiteSpace(AccountName))
        {
            yield return new ValidationResult(
                "No storage configured: set ConnectionStrings:Storage (or AzureWebJobsStorage), or Storage:AccountName for managed identity.",
                [nameof(AccountName)]);
        }

        if (!string.IsNullOrWhiteSpace(ClientId) && !Guid.TryParse(ClientId, out _))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(ClientId)} must be the client id (a GUID) of a managed identity.", [nameof(ClientId)]);
        }
    }

    /// <summary>The value the stores and the engine use: names follow <see cref="Prefix"/>.</summary>
    public StorageOptions ToStorageOptions() => new()
    {
        ConnectionString = ConnectionString,
        AccountName = AccountName,
        ClientId = ClientId,
        Prefix = Prefix,
    };

    private static string? Value(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key];
}
