// The two ways to write a component, side by side in one pipeline: an Axon-style Main iterator and a
// handler-style class whose main loop is generated. Both pass the data on and honour shutdown.
using Axon;
using Kamaelia.Chassis;
using Kamaelia.Util;
using MyComponentSample;

string[] lines = ["hello from a DataSource\n", "through MyComponent (a Main iterator)\n", "and MyHandlerComponent (generated loop)\n"];
new Pipeline(
    new DataSource(lines),
    new MyComponent(),
    new MyHandlerComponent(),
    new ConsoleEchoer()).Run(new Scheduler());

Console.WriteLine();
Console.WriteLine("MyComponent declares: " + MyComponent.Declaration);
Console.WriteLine("MyHandlerComponent declares: " + MyHandlerComponent.Declaration);
