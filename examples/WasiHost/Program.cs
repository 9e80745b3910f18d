using System.Text;
using WasmSharp;
using WasmSharp.Wasi;

// guest.wat prints its arguments, its environment and greeting.txt from its preopened directory.
string here = AppContext.BaseDirectory;        // guest.wat and data/ are copied next to the program
var engine = new Engine();
Module module = Module.FromFile(engine, Path.Combine(here, "guest.wat"));   // a .wasm binary or .wat text

using var stdout = new MemoryStream();         // the guest's stdout, captured
var config = new WasiConfig()
    .Arg("guest.wasm").Arg("one").Arg("two")   // argv[0] is the program's name
    .Env("GREETING", "hello")
    .Stdout(stdout).InheritStderr()            // or InheritStdio(), Stdin(stream), Stderr(stream)
    .PreopenedDir(Path.Combine(here, "data"), "/data", readOnly: true);   // the guest reaches nothing outside its preopens
using WasiContext wasi = config.Build();
var store = new Store<WasiContext>(engine, wasi);
var linker = new Linker<WasiContext>(engine).DefineWasi();   // or DefineWasi(data => data.Wasi) for other store data
Instance instance = linker.Instantiate(store, module);

int exitCode = 0;                              // a guest that returns from _start exits with 0
try
{
    instance.GetFunc(store, "_start")!.Call(store, ReadOnlySpan<Val>.Empty, Span<Val>.Empty);
}
catch (WasiExit exit)                          // proc_exit: a normal end, not a trap
{
    exitCode = exit.Code;
}

Console.Write(Encoding.UTF8.GetString(stdout.ToArray()));
Console.WriteLine($"exit code: {exitCode}");
return exitCode;
