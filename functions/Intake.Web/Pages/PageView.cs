using Intake.Templates.Rendering;
using Microsoft.AspNetCore.Components;

namespace Intake.Web.Pages;

/// <summary>
/// A page ready to draw: its Razor component and the values it shows. Handlers return it inside
/// a <see cref="PageResult"/>; the HTML is rendered when the response is written.
/// </summary>
public sealed class PageView
{
    private PageView(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        Component = component;
        Parameters = parameters;
    }

    public Type Component { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    /// <param name="parameters">The component's parameters by name; write the names with <c>nameof</c>.</param>
    public static PageView Of<TPage>(IReadOnlyDictionary<string, object?> parameters)
        where TPage : IComponent => new(typeof(TPage), parameters);

    public Task<string> RenderAsync() => HtmlDocument.RenderAsync(Component, Parameters);
}
