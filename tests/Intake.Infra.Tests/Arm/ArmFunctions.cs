using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// The template functions the Bicep compiler emits for our templates. A function whose result
/// depends on a deploy-time value returns an <see cref="Unresolved"/> naming what it was made
/// of; a function this evaluator does not know does the same, so any assertion on its value
/// fails visibly instead of silently passing.
/// </summary>
public static class ArmFunctions
{
    public static object? Invoke(string name, IReadOnlyList<object?> arguments, TemplateScope scope)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(scope);
        var environment = scope.Environment;
        switch (name.ToUpperInvariant())
        {
            case "PARAMETERS":
                return scope.Parameter(ArmValue.AsString(Single(name, arguments)));
            case "VARIABLES":
                return scope.Variable(ArmValue.AsString(Single(name, arguments)));
            case "COPYINDEX":
                return CopyIndex(arguments, scope);
            case "REFERENCE":
                return arguments[0] is string id ? scope.Reference(id) : Opaque(name, arguments);
            case "SUBSCRIPTION":
                return Object(
                    ("id", environment.SubscriptionResourceId),
                    ("subscriptionId", environment.SubscriptionId),
                    ("tenantId", environment.TenantId));
            case "RESOURCEGROUP":
                return Object(
                    ("id", environment.ResourceGroupResourceId),
                    ("name", environment.ResourceGroupName),
                    ("location", environment.Location));
            case "TENANT":
                return Object(("tenantId", environment.TenantId));
            case "TRUE":
                return true;
            case "FALSE":
                return false;
            case "NULL":
                return null;

            // Containers and choices keep deploy-time members as they are.
            case "CREATEARRAY":
                return arguments.ToList();
            case "CREATEOBJECT":
                return CreateObject(arguments);
            case "IF" when arguments[0] is bool condition:
                return condition ? arguments[1] : arguments[2];
            case "COALESCE" when arguments.All(argument => argument is not Unresolved):
                return arguments.FirstOrDefault(argument => argument is not null);
        }

        // Everything below computes from its arguments: a deploy-time argument makes a
        // deploy-time result.
        if (arguments.Any(argument => argument is Unresolved))
        {
            return name.ToUpperInvariant() switch
            {
                "FORMAT" => Format(arguments),
                "CONCAT" when arguments.All(argument => argument is string or Unresolved) => ArmValue.Compose(arguments),
                "STRING" when arguments.Count == 1 => arguments[0],
                _ => Opaque(name, arguments),
            };
        }

        return name.ToUpperInvariant() switch
        {
            "FORMAT" => Format(arguments),
            "STRING" => ArmValue.Render(Single(name, arguments)),
            "INT" => Convert.ToInt64(Single(name, arguments), CultureInfo.InvariantCulture),
            "CONCAT" => Concat(arguments),
            "ADD" => Integer(arguments, 0) + Integer(arguments, 1),
            "SUB" => Integer(arguments, 0) - Integer(arguments, 1),
            "MUL" => Integer(arguments, 0) * Integer(arguments, 1),
            "DIV" => Integer(arguments, 0) / Integer(arguments, 1),
            "MOD" => Integer(arguments, 0) % Integer(arguments, 1),
            "TOLOWER" => ArmValue.AsString(Single(name, arguments)).ToLowerInvariant(),
            "TOUPPER" => ArmValue.AsString(Single(name, arguments)).ToUpperInvariant(),
            "REPLACE" => ArmValue.AsString(arguments[0]).Replace(ArmValue.AsString(arguments[1]), ArmValue.AsString(arguments[2]), StringComparison.Ordinal),
            "TAKE" => Take(arguments),
            "LENGTH" => Length(Single(name, arguments)),
            "EMPTY" => Length(Single(name, arguments)) == 0,
            "EQUALS" => string.Equals(ArmValue.Render(arguments[0]), ArmValue.Render(arguments[1]), StringComparison.Ordinal),
            "NOT" => !ArmValue.AsBool(Single(name, arguments)),
            "AND" => arguments.All(ArmValue.AsBool),
            "OR" => arguments.Any(ArmValue.AsBool),
            "UNION" => Union(arguments),
            "RESOURCEID" => ResourceId(arguments, environment),
            "SUBSCRIPTIONRESOURCEID" => SubscriptionResourceId(arguments, environment),
            "TENANTRESOURCEID" => Provider(arguments),
            "EXTENSIONRESOURCEID" => ArmValue.AsString(arguments[0]) + Provider(arguments.Skip(1).ToList()),
            "UNIQUESTRING" => UniqueString(arguments),
            "GUID" => Guid(arguments),
            _ => Opaque(name, arguments),
        };
    }

    private static object? Single(string name, IReadOnlyList<object?> arguments) =>
        arguments.Count == 1 ? arguments[0] : throw new ArgumentException($"{name}() takes one argument, got {arguments.Count}.");

    private static long Integer(IReadOnlyList<object?> arguments, int index) => ArmValue.AsLong(arguments[index]);

    private static long CopyIndex(IReadOnlyList<object?> arguments, TemplateScope scope)
    {
        // copyIndex(), copyIndex(offset), copyIndex('loopName'), copyIndex('loopName', offset)
        var offset = arguments.OfType<long>().FirstOrDefault();
        return (scope.CopyIndex ?? throw new InvalidOperationException("copyIndex() outside a copy loop.")) + offset;
    }

    private static Unresolved Opaque(string name, IReadOnlyList<object?> arguments) =>
        new($"{name}({string.Join(", ", arguments.Select(ArmValue.Text))})");

    private static Dictionary<string, object?> Object(params (string Key, object? Value)[] members)
    {
        var result = ArmValue.NewObject();
        foreach (var (key, value) in members)
        {
            result[key] = value;
        }

        return result;
    }

    private static object Format(IReadOnlyList<object?> arguments)
    {
        // .NET composite formatting, which ARM's format() follows: {n}, {{ and }}.
        var pattern = ArmValue.AsString(arguments[0]);
        var parts = new List<object?>();
        var literal = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var next = pattern[i];
            if ((next == '{' || next == '}') && i + 1 < pattern.Length && pattern[i + 1] == next)
            {
                literal.Append(next);
                i++;
            }
            else if (next == '{')
            {
                var close = pattern.IndexOf('}', i);
                var index = int.Parse(pattern.AsSpan(i + 1, close - i - 1).ToString().Split(',', ':')[0], CultureInfo.InvariantCulture);
                parts.Add(literal.ToString());
                literal.Clear();
                parts.Add(arguments[index + 1]);
                i = close;
            }
            else
            {
                literal.Append(next);
            }
        }

        parts.Add(literal.ToString());
        return ArmValue.Compose(parts);
    }

    private static object Concat(IReadOnlyList<object?> arguments) =>
        arguments.All(argument => argument is IReadOnlyList<object?>)
            ? arguments.SelectMany(ArmValue.AsList).ToList()
            : ArmValue.Compose(arguments);

    private static object Take(IReadOnlyList<object?> arguments)
    {
        var count = (int)Math.Max(0, Integer(arguments, 1));
        return arguments[0] switch
        {
            string text => text[..Math.Min(count, text.Length)],
            IReadOnlyList<object?> list => list.Take(count).ToList(),
            var other => throw new InvalidOperationException($"take() of {ArmValue.Render(other)}"),
        };
    }

    private static long Length(object? value) => value switch
    {
        string text => text.Length,
        IReadOnlyList<object?> list => list.Count,
        IReadOnlyDictionary<string, object?> obj => obj.Count,
        null => 0,
        _ => throw new InvalidOperationException($"length() of {ArmValue.Render(value)}"),
    };

    private static Dictionary<string, object?> CreateObject(IReadOnlyList<object?> arguments)
    {
        var result = ArmValue.NewObject();
        for (var i = 0; i + 1 < arguments.Count; i += 2)
        {
            result[ArmValue.AsString(arguments[i])] = arguments[i + 1];
        }

        return result;
    }

    private static object Union(IReadOnlyList<object?> arguments)
    {
        if (arguments.All(argument => argument is IReadOnlyList<object?>))
        {
            return arguments.SelectMany(ArmValue.AsList).Distinct().ToList();
        }

        var result = ArmValue.NewObject();
        foreach (var argument in arguments)
        {
            foreach (var (key, value) in ArmValue.AsObject(argument))
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static bool IsType(object? argument) =>
        argument is string text && text.Contains('/', StringComparison.Ordinal) && text.Split('/')[0].Contains('.', StringComparison.Ordinal);

    private static string Provider(IReadOnlyList<object?> typeAndNames) =>
        ResourceIds.ProviderPath(
            ArmValue.AsString(typeAndNames[0]),
            typeAndNames.Skip(1).Select(ArmValue.AsString).ToList());

    private static string ResourceId(IReadOnlyList<object?> arguments, DeploymentEnvironment environment)
    {
        // resourceId([subscriptionId], [resourceGroupName], type, name1, name2, ...)
        var typeAt = arguments.ToList().FindIndex(IsType);
        var subscriptionId = typeAt == 2 ? ArmValue.AsString(arguments[0]) : environment.SubscriptionId;
        var resourceGroup = typeAt >= 1 ? ArmValue.AsString(arguments[typeAt - 1]) : environment.ResourceGroupName;
        return $"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}" + Provider(arguments.Skip(typeAt).ToList());
    }

    private static string SubscriptionResourceId(IReadOnlyList<object?> arguments, DeploymentEnvironment environment)
    {
        // subscriptionResourceId([subscriptionId], type, name1, name2, ...)
        var typeAt = arguments.ToList().FindIndex(IsType);
        var subscriptionId = typeAt == 1 ? ArmValue.AsString(arguments[0]) : environment.SubscriptionId;
        return $"/subscriptions/{subscriptionId}" + Provider(arguments.Skip(typeAt).ToList());
    }

    // Stand-ins for uniqueString() and guid(): deterministic over their arguments like the
    // real ones (so names stay stable between evaluations), but not the same hash Azure uses.
    private static string UniqueString(IReadOnlyList<object?> arguments)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var hash = Hash(arguments);
        var value = BitConverter.ToUInt64(hash, 0);
        var result = new StringBuilder();
        for (var i = 0; i < 13; i++)
        {
            result.Append(alphabet[(int)(value % 32)]);
            value /= 32;
        }

        return result.ToString();
    }

    private static string Guid(IReadOnlyList<object?> arguments) =>
        new Guid(Hash(arguments).AsSpan(0, 16)).ToString("D");

    private static byte[] Hash(IReadOnlyList<object?> arguments) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", arguments.Select(ArmValue.Render))));
}
