using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Intake.Core.Requests;
using Intake.Core.Texts;

namespace Intake.Integration.Tests.Texts;

/// <summary>
/// Finds every <see cref="Translations{TTable}"/> the product holds and lays each language's table
/// flat: one entry per text, keyed by its path (<c>Stages[Refused]</c>, <c>Kinds[Refusal].Body[1]</c>),
/// so languages can be compared key by key without knowing any table's shape.
/// </summary>
internal static class TextTable
{
    /// <summary>Every translations instance in the given assemblies, named by its declaring type and member.</summary>
    public static IReadOnlyList<(string Area, object Translations)> Find(params Assembly[] assemblies) =>
        [.. from assembly in assemblies
            from type in assembly.GetTypes()
            where !type.ContainsGenericParameters
            from member in type.GetMembers(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            where IsTranslations(DeclaredType(member)) && !member.IsDefined(typeof(CompilerGeneratedAttribute))
            orderby type.FullName, member.Name
            select ($"{type.FullName}.{member.Name}", Value(member))];

    /// <summary>Each language's table of one translations instance.</summary>
    public static IReadOnlyList<(Language Language, object Table)> Tables(object translations)
    {
        var all = (IEnumerable)translations.GetType().GetProperty(nameof(Translations<object>.All))!.GetValue(translations)!;
        return [.. all.Cast<object>().Select(pair => ((Language)pair.GetType().GetProperty("Key")!.GetValue(pair)!, pair.GetType().GetProperty("Value")!.GetValue(pair)!))];
    }

    /// <summary>Every text of a table by its path; a missing text is a <c>null</c> value.</summary>
    public static IReadOnlyDictionary<string, string?> Flatten(object table)
    {
        var texts = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        Walk(table, string.Empty, texts, 0);
        return texts;
    }

    private static Type? DeclaredType(MemberInfo member) => member switch
    {
        PropertyInfo { CanRead: true } property => property.PropertyType,
        FieldInfo field => field.FieldType,
        _ => null,
    };

    private static object Value(MemberInfo member) =>
        (member is PropertyInfo property ? property.GetValue(null) : ((FieldInfo)member).GetValue(null))
        ?? throw new InvalidOperationException($"{member.DeclaringType}.{member.Name} holds no translations.");

    private static bool IsTranslations(Type? type) =>
        type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(Translations<>);

    private static void Walk(object? value, string path, IDictionary<string, string?> texts, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException($"The text table nests too deep at {path}: is there a cycle?");
        }

        switch (value)
        {
            case null:
                texts[path] = null;
                break;
            case string text:
                texts[path] = text;
                break;
            case Delegate function:
                texts[path] = Invoke(function, path);
                break;
            case Enum:
                // The table's own language or an enum setting is not a text.
                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Value, $"{path}[{entry.Key}]", texts, depth + 1);
                }

                break;
            case ITuple tuple:
                for (var i = 0; i < tuple.Length; i++)
                {
                    Walk(tuple[i], $"{path}.Item{i + 1}", texts, depth + 1);
                }

                break;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    Walk(item, $"{path}[{index++}]", texts, depth + 1);
                }

                break;
            default:
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    Walk(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", texts, depth + 1);
                }

                break;
        }
    }

    /// <summary>A formatter's text for one sample value, so an empty or throwing formatter shows.</summary>
    private static string? Invoke(Delegate function, string path)
    {
        var arguments = function.Method.GetParameters().Select(parameter => Sample(parameter.ParameterType, path)).ToArray();
        return function.DynamicInvoke(arguments) as string;
    }

    private static object Sample(Type type, string path) => type switch
    {
        _ when type == typeof(string) => "X",
        _ when type == typeof(int) => 7,
        _ when type == typeof(double) => 0.25,
        _ when type == typeof(DateOnly) => new DateOnly(2026, 12, 4),
        _ when type == typeof(DateTime) => new DateTime(2026, 12, 4, 9, 5, 0, DateTimeKind.Unspecified),
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No sample value of {type} for the formatter {path}: add one.")),
    };
}
