using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Intake.Web.Pages;

/// <summary>
/// A component with its parameters as a <see cref="RenderFragment"/>, for C# code that chooses
/// what a page shows (a link action's form, an outcome) without writing markup itself.
/// </summary>
public static class Fragment
{
    /// <param name="parameters">The component's parameters by name; write the names with <c>nameof</c>.</param>
    public static RenderFragment Of<TComponent>(IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return builder => Build<TComponent>(builder, parameters);
    }

    private static void Build<TComponent>(RenderTreeBuilder builder, IReadOnlyDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        builder.OpenComponent<TComponent>(0);
        foreach (var (name, value) in parameters)
        {
            builder.AddComponentParameter(1, name, value);
        }

        builder.CloseComponent();
    }
}
