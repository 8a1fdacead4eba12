using System.ComponentModel;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Axon.Tests;

/// <summary>
/// The runtime members that generated code calls, as docs/architecture.md lists them: those only generated code
/// should call are hidden from IntelliSense, the rest stay visible, and the lists here, the document's table and
/// the attributes in Axon.dll say the same.
/// </summary>
public sealed partial class GeneratedCodeContractTests
{
    /// <summary>Called or named by generated code only: hidden with [EditorBrowsable(Never)].</summary>
    private static readonly string[] s_hidden =
    [
        "BoxUseAttribute",
        "HandlerLoopState",
        "HandlerContextScope",
        "Inbox.Batch",
        "InboxBatch",
        "Component.EnterHandlerContext",
        "Component.TrackHandlerTask",
        "Component.HandlerTaskCompleted",
        "Component.StartHandlerSteps",
        "Component.RunHandlerStep",
        "Component.StopHandlerWork",
        "Component.ThrowUnknownGraphChild",
    ];

    /// <summary>Called by generated code and meant for users too: visible.</summary>
    private static readonly string[] s_visible =
    [
        "Component.CreateBoxes",
        "Component.DeclareInbox",
        "Component.DeclareOutbox",
        "Component.Descriptor",
        "ComponentDescriptor",
        "BoxDescriptor",
        "Inbox",
        "Outbox",
        "Component.Step",
        "ShutdownRequest",
        "Component.RememberShutdown",
        "Component.RequestedShutdown",
        "Component.TryForwardShutdownSignal",
        "Component.TryReleaseHeldMessagesBeforeStopping",
        "Component.Pause",
        "Component.HoldMessagesWhenFull",
        "Component.HasHeldMessages",
        "Component.TryReleaseHeldMessages",
        "Component.ShutdownToken",
        "Component.Main",
        "Component.Link",
        "Passthrough",
        "Component.RunGraph",
        "GraphDescriptor",
        "GraphNode",
        "GraphEdge",
    ];

    [Fact]
    public void ExactlyTheGeneratedCodeOnlyMembersAreHiddenFromIntelliSense()
    {
        var hidden = Surface().Where(e => e.Hidden).Select(e => e.Name).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(s_hidden.Order(StringComparer.Ordinal), hidden);
    }

    [Fact]
    public void EveryOverloadOfAHiddenMemberIsHidden()
    {
        var surface = Surface();

        Assert.All(s_hidden, name => Assert.All(surface.Where(e => e.Name == name), e => Assert.True(e.Hidden, e.Name)));
    }

    [Fact]
    public void TheMembersGeneratedCodeSharesWithUsersExistAndStayVisible()
    {
        var surface = Surface();

        Assert.All(s_visible, name =>
        {
            var entries = surface.Where(e => e.Name == name).ToList();
            Assert.True(entries.Count > 0, name + " is not a public or protected member of Axon");
            Assert.All(entries, e => Assert.False(e.Hidden, e.Name + " is hidden from IntelliSense"));
        });
    }

    [Fact]
    public void TheArchitectureDocumentsTableListsTheSameMembers()
    {
        var rows = ContractRows(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "architecture.md")));

        Assert.Equal(s_hidden.Order(StringComparer.Ordinal), rows.Where(r => r.Hidden).Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(s_visible.Order(StringComparer.Ordinal), rows.Where(r => !r.Hidden).Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>Every public type of Axon and every public or protected member, named "Type" or "Type.Member".</summary>
    private static List<(string Name, bool Hidden)> Surface()
    {
        var entries = new List<(string Name, bool Hidden)>();
        foreach (var type in typeof(Component).Assembly.GetExportedTypes())
        {
            var typeName = TypeName(type);
            entries.Add((typeName, IsHidden(type)));
            const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(declared))
            {
                if (member is not Type && IsVisibleOutside(member))
                {
                    entries.Add((typeName + "." + member.Name, IsHidden(member)));
                }
            }
        }

        return entries;
    }

    private static string TypeName(Type type)
    {
        var name = type.Name.Split('`')[0];
        return type.DeclaringType is { } outer ? TypeName(outer) + "." + name : name;
    }

    private static bool IsHidden(MemberInfo member) =>
        member.GetCustomAttribute<EditorBrowsableAttribute>() is { State: EditorBrowsableState.Never };

    private static bool IsVisibleOutside(MemberInfo member) => member switch
    {
        MethodBase method => !method.IsSpecialName && IsVisibleOutside(method),
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleOutside),
        EventInfo @event => @event.AddMethod is { } add && IsVisibleOutside(add),
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        _ => false,
    };

    private static bool IsVisibleOutside(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    /// <summary>The rows "| `Name` | ... | hidden |" or "| ... | visible |" of the document's contract table.</summary>
    private static List<(string Name, bool Hidden)> ContractRows(string markdown) =>
        ContractRow().Matches(markdown)
            .Select(m => (Regex.Replace(m.Groups["name"].Value, "<.*>$", string.Empty), m.Groups["state"].Value == "hidden"))
            .ToList();

    [GeneratedRegex(@"^\| `(?<name>[^`]+)` \|.*\| (?<state>hidden|visible) \|\r?$", RegexOptions.Multiline)]
    private static partial Regex ContractRow();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kamaelia.Gen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Kamaelia.Gen.sln was not found above " + AppContext.BaseDirectory);
    }
}
