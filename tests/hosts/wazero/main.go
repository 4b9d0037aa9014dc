// Command wazero-driver drives a ts-wasmexport module under wazero, as a reactor.
//
//	wazero-driver [--no-initialize] MODULE.wasm ['[{"call": "start"}, {"call": "process_a", "args": [1]}]']
//
// The call list is the second argument, or standard input when it is absent or "-". The module
// is instantiated with no imports (or with the host module "test", testImports, or, when it
// imports wasi_snapshot_preview1, with wazero's WASI, its monotonic clock and sleep the
// system's) and `_initialize` as its start function (none with --no-initialize), then every
// call runs in order on the same instance; a call named "@new" replaces the instance with a
// fresh one. One JSON document is printed:
//
//	{"imports": [...], "exports": [...], "results": [{"call": ..., "value": ...} |
//	                                                 {"call": ..., "trap": ..., "panic": ...}]}
//
// `panic` is the UTF-8 message read from linear memory through wasmexport_panic_ptr/len after
// the trap. A failure outside the calls prints {"error": ...} and exits 2.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

// An argument is a number, or a string: written into memory with cabi_realloc and passed as
// its (pointer, length), as the canonical ABI says. With "result": "string" the result is
// the address of the return area holding a string's (pointer, length); the driver reads the
// string and calls cabi_post_NAME.
type call struct {
	Call   string `json:"call"`
	Args   []any  `json:"args"`
	Result string `json:"result"`
}

// A result is {"call", "value"} (value null for a function without results) or
// {"call", "trap", "panic"} (panic null when the message could not be read).
type result map[string]any

type output struct {
	Imports []string `json:"imports"`
	Exports []string `json:"exports,omitempty"`
	Results []result `json:"results,omitempty"`
	Error   string   `json:"error,omitempty"`
}

func encode(t api.ValueType, v float64) uint64 {
	switch t {
	case api.ValueTypeI32:
		return api.EncodeI32(int32(v))
	case api.ValueTypeI64:
		return api.EncodeI64(int64(v))
	case api.ValueTypeF32:
		return api.EncodeF32(float32(v))
	default:
		return api.EncodeF64(v)
	}
}

func decode(t api.ValueType, v uint64) any {
	switch t {
	case api.ValueTypeI32:
		return api.DecodeI32(v)
	case api.ValueTypeI64:
		return int64(v)
	case api.ValueTypeF32:
		return jsonFloat(float64(api.DecodeF32(v)))
	default:
		return jsonFloat(api.DecodeF64(v))
	}
}

func jsonFloat(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Sprint(f)
	}
	return f
}

func panicMessage(ctx context.Context, mod api.Module) *string {
	ptrFn, lenFn := mod.ExportedFunction("wasmexport_panic_ptr"), mod.ExportedFunction("wasmexport_panic_len")
	if ptrFn == nil || lenFn == nil || mod.Memory() == nil {
		return nil
	}
	p, err := ptrFn.Call(ctx)
	if err != nil {
		return nil
	}
	n, err := lenFn.Call(ctx)
	if err != nil {
		return nil
	}
	bytes, ok := mod.Memory().Read(api.DecodeU32(p[0]), api.DecodeU32(n[0]))
	if !ok {
		return nil
	}
	s := string(bytes)
	return &s
}

func run(ctx context.Context, binary []byte, calls []call, initialize bool) output {
	r := wazero.NewRuntime(ctx)
	defer r.Close(ctx)
	compiled, err := r.CompileModule(ctx, binary)
	if err != nil {
		return output{Error: err.Error()}
	}
	out := output{Imports: []string{}}
	for _, f := range compiled.ImportedFunctions() {
		module, name, _ := f.Import()
		out.Imports = append(out.Imports, module+"."+name)
	}
	for name := range compiled.ExportedFunctions() {
		out.Exports = append(out.Exports, name)
	}
	for name := range compiled.ExportedMemories() {
		out.Exports = append(out.Exports, name)
	}
	sort.Strings(out.Exports)
	usesWASI, usesTest := false, false
	for _, name := range out.Imports {
		usesWASI = usesWASI || strings.HasPrefix(name, wasi_snapshot_preview1.ModuleName+".")
		usesTest = usesTest || name == "test.fail" || name == "test.reenter"
		if !strings.HasPrefix(name, wasi_snapshot_preview1.ModuleName+".") && name != "test.fail" && name != "test.reenter" {
			out.Error = "the module imports host functions"
			return out
		}
	}
	if len(out.Imports) > 0 {
		if usesTest {
			if _, err := testImports(r).Instantiate(ctx); err != nil {
				out.Error = err.Error()
				return out
			}
		}
	}
	// Anonymous, so that "@new" can instantiate the module again beside the old instance.
	config := wazero.NewModuleConfig().WithStartFunctions().WithName("")
	if usesWASI {
		// wazero's clocks are fakes unless asked for: real time needs the system's.
		wasi_snapshot_preview1.MustInstantiate(ctx, r)
		config = config.WithSysNanotime().WithSysNanosleep().WithSysWalltime()
	}
	if initialize {
		config = config.WithStartFunctions("_initialize")
	}
	mod, err := r.InstantiateModule(ctx, compiled, config)
	if err != nil {
		out.Error = err.Error()
		return out
	}
	out.Results = []result{}
	for _, c := range calls {
		if c.Call == "@new" {
			if mod, err = r.InstantiateModule(ctx, compiled, config); err != nil {
				out.Error = err.Error()
				return out
			}
			out.Results = append(out.Results, result{"call": c.Call, "value": nil})
			continue
		}
		fn := mod.ExportedFunction(c.Call)
		if fn == nil {
			out.Results = append(out.Results, result{"call": c.Call, "trap": "no exported function " + c.Call, "panic": nil})
			continue
		}
		def := fn.Definition()
		params, err := lowerArgs(ctx, mod, def.ParamTypes(), c.Args)
		if err != nil {
			out.Results = append(out.Results, result{"call": c.Call, "trap": err.Error(), "panic": panicMessage(ctx, mod)})
			continue
		}
		values, err := fn.Call(ctx, params...)
		if err != nil {
			res := result{"call": c.Call, "trap": err.Error(), "panic": nil}
			if msg := panicMessage(ctx, mod); msg != nil {
				res["panic"] = *msg
			}
			out.Results = append(out.Results, res)
			continue
		}
		res := result{"call": c.Call, "value": nil}
		if len(values) > 0 && c.Result == "string" {
			res["value"] = liftString(ctx, mod, c.Call, api.DecodeU32(values[0]))
		} else if len(values) > 0 {
			res["value"] = decode(def.ResultTypes()[0], values[0])
		}
		out.Results = append(out.Results, res)
	}
	return out
}

// lowerArgs turns the call list's arguments into core values: a string becomes its
// (pointer, length) in memory allocated with cabi_realloc.
func lowerArgs(ctx context.Context, mod api.Module, types []api.ValueType, args []any) ([]uint64, error) {
	params := []uint64{}
	for _, a := range args {
		switch v := a.(type) {
		case string:
			realloc := mod.ExportedFunction("cabi_realloc")
			if realloc == nil {
				return nil, fmt.Errorf("a string argument, and no cabi_realloc")
			}
			p, err := realloc.Call(ctx, 0, 0, 1, uint64(len(v)))
			if err != nil {
				return nil, err
			}
			if !mod.Memory().Write(api.DecodeU32(p[0]), []byte(v)) {
				return nil, fmt.Errorf("cabi_realloc gave an address outside memory")
			}
			params = append(params, p[0], uint64(len(v)))
		case float64:
			if len(params) < len(types) {
				params = append(params, encode(types[len(params)], v))
			}
		}
	}
	return params, nil
}

// liftString reads the string whose (pointer, length) is at retptr, then frees the result.
func liftString(ctx context.Context, mod api.Module, name string, retptr uint32) any {
	p, ok1 := mod.Memory().ReadUint32Le(retptr)
	n, ok2 := mod.Memory().ReadUint32Le(retptr + 4)
	bytes, ok3 := mod.Memory().Read(p, n)
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	s := string(bytes)
	if post := mod.ExportedFunction("cabi_post_" + name); post != nil {
		post.Call(ctx, uint64(retptr))
	}
	return s
}

// testImports is the host module "test" of the reliability programs: fail() fails (a Go
// panic in a host function, which wazero turns into an error of the call), reenter(x) calls the
// module's export inner(x) and answers -1 when that call trapped.
func testImports(r wazero.Runtime) wazero.HostModuleBuilder {
	return r.NewHostModuleBuilder("test").
		NewFunctionBuilder().WithFunc(func(ctx context.Context, m api.Module) {
		panic("host says no")
	}).Export("fail").
		NewFunctionBuilder().WithFunc(func(ctx context.Context, m api.Module, x int32) int32 {
		values, err := m.ExportedFunction("inner").Call(ctx, api.EncodeI32(x))
		if err != nil {
			return -1
		}
		return api.DecodeI32(values[0])
	}).Export("reenter")
}

func main() {
	initialize := true
	args := []string{}
	for _, a := range os.Args[1:] {
		if a == "--no-initialize" {
			initialize = false
		} else {
			args = append(args, a)
		}
	}
	if len(args) == 0 {
		fmt.Println(`{"error": "usage: wazero-driver MODULE.wasm [CALLS_JSON | -]"}`)
		os.Exit(2)
	}
	var text []byte
	var err error
	if len(args) > 1 && args[1] != "-" {
		text = []byte(args[1])
	} else if text, err = io.ReadAll(os.Stdin); err != nil {
		fmt.Printf("{\"error\": %q}\n", err.Error())
		os.Exit(2)
	}
	var calls []call
	if err := json.Unmarshal(text, &calls); err != nil {
		fmt.Printf("{\"error\": %q}\n", "bad call list: "+err.Error())
		os.Exit(2)
	}
	binary, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Printf("{\"error\": %q}\n", err.Error())
		os.Exit(2)
	}
	out := run(context.Background(), binary, calls, initialize)
	encoded, _ := json.Marshal(out)
	fmt.Println(string(encoded))
	if out.Error != "" {
		os.Exit(2)
	}
}
