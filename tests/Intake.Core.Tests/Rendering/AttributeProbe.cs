using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Intake.Core.Tests.Rendering;

/// <summary>Renders one string as the value of an attribute of an empty element.</summary>
public sealed class AttributeProbe : ComponentBase
{
    [Parameter]
    public string Text { get; set; } = string.Empty;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "abbr");
        builder.AddAttribute(1, "title", Text);
        builder.CloseElement();
    }
}
