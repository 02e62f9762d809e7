using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Intake.Settings;

/// <summary>
/// Binds a settings class from its configuration section with the configuration binder, one
/// property at a time. <c>Bind</c> on the whole object stops at the first value that does not
/// convert and throws, which hides every other wrong setting and skips the validators; here a
/// value that does not convert leaves its property at the default, and <see cref="SettingsValidator{T}"/>
/// reports it next to every other problem. A blank value counts as unset, as it always has.
/// </summary>
/// <remarks>
/// This file is compiled into each project that binds settings (linked from functions/Shared),
/// because the domain project, the only one they all share, references no configuration library.
/// </remarks>
public static class SettingsBinder
{
    /// <param name="section">The section, or the configuration's root for settings named at the top level.</param>
    public static void Bind(IConfiguration section, object settings)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var property in Properties(settings.GetType()))
        {
            if (TryRead(section.GetSection(KeyOf(property)), property.PropertyType, out var value) && value is not null)
            {
                property.SetValue(settings, value);
            }
        }
    }

    /// <summary>
    /// Reads one setting as the binder would. False when it is set but does not convert to
    /// <paramref name="type"/>; true with null when it is not set (or blank).
    /// </summary>
    public static bool TryRead(IConfigurationSection setting, Type type, out object? value)
    {
        ArgumentNullException.ThrowIfNull(setting);
        value = null;
        var hasChildren = setting.GetChildren().Any();
        if (string.IsNullOrWhiteSpace(setting.Value) && !hasChildren)
        {
            return true;
        }

        try
        {
            value = setting.Get(type);
            return true;
        }
        catch (InvalidOperationException)
        {
            // The binder's own message is not shown: the validator says what is expected instead.
            return false;
        }
    }

    /// <summary>The public, settable properties the binder fills.</summary>
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0);

    /// <summary>The full key of a setting, as messages name it: <c>Process:VerificationLinkHours</c>.</summary>
    public static string FullKey(IConfiguration section, string key) =>
        section is IConfigurationSection { Path.Length: > 0 } named ? $"{named.Path}:{key}" : key;

    /// <summary>The configuration key of a property: its name, or the name <see cref="ConfigurationKeyNameAttribute"/> gives.</summary>
    public static string KeyOf(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;
    }
}
