using Kamaelia.Chassis;
using Kamaelia.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Kamaelia.Reliability.Tests;

/// <summary>
/// A component that throws (in Main, in a generated handler, in a ThreadedComponent's ThreadMain, in
/// OnClosedDown): with <see cref="Scheduler.Immortal"/> it is stopped and reported by name, its parent is woken
/// and the rest of the system keeps running; without it, Run throws ComponentFaultedException after stopping
/// everything.
/// </summary>
public sealed class FaultIsolationTests(ITestOutputHelper output)
{
    public static TheoryData<FaultSite> Sites => [FaultSite.Main, FaultSite.Handler, FaultSite.ThreadMain, FaultSite.OnClosedDown];

    private static (Component Faulty, Parent Parent, Sink Bystander, Component Root) Build(FaultSite site)
    {
        var faulty = PoisonSet.Make(site, new PoisonSet([0]));
        var parent = new Parent(faulty);
        var bystander = new Sink();
        var unrelated = new Pipeline(new Source(1, 500), new Relay(), new Relay());
        var root = new Rig(parent, unrelated, bystander).Chain(unrelated, bystander);
        if (site != FaultSite.OnClosedDown)
        {
            faulty.Deliver(new Msg(0, 0));
        }

        return (faulty, parent, bystander, root);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void UnderImmortalTheFaultyComponentIsStoppedAndNamedItsParentWokenAndTheRestRuns(FaultSite site)
    {
        var (faulty, parent, bystander, root) = Build(site);
        var scheduler = new Scheduler { Immortal = true };
        var faults = new List<ComponentFault>();
        scheduler.ComponentFaulted += (_, fault) => faults.Add(fault);
        root.Activate(scheduler);
        scheduler.RunWithin();

        var fault = Assert.Single(scheduler.Faults);
        Assert.Same(faulty, fault.Component);
        Assert.IsType<InjectedFault>(fault.Exception);
        Assert.Contains(faulty.Name, fault.ToString());
        Assert.Equal([fault], faults);
        Assert.True(faulty.IsStopped);
        Assert.True(parent.WokenAfterChildEnded);
        Assert.Equal(Enumerable.Range(0, 500), bystander.Received.Select(m => m.Seq));
        Assert.True(root.IsStopped);
        output.WriteLine($"site={site} faultsInjected=1 reported={fault}");
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void WithoutImmortalRunThrowsNamingTheComponentAfterStoppingEverything(FaultSite site)
    {
        var (faulty, _, bystander, root) = Build(site);
        var scheduler = new Scheduler();
        root.Activate(scheduler);

        var thrown = Assert.Throws<ComponentFaultedException>(() => scheduler.RunWithin());

        Assert.Same(faulty, thrown.Component);
        Assert.IsType<InjectedFault>(thrown.InnerException);
        Assert.Contains(faulty.Name, thrown.Message);
        Assert.Equal(0, scheduler.ComponentCount);
        Assert.True(root.IsStopped);
        Assert.True(bystander.IsStopped);
    }
}
