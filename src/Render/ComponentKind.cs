using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Site.Render;

/// <summary>
/// What <see cref="ComponentHtmlWriter"/> needs to run one component type: how to make one, the services and cascading
/// values it is given, and its compiled template (<c>BuildRenderTree</c>). A component that does more than render its
/// parameters (a lifecycle method of its own) is refused, since the writer does not run the lifecycle.
/// </summary>
public sealed class ComponentKind
{
    // ComponentBase's template, called on each component as Blazor's renderer calls it (a virtual call: each Razor
    // component's own BuildRenderTree).
    private static readonly Action<ComponentBase, RenderTreeBuilder> Build =
        (Action<ComponentBase, RenderTreeBuilder>)Delegate.CreateDelegate(
            typeof(Action<ComponentBase, RenderTreeBuilder>),
            typeof(ComponentBase).GetMethod("BuildRenderTree", BindingFlags.Instance | BindingFlags.NonPublic)!);

    // What a template may do beside rendering its parameters; Blazor's renderer would run it, this writer does not.
    private static readonly string[] Lifecycle =
    [
        "OnInitialized", "OnInitializedAsync", "OnParametersSet", "OnParametersSetAsync", "SetParametersAsync",
        "OnAfterRender", "OnAfterRenderAsync", "ShouldRender",
    ];

    // Compiled once per type: set by reflection and through a ParameterView made per component, the ~300,000
    // components of a national build took a twentieth of its page time.
    private readonly Func<ComponentBase> make;
    private readonly Dictionary<string, Action<ComponentBase, object?>> parameters =
        new(StringComparer.OrdinalIgnoreCase);

    private readonly List<(Action<ComponentBase, object?> Set, Type Service)> injected = [];
    private readonly List<(Action<ComponentBase, object?> Set, Type Type, string? Name)> cascading = [];

    private ComponentKind(Type type)
    {
        Type = type;
        make = Made<Func<Func<ComponentBase>>>(nameof(Factory), type)();
        for (var t = type; t is not null && t != typeof(ComponentBase); t = t.BaseType)
        {
            foreach (var property in t.GetProperties(
                BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<ParameterAttribute>() is { } parameter)
                {
                    if (parameter.CaptureUnmatchedValues)
                    {
                        throw new NotSupportedException(
                            $"{type.FullName}.{property.Name} captures unmatched values; the page writer does not");
                    }

                    parameters.TryAdd(property.Name, Setter(property));
                }
                else if (property.GetCustomAttribute<InjectAttribute>() is not null)
                {
                    injected.Add((Setter(property), property.PropertyType));
                }
                else if (property.GetCustomAttribute<CascadingParameterAttribute>() is { } cascade)
                {
                    cascading.Add((Setter(property), property.PropertyType, cascade.Name));
                }
            }
        }
    }

    public Type Type { get; }

    /// <summary>The kind of a component type; throws for one the writer cannot run as Blazor would.</summary>
    public static ComponentKind Of(Type type)
    {
        if (!typeof(ComponentBase).IsAssignableFrom(type))
        {
            throw new NotSupportedException(
                $"{type.FullName} is not a ComponentBase: the page writer runs Razor templates only");
        }

        foreach (var name in Lifecycle)
        {
            if (type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Any(m => m.Name == name && m.DeclaringType != typeof(ComponentBase) && m.GetBaseDefinition() != m))
            {
                throw new NotSupportedException(
                    $"{type.FullName} overrides {name}: the page writer renders a component's parameters and runs no "
                    + $"lifecycle method; compute the value in the view instead");
            }
        }

        return new ComponentKind(type);
    }

    /// <summary>A new component with its services and the cascading values in scope set.</summary>
    /// <param name="cascade">The cascading values in scope, outermost first.</param>
    public ComponentBase Make(IServiceProvider services, IReadOnlyList<Cascade> cascade)
    {
        var component = make();
        foreach (var (set, service) in injected)
        {
            set(component, services.GetService(service)
                ?? throw new InvalidOperationException($"{Type.Name} needs a {service.Name}, which the session lacks"));
        }

        foreach (var (set, type, name) in cascading)
        {
            // The nearest value in scope of the property's type (or name), as Blazor finds it.
            for (var i = cascade.Count - 1; i >= 0; i--)
            {
                if (cascade[i].Supplies(type, name))
                {
                    set(component, cascade[i].Value);
                    break;
                }
            }
        }

        return component;
    }

    /// <summary>
    /// Sets one parameter, by its name in any case, as Blazor does; a name the type has not is an error.
    /// </summary>
    public void Set(ComponentBase component, string name, object? value)
    {
        if (!parameters.TryGetValue(name, out var set))
        {
            throw new InvalidOperationException(
                $"Object of type '{Type.FullName}' does not have a property matching the name '{name}'.");
        }

        set(component, value);
    }

    // Each component type's factory and each parameter's setter, made by generic methods over the component's and the
    // property's types. Compiled from expression trees, they were 95 methods that every build compiled at run time,
    // beside setting the expression compiler up: the site's 26 component kinds took 47-51 ms (54-59 CPU-ms) to make
    // in a fresh process, 16-17 ms so, where the generic methods are compiled ahead of time when published (shared by
    // every reference type).
    // Natively compiled (Site.csproj, SiteAot), a generic method's instance over a value type that the code never names
    // cannot be made at run time: the parameter is set by reflection there.
    private static Action<ComponentBase, object?> Setter(PropertyInfo property)
    {
        var setter = property.SetMethod
            ?? throw new NotSupportedException($"{property.DeclaringType!.FullName}.{property.Name} has no setter");
        return RuntimeFeature.IsDynamicCodeSupported
            ? Made<Func<MethodInfo, Action<ComponentBase, object?>>>(
                nameof(SetterOf), property.DeclaringType!, property.PropertyType)(setter)
            : property.SetValue;
    }

    // A delegate to the generic method's instance: called through MethodInfo.Invoke instead, each instance had a stub
    // of its own compiled at run time.
    private static T Made<T>(string method, params Type[] types)
        where T : Delegate =>
        typeof(ComponentKind)
            .GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(types)
            .CreateDelegate<T>();

    private static Func<ComponentBase> Factory<TComponent>()
        where TComponent : ComponentBase, new() => () => new TComponent();

    private static Action<ComponentBase, object?> SetterOf<TComponent, TValue>(MethodInfo setter)
        where TComponent : ComponentBase
    {
        var set = setter.CreateDelegate<Action<TComponent, TValue>>();
        return (component, value) => set((TComponent)component, (TValue)value!);
    }

    /// <summary>Runs the component's template into <paramref name="builder"/>.</summary>
    public static void Render(ComponentBase component, RenderTreeBuilder builder) => Build(component, builder);
}
