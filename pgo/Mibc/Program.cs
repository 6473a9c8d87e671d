// Writes the methods that traced builds compiled just in time as a .mibc profile, the format crossgen2 reads with
// --mibc (Site.csproj hands pgo/site.mibc to it as PublishReadyToRunPgoFiles): crossgen2 then compiles them ahead of
// time too. They are generic code over the generator's value types (LINQ's iterators, comparers, the shared array
// pool) that crossgen2 does not find from the code it compiles, because they are reached through generic virtual calls
// or made by reflection. pgo/collect runs the builds and then this:
//
//   dotnet run --project pgo/Mibc -- OUT.mibc TRACE.nettrace...
using Mibc;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Mibc OUT.mibc TRACE.nettrace...");
    return 2;
}

using var traces = new TraceMethods();
foreach (var trace in args.Skip(1))
{
    traces.Read(trace);
}

var written = new MibcEmitter(traces.Readers).Write(args[0], traces.Methods);
Console.WriteLine(
    $"{args[0]}: {written} of {traces.Methods.Count} methods compiled just in time in {args.Length - 1} traces");
return 0;
