// Prints the Presentation sample's graph as a Mermaid diagram (or Graphviz DOT with --dot): the picture of
// the graph the code declares.
using Presentation;

var graph = SlideShow.Create([new Slide("slide", ["text"])], TextWriter.Null).ToGraphDescriptor();
Console.Write(args.Contains("--dot") ? graph.ToDot() : graph.ToMermaid());
