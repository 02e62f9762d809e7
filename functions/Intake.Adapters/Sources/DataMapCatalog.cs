using Intake.Core.DataControllers;
using Intake.Core.DataMaps;

namespace Intake.Adapters.Sources;

/// <summary>
/// Every controller's data map, loaded from one folder (<c>config/controllers/*.json</c>) and
/// validated at start-up: a host with a broken map does not start, and says where the map is wrong.
/// </summary>
public sealed class DataMapCatalog : IDataMapCatalog
{
    public const string FolderKey = "Intake:DataMaps:Folder";

    private readonly Dictionary<string, DataMap> maps;

    private DataMapCatalog(IEnumerable<DataMap> maps)
    {
        this.maps = maps.ToDictionary(m => m.Controller.Id.Value, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<DataMap> Maps => maps.Values;

    /// <summary>Loads and validates every <c>*.json</c> in <paramref name="folder"/>.</summary>
    /// <exception cref="DataMapException">Any map is invalid, two maps share a controller id, or the folder holds none.</exception>
    public static DataMapCatalog LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DataMapException($"The data map folder {folder} does not exist.");
        }

        var errors = new List<DataMapError>();
        var loaded = new List<DataMap>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var shown = DisplayName(file);
            var result = DataMapParser.Parse(shown, File.ReadAllText(file));
            errors.AddRange(result.Errors);
            if (result.Map is not { } map)
            {
                continue;
            }

            if (owners.TryGetValue(map.Controller.Id.Value, out var other))
            {
                errors.Add(new DataMapError(shown, 1, "controller.id", $"\"{map.Controller.Id}\" is already the controller of {other}"));
                continue;
            }

            owners[map.Controller.Id.Value] = shown;
            loaded.Add(map);
        }

        if (errors.Count > 0)
        {
            throw new DataMapException(errors);
        }

        return loaded.Count == 0
            ? throw new DataMapException($"The data map folder {folder} holds no *.json map.")
            : new DataMapCatalog(loaded);
    }

    public static DataMapCatalog From(IEnumerable<DataMap> maps) => new(maps);

    public DataMap Get(ControllerId controller) =>
        maps.TryGetValue(controller.Value, out var map)
            ? map
            : throw new KeyNotFoundException($"No data map for controller {controller}.");

    public bool TryGet(ControllerId controller, out DataMap? map) => maps.TryGetValue(controller.Value, out map);

    /// <summary>Connection strings and signing keys the maps name but configuration lacks, for a start-up check.</summary>
    public IReadOnlyList<string> MissingSecrets(SourceSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var map in maps.Values)
        {
            foreach (var source in map.Sources)
            {
                if (source.Connection is { } connection && !secrets.HasConnectionString(connection))
                {
                    missing.Add("ConnectionStrings:" + connection);
                }

                if (source.Webhook is { } hook && !secrets.HasSigningKey(hook.SigningKeyName))
                {
                    missing.Add(SourceSecrets.SigningKeysSection + ":" + hook.SigningKeyName);
                }
            }

            foreach (var recipient in map.Recipients.Where(r => r.Webhook is not null))
            {
                if (!secrets.HasSigningKey(recipient.Webhook!.SigningKeyName))
                {
                    missing.Add(SourceSecrets.SigningKeysSection + ":" + recipient.Webhook.SigningKeyName);
                }
            }
        }

        return [.. missing];
    }

    private static string DisplayName(string file)
    {
        // Errors name the file as the repository does (config/controllers/x.json), never by a machine path.
        var full = Path.GetFullPath(file);
        var folder = Path.GetDirectoryName(full);
        var parent = Path.GetFileName(folder) ?? string.Empty;
        var grandparent = Path.GetFileName(Path.GetDirectoryName(folder)) ?? string.Empty;
        return string.Join('/', new[] { grandparent, parent, Path.GetFileName(full) }.Where(p => p.Length > 0));
    }
}
