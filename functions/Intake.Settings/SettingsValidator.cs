using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Intake.Settings;

/// <summary>
/// Checks a settings class bound by <see cref="SettingsBinder"/>: each value that did not convert,
/// then each property's DataAnnotations, then the class's own rules across fields
/// (<see cref="IValidatableObject"/>). Every wrong setting gives one message that names its full
/// key (<c>Process:VerificationLinkHours</c>) and what is expected, never the value: some
/// settings are secrets. Messages of attributes are written <c>"{0} must be …"</c>; <c>{0}</c> is the key.
/// </summary>
public sealed class SettingsValidator<T>(IConfiguration section, string? optionsName) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (optionsName is not null && !string.Equals(optionsName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = Failures(section, options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What is wrong with <paramref name="options"/> as bound from <paramref name="section"/>, one line per setting.</summary>
    public static List<string> Failures(IConfiguration section, T options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var unconverted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in SettingsBinder.Properties(options.GetType()))
        {
            var key = SettingsBinder.FullKey(section, SettingsBinder.KeyOf(property));
            if (!SettingsBinder.TryRead(section.GetSection(SettingsBinder.KeyOf(property)), property.PropertyType, out _))
            {
                unconverted.Add(property.Name);
                failures.Add(Expected(property, key));
                continue;
            }

            var results = new List<ValidationResult>();
            var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = key };
            Validator.TryValidateProperty(property.GetValue(options), context, results);
            failures.AddRange(results.Select(result => result.ErrorMessage ?? key + " is not valid."));
        }

        if (options is IValidatableObject rules)
        {
            // A rule about a value that did not convert would judge its default: that value is reported already.
            failures.AddRange(rules.Validate(new ValidationContext(options))
                .Where(result => !result.MemberNames.Any(unconverted.Contains))
                .Select(result => result.ErrorMessage ?? typeof(T).Name + " is not valid."));
        }

        return failures;
    }

    /// <summary>The property's own message when it has a rule (one message per setting, converted or not), else what its type takes.</summary>
    private static string Expected(System.Reflection.PropertyInfo property, string key)
    {
        if (property.GetCustomAttributes(typeof(ValidationAttribute), inherit: true).FirstOrDefault() is ValidationAttribute rule)
        {
            return rule.FormatErrorMessage(key);
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var expected = type switch
        {
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) => "a number",
            _ when type == typeof(Guid) => "a GUID",
            _ when type == typeof(TimeSpan) => "a time span such as 00:00:30",
            _ when type == typeof(Uri) => "a URL",
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ => "a " + type.Name,
        };
        return string.Format(CultureInfo.InvariantCulture, "{0} must be {1}.", key, expected);
    }
}
